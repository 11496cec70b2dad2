#!/usr/bin/env bash
# Compiles main and test classes (offline) and prints the test classpath; shared by the bench scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile >&2
mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2
echo "target/test-classes:target/classes:$(cat target/test-classpath.txt)"

#!/usr/bin/env bash
# Runs the engine's JMH benchmarks (src/test/java/io/strategickhaos/treasury/bench).
# Usage: bench/run-jmh.sh [JMH options], e.g. bench/run-jmh.sh -p chaosProbability=0.10 -wi 2 -i 3
# The score of EngineBenchmark.millionOperations is operations per second on one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
CP="$(bench/classpath.sh)"
exec java -cp "$CP" org.openjdk.jmh.Main "${@:-EngineBenchmark}"

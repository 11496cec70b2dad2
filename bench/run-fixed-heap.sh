#!/usr/bin/env bash
# Runs 10 000 000 iterations in a 64 MiB heap to show memory is O(1) in iterations.
# Usage: bench/run-fixed-heap.sh [iterations] [chaosProbability] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
CP="$(bench/classpath.sh)"
exec java -Xmx64m -cp "$CP" io.strategickhaos.treasury.bench.FixedHeapRun "$@"

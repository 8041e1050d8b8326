#!/usr/bin/env bash
# Throughput of the extraction pipeline on one thread (MB/s of article text). Not a test: a measurement.
#   bench/extraction-throughput.sh [TEXT_BYTES] [ITERATIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
exec java -Xss4m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    dev.newsgraph.extract.ExtractionBenchmark "${1:-400000}" "${2:-100}"

#!/usr/bin/env bash
# Runs every test of the project: engine, report and CLI unit tests, operator tests against the
# fabric8 mock server, install-manifest checks (Argo CD health checks under Lua 5.1) and the
# end-to-end tests against a real kube-apiserver + etcd built from Go modules (test-cluster/).
#
# Needs Java 17, Maven and Go (>= the version test-cluster/go.mod names). Lua 5.1 is installed
# from Debian's packages when missing and this runs as root; otherwise it says how to get it.
# Extra arguments go to Maven, e.g. scripts/test.sh -o (offline) or -DskipITs (no real API server).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v lua5.1 >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing lua5.1 (runs the Argo CD health-check tests)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lua5.1 >/dev/null
  else
    echo "test.sh: lua5.1 is needed for the Argo CD health-check tests: sudo apt-get install lua5.1" >&2
    exit 1
  fi
fi

exec mvn -B verify "$@"

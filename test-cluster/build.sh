#!/usr/bin/env bash
# Builds a real kube-apiserver, etcd and kubectl from Go modules (no prebuilt binaries are
# downloaded) and installs them where fabric8's kube-api-test looks before it would download:
#
#   ${KUBE_API_TEST_DIR:-~/.kubeapitest}/k8s/<major.minor.patch>-<os>-<arch>/{kube-apiserver,etcd,kubectl}
#
# Idempotent: when that directory holds all three binaries and its build stamp matches the pinned
# versions and sources, nothing is built. Otherwise Go's module cache (GOMODCACHE) and build cache
# (GOCACHE) make a rebuild cheap; only the very first build compiles everything (see README.md).
#
# Usage: test-cluster/build.sh            build if needed, print the install directory last
#        test-cluster/build.sh --force    rebuild even when the stamp matches
#        test-cluster/build.sh --print-dir  print the install directory and exit
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

# shellcheck source=versions.env
source ./versions.env
K8S="${KUBERNETES_VERSION:?versions.env must set KUBERNETES_VERSION}"
[[ "$K8S" =~ ^v1\.([0-9]+)\.([0-9]+)$ ]] || { echo "build.sh: KUBERNETES_VERSION must look like v1.MINOR.PATCH, got $K8S" >&2; exit 1; }
K8S_MINOR="${BASH_REMATCH[1]}"

force=false
case "${1:-}" in
  --force) force=true ;;
  --print-dir|"") ;;
  *) echo "usage: $0 [--force|--print-dir]" >&2; exit 2 ;;
esac

# kube-api-test's platform suffix is "-<os>-<arch>" with Go's names (linux, darwin; amd64, arm64).
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;; ppc64le) arch=ppc64le ;; *) echo "build.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;; esac
base="${KUBE_API_TEST_DIR:-$HOME/.kubeapitest}"
dest="$base/k8s/${K8S#v}-${os}-${arch}"
if [[ "${1:-}" == "--print-dir" ]]; then echo "$dest"; exit 0; fi

# --- Go toolchain -----------------------------------------------------------------------------
# GOTOOLCHAIN=local: never fetch another toolchain behind the user's back; say what is needed.
export GOTOOLCHAIN=local
need_go=$(awk '$1 == "go" {print $2; exit}' go.mod)
if ! command -v go >/dev/null 2>&1; then
  echo "build.sh: Go toolchain not found; install Go >= ${need_go} (https://go.dev/dl, or your distribution's golang package) and put 'go' on PATH" >&2
  exit 1
fi
have_go=$(go env GOVERSION); have_go=${have_go#go}
if [[ "$(printf '%s\n%s\n' "$need_go" "$have_go" | sort -V | head -1)" != "$need_go" ]]; then
  echo "build.sh: Go ${have_go} is too old for Kubernetes ${K8S}; install Go >= ${need_go} (https://go.dev/dl)" >&2
  exit 1
fi

# --- consistency between versions.env and the generated go.mod --------------------------------
mod_k8s=$(awk '$1 == "k8s.io/kubernetes" && $2 ~ /^v/ {print $2; exit}' go.mod)
if [[ "$mod_k8s" != "$K8S" ]]; then
  echo "build.sh: go.mod pins k8s.io/kubernetes ${mod_k8s:-<none>} but versions.env says ${K8S}; run test-cluster/gen-gomod.sh" >&2
  exit 1
fi
ETCD=$(awk '$1 == "go.etcd.io/etcd/server/v3" && $2 ~ /^v/ {print $2; exit}' go.mod)

# The stamp names everything that decides what the binaries are.
stamp_content=$(
  printf 'kubernetes=%s\netcd=%s\ngo=%s\nos=%s\narch=%s\n' "$K8S" "$ETCD" "$have_go" "$os" "$arch"
  cat go.mod go.sum build.sh cmd/*/main.go | sha256sum | cut -d' ' -f1
)
if ! $force && [[ -x "$dest/kube-apiserver" && -x "$dest/etcd" && -x "$dest/kubectl" && -f "$dest/.build-stamp" ]] \
   && [[ "$(cat "$dest/.build-stamp")" == "$stamp_content" ]]; then
  echo "build.sh: up to date: Kubernetes ${K8S}, etcd ${ETCD} in $dest"
  echo "$dest"
  exit 0
fi

# --- build --------------------------------------------------------------------------------------
# Version variables as Kubernetes' own hack/lib/version.sh sets them, so /version and
# `kubectl version` report the release. The build date is the release's publication time from the
# module proxy (reproducible), and gitCommit stays empty: a module zip carries no commit.
release_time=$(go list -m -f '{{.Time.UTC.Format "2006-01-02T15:04:05Z"}}' k8s.io/kubernetes)
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X ${pkg}.gitVersion=${K8S} -X ${pkg}.gitMajor=1 -X ${pkg}.gitMinor=${K8S_MINOR}"
  ldflags+=" -X ${pkg}.gitTreeState=clean -X ${pkg}.gitCommit= -X ${pkg}.buildDate=${release_time}"
done

mkdir -p "$base/k8s"
# Build into a directory kube-api-test ignores (it only lists names ending in -<os>-<arch>), then
# rename: a half-finished build is never picked up.
tmp="$base/k8s/.build-${K8S#v}-$$"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"
echo "build.sh: building kube-apiserver, kubectl ${K8S} and etcd ${ETCD} with Go ${have_go} (the first build takes a long time; later ones reuse Go's build cache)" >&2
start=$(date +%s)
CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$tmp/" ./cmd/kube-apiserver ./cmd/kubectl ./cmd/etcd
printf '%s\n' "$stamp_content" > "$tmp/.build-stamp"
"$tmp/kube-apiserver" --version >&2
"$tmp/etcd" --version | head -1 >&2
rm -rf "$dest"
mv "$tmp" "$dest"
trap - EXIT
echo "build.sh: built in $(( $(date +%s) - start ))s into $dest" >&2
echo "$dest"

#!/usr/bin/env bash
# Daftar's `render` against pandoc on the founding document: one document, then a batch of copies.
# Prints a table of wall-clock figures and exits 0 whether or not the targets are met; a command
# that fails makes it exit non-zero. See Benchmarks/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

say() { printf '%s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
    if ! $apt_updated; then
        as_root apt-get update -qq
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

command -v pandoc >/dev/null || { say "installing pandoc (Debian)…"; apt_install pandoc; }
command -v python3 >/dev/null || { say "installing python3 (Debian)…"; apt_install python3; }
command -v xargs >/dev/null || { say "installing findutils (Debian)…"; apt_install findutils; }
# The Package.swift's CCmark needs libcmark's headers to build.
pkg-config --exists libcmark 2>/dev/null || { say "installing libcmark-dev (Debian)…"; apt_install libcmark-dev pkg-config; }

say "building daftar (make release: -c release --static-swift-stdlib)…"
command -v swift >/dev/null || { say "error: swift is not on PATH (a Swift 6 toolchain is needed to build daftar)"; exit 1; }
build_log=$(mktemp)
if ! make release >"$build_log" 2>&1; then
    cat "$build_log" >&2
    rm -f "$build_log"
    say "error: make release failed"
    exit 1
fi
rm -f "$build_log"

# exec: signals reach the timing script itself, which removes its temporary folder.
exec python3 "$repo/Benchmarks/render_vs_pandoc.py" \
    --daftar "$repo/.build/release/daftar" \
    --notebook "$repo/Notebooks/why-sigmoid-is-avoided.ar.md" \
    "$@"

#!/usr/bin/env bash
# Daftar's `render` of a six-cell Swift notebook (cold, and from the freeze) against
# `jupyter nbconvert --to html --execute` of its Python twin. Prints a table of wall-clock figures
# and exits 0 whether or not the targets are met; a command that fails makes it exit non-zero.
# See Benchmarks/README.md.
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

# The Python peer: Benchmarks/Peers/activations-peer.md, vendored in the repository; --peer FILE
# overrides.
peer="$repo/Benchmarks/Peers/activations-peer.md"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --peer) peer=${2:?--peer needs a file}; shift 2 ;;
        --peer=*) peer=${1#--peer=}; shift ;;
        *) args+=("$1"); shift ;;
    esac
done
[ -f "$peer" ] || { say "error: cannot find the peer notebook $peer; pass --peer FILE"; exit 1; }

command -v python3 >/dev/null || { say "installing python3 (Debian)…"; apt_install python3; }
# The Package.swift's CCmark needs libcmark's headers to build.
pkg-config --exists libcmark 2>/dev/null || { say "installing libcmark-dev (Debian)…"; apt_install libcmark-dev pkg-config; }

# nbconvert and what it needs to execute the peer, from PyPI into the python3 on PATH; where that
# Python is Debian's own (PEP 668: "externally managed"), into a virtual environment under .build/.
# threadpoolctl only reports which OpenBLAS kernel numpy runs.
python_packages=(nbconvert nbclient ipykernel jupytext numpy threadpoolctl)
python=python3
venv="$repo/.build/nbconvert-venv"
[ -x "$venv/bin/python3" ] && python="$venv/bin/python3"
have_packages() {
    "$python" -c 'import nbconvert, nbclient, ipykernel, jupytext, numpy, threadpoolctl' 2>/dev/null
}
if ! have_packages; then
    say "installing ${python_packages[*]} (pip)…"
    "$python" -m pip --version >/dev/null 2>&1 || { say "installing python3-pip (Debian)…"; apt_install python3-pip; }
    pip_log=$(mktemp)
    if ! "$python" -m pip install --quiet "${python_packages[@]}" >"$pip_log" 2>&1; then
        if grep -q externally-managed-environment "$pip_log"; then
            say "this Python is managed by Debian: installing into $venv instead…"
            python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$venv"; }
            python="$venv/bin/python3"
            "$python" -m pip install --quiet "${python_packages[@]}" >"$pip_log" 2>&1 || { cat "$pip_log" >&2; rm -f "$pip_log"; say "error: pip install failed"; exit 1; }
        else
            cat "$pip_log" >&2
            rm -f "$pip_log"
            say "error: pip install failed"
            exit 1
        fi
    fi
    rm -f "$pip_log"
    have_packages || { say "error: ${python_packages[*]} still cannot be imported by $python"; exit 1; }
fi

say "building daftar (make release: -c release --static-swift-stdlib, and DaftarKit)…"
command -v swift >/dev/null || { say "error: swift is not on PATH (a Swift 6 toolchain is needed to build daftar)"; exit 1; }
build_log=$(mktemp)
if ! make release >"$build_log" 2>&1; then
    cat "$build_log" >&2
    rm -f "$build_log"
    say "error: make release failed"
    exit 1
fi
rm -f "$build_log"

# exec: signals reach the timing script itself, which removes its temporary folder. It runs under
# the Python that has nbconvert, and finds jupyter and jupytext beside it.
exec "$python" "$repo/Benchmarks/daftar_vs_nbconvert.py" \
    --daftar "$repo/.build/release/daftar" \
    --notebook "$repo/Benchmarks/activations-twin.md" \
    --peer "$peer" \
    ${args[@]+"${args[@]}"}

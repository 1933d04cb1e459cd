#!/usr/bin/env bash
# How long a prose edit takes to show in `daftar preview`, beside re-running `daftar render` on
# the same notebook. Builds daftar in release mode first. See Benchmarks/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
echo "building daftar (make release)…" >&2
make release >/dev/null
exec python3 "$repo/Benchmarks/preview_latency.py" --daftar "$repo/.build/release/daftar" \
    --notebooks "$repo/Notebooks" --notebook why-sigmoid-is-avoided.ar.md "$@"

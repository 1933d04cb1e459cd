#!/usr/bin/env bash
# `daftar render x.ipynb` against `jupyter nbconvert --to html x.ipynb` on the same Jupyter
# notebooks, neither running anything: wall-clock time per notebook and for the whole folder,
# with the ratio. Usage: Benchmarks/ipynb-vs-nbconvert.sh FOLDER [--runs N], where FOLDER holds
# the notebooks Benchmarks/ipynb-documents.txt lists (this script downloads nothing). Exits 0
# whatever the figures; a command that fails makes it exit non-zero.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
folder=${1:?usage: Benchmarks/ipynb-vs-nbconvert.sh FOLDER [--runs N] (FOLDER holds the notebooks of Benchmarks/ipynb-documents.txt)}
shift
folder=$(cd "$folder" && pwd)
cd "$repo"

say() { printf '%s\n' "$*" >&2; }

# nbconvert from PyPI, for this benchmark only.
python3 -c 'import nbconvert' 2>/dev/null || { say "installing nbconvert (pip)…"; python3 -m pip install --quiet nbconvert; }

say "building daftar (make release)…"
make release >&2 || { say "error: make release failed"; exit 1; }

exec python3 "$repo/Benchmarks/ipynb_vs_nbconvert.py" --daftar "$repo/.build/release/daftar" --folder "$folder" "$@"

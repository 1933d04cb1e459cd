#!/usr/bin/env bash
# DaftarActivations' Float32 buffer forms against numpy and scipy.special, in the same run.
# Prints a table and exits 0 whether or not the targets are met; a failing build or install makes
# it exit non-zero. Arguments go to activations_vs_numpy.py (--repeats N, --rounds R, --sizes A,B);
# the default, 3 alternating rounds of best-of-7, takes about two minutes on 2 cores. See
# Benchmarks/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

python3 -c 'import numpy, scipy' 2>/dev/null || python3 -m pip install --quiet numpy scipy
# The Package.swift's CCmark needs libcmark's headers even for this target's build graph.
make --no-print-directory deps >&2
swift build -c release --product activations-benchmark >&2
python3 Benchmarks/activations_vs_numpy.py "$@"

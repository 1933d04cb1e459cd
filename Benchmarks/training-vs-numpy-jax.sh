#!/usr/bin/env bash
# One MLP training step (forward + backward + SGD) in DaftarTraining against numpy and JAX
# (jax.jit, CPU), all on one thread, in the same run. Prints a table and exits 0 whether or not
# the targets are met; a failing build, install or benchmarked command makes it exit non-zero.
# Arguments go to training_vs_numpy_jax.py (--rounds R, --trials N, --trial-seconds S,
# --no-autodiff, --taskset CPU); the default, 3 rotating rounds, takes about ten minutes on 2 cores.
# See Benchmarks/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

python3 -c 'import numpy, threadpoolctl' 2>/dev/null || python3 -m pip install --quiet numpy threadpoolctl
python3 -c 'import jax' 2>/dev/null || python3 -m pip install --quiet "jax[cpu]"
# The Package.swift's CCmark needs libcmark's headers, and DaftarTraining OpenBLAS, even for this
# target's build graph.
make --no-print-directory deps >&2
swift build -c release --product training-benchmark >&2
python3 Benchmarks/training_vs_numpy_jax.py "$@"

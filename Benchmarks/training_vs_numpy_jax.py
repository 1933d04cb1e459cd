#!/usr/bin/env python3
"""One MLP training step in DaftarTraining against numpy and JAX (jax.jit, CPU), in the same run.

Runs, in rotating order each round, the release `training-benchmark` binary (a notebook cell's
`model.trainStep(on:loss:optimizer:)`), the numpy peer `Benchmarks/mlp_numpy.py` and the JAX
peer `Benchmarks/mlp_jax.py`, all on one thread, and prints steps per second, GFLOP/s
(6·batch·width² per layer per step, benchutil's convention), the ratios and the issue's targets,
raw sgemm (Daftar's `Matrix.multiply` against numpy's `matmul`), the OpenBLAS core each ran, the
CPU time each process used per second of wall time (1.0 = one busy thread), and the peak
resident memory of the large case. Not a test: it never fails on a slow result.

Usage (from the repository root, after `swift build -c release --product training-benchmark`):

    python3 Benchmarks/training_vs_numpy_jax.py [--rounds 3] [--trials 7] [--trial-seconds 0.4]
                                               [--no-autodiff] [--taskset CPU] [--clock wall|cpu]
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from benchutil import CONFIGS, GEMM_N, flops_step  # noqa: E402

XLA_ONE_THREAD = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
ACTIVATIONS = ("relu", "sigmoid")
LARGE = CONFIGS[-1]


def environments(taskset):
    base = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    # numpy: this workplace sets OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) on some processors for
    # old OpenBLAS builds; they slow numpy's bundled OpenBLAS, so both are unset for it alone.
    numpy_env = {k: v for k, v in base.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    jax_env = dict(numpy_env, XLA_FLAGS=XLA_ONE_THREAD, JAX_PLATFORMS="cpu")
    prefix = ["taskset", "-c", str(taskset)] if taskset is not None else []
    return base, numpy_env, jax_env, prefix


def run_measured(command, env):
    """Like run, with the child's own rusage (os.wait4), so CPU time and peak RSS are its own."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = process.stdout.read()
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    if code != 0:
        sys.stderr.write(f"failed ({code}): {' '.join(command)}\n{err}\n")
        sys.exit(1)
    return out, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


STEP = re.compile(r"^(\S+)\s+thr=\S+\s+step (\w+)\s+b=(\d+)\s+w=(\d+)\s+d=(\d+)\s+steps/s median\s+([\d.]+)"
                  r".*?loss ([-\d.naif]+)->([-\d.naif]+)")
GEMM = re.compile(r"^numpy\s+thr=\S+\s+sgemm n=(\d+)\s+GFLOP/s median\s+([\d.]+)")


def parse_python(out, results):
    for line in out.splitlines():
        if m := STEP.match(line):
            lib, act, b, w, d, rate, l0, l1 = m.groups()
            results.setdefault((lib, act, int(b), int(w), int(d)), []).append(float(rate))
            results.setdefault(("loss", lib, act, int(b), int(w), int(d)), (float(l0), float(l1)))
        elif m := GEMM.match(line):
            results.setdefault(("gemm", "numpy", int(m[1])), []).append(float(m[2]))


def parse_daftar(out, results, header):
    for line in out.splitlines():
        fields = line.split("\t")
        if line.startswith("# "):
            header[fields[0][2:]] = fields[1]
        elif fields[0] == "gemm":
            n = int(fields[1])
            results.setdefault(("gemm", "daftar", n), []).append(2.0 * n ** 3 / float(fields[2]) / 1e9)
        elif fields[0] == "shape":
            label, m, n, k = fields[1], int(fields[2]), int(fields[3]), int(fields[4])
            results.setdefault(("shape", label, m, n, k), []).append(float(fields[5]))
        elif fields[0] == "step":
            act, b, w, d = fields[1], int(fields[2]), int(fields[3]), int(fields[4])
            results.setdefault(("daftar", act, b, w, d), []).append(1.0 / float(fields[5]))
            results.setdefault(("loss", "daftar", act, b, w, d), (float(fields[9]), float(fields[10])))


def numpy_blas(env):
    code = ("import numpy, threadpoolctl; i = [x for x in threadpoolctl.threadpool_info() if x['user_api'] == 'blas'][0]; "
            "print(f\"{i['internal_api']} {i['version']}, kernel {i['architecture']}, {i['num_threads']} thread(s)\")")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout.strip() or "unknown"


def versions():
    code = "import numpy, jax, jaxlib; print(numpy.__version__, jax.__version__, jaxlib.__version__)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ, JAX_PLATFORMS="cpu")).stdout.split()


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--trials", type=int, default=7)
    parser.add_argument("--trial-seconds", type=float, default=0.4)
    parser.add_argument("--no-autodiff", action="store_true", help="skip the jax.value_and_grad context line")
    parser.add_argument("--taskset", type=int, default=None, help="pin every process to this CPU")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall: elapsed time (benchutil's time.perf_counter); cpu: the process's CPU time "
                             "(time.process_time, CLOCK_PROCESS_CPUTIME_ID), which leaves out other processes' time slices")
    parser.add_argument("--binary", default=".build/release/training-benchmark")
    args = parser.parse_args()
    quick = args.rounds < 3 or (args.trials, args.trial_seconds) != (7, 0.4)

    daftar_env, numpy_env, jax_env, prefix = environments(args.taskset)
    # The peers time with benchutil.time_calls (7 trials of ~0.4 s); the quick options shorten it
    # through a small wrapper that patches its defaults.
    def patch_for(trials, seconds):
        return (f"import benchutil; d = list(benchutil.time_calls.__defaults__); d[0], d[1] = {trials}, {seconds}; "
                f"benchutil.time_calls.__defaults__ = tuple(d); ")
    patch = patch_for(args.trials, args.trial_seconds)
    if args.clock == "cpu":
        # All threads of the process count: JAX dispatches from Python's thread and computes on another.
        patch = "import time; time.perf_counter = time.process_time; " + patch
    sides = {
        "daftar": (prefix + [args.binary, "--trials", str(args.trials), "--trial-seconds", str(args.trial_seconds),
                             "--clock", args.clock], daftar_env),
        "numpy": (prefix + [sys.executable, "-c", f"import sys; sys.path.insert(0, {HERE!r}); " + patch +
                            "import runpy; runpy.run_path(" + repr(os.path.join(HERE, "mlp_numpy.py")) + ", run_name='__main__')"],
                  numpy_env),
        "jax": (prefix + [sys.executable, "-c", f"import sys; sys.path.insert(0, {HERE!r}); " + patch +
                          "sys.argv = ['mlp_jax.py'] + " + repr(["--no-autodiff"] if args.no_autodiff else []) + "; "
                          "import runpy; runpy.run_path(" + repr(os.path.join(HERE, "mlp_jax.py")) + ", run_name='__main__')"],
                jax_env),
    }

    load = os.getloadavg()
    numpy_version, jax_version, jaxlib_version = (versions() + ["?"] * 3)[:3]
    git = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Package.swift", "Benchmarks"],
                           capture_output=True, text=True).stdout.strip()
    print("DaftarTraining trainStep vs numpy vs JAX (jax.jit) — one training step, one thread")
    print(f"date:    {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable); "
          f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"daftar:  git {git}{' with uncommitted changes' if dirty else ''}, swift build -c release")
    print(f"numpy:   {numpy_version}; BLAS with OPENBLAS_NUM_THREADS=1, OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset: {numpy_blas(numpy_env)}")
    print(f"jax:     jax {jax_version}, jaxlib {jaxlib_version}, CPU, XLA_FLAGS='{XLA_ONE_THREAD}'")
    clock = "elapsed (wall-clock) time" if args.clock == "wall" else "the process's CPU time (all its threads), not wall-clock time"
    print(f"runs:    {args.rounds} round(s), order rotating; each figure: median of {args.trials} trials of ~{args.trial_seconds} s "
          f"(benchutil.time_calls), best of the rounds; timed by {clock}{'  [quick options: not a figure to report]' if quick else ''}")
    if prefix:
        print(f"pinned:  {' '.join(prefix)}")
    sys.stdout.flush()

    results, header, usage = {}, {}, {}
    order = list(sides)
    for round_index in range(args.rounds):
        rotation = order[round_index % 3:] + order[:round_index % 3]
        for side in rotation:
            command, env = sides[side]
            print(f"  round {round_index + 1}/{args.rounds}: {side} …", file=sys.stderr, flush=True)
            out, wall, cpu, _ = run_measured(command, env)
            usage.setdefault(side, []).append(cpu / wall)
            if side == "daftar":
                parse_daftar(out, results, header)
            else:
                parse_python(out, results)

    best = lambda key: max(results[key]) if key in results else float("nan")
    middle = lambda key: statistics.median(results[key]) if key in results else float("nan")

    print(f"\nDaftar's OpenBLAS: {header.get('openblas', '?')}; core {header.get('core', '?')}; "
          f"OPENBLAS_CORETYPE {header.get('requested', '?')}; {header.get('threads', '?')} thread(s)")
    print("CPU seconds per wall second (1.00 = one busy thread): " +
          ", ".join(f"{side} {max(v):.2f}" for side, v in usage.items()))
    print("\nsteps/s (GFLOP/s); ratio = Daftar ÷ peer (best of rounds; in brackets: from the rounds' medians)")
    columns = f"{'case':24s} {'Daftar':>16s} {'numpy':>16s} {'JAX jit':>16s} {'D÷numpy':>14s} {'D÷JAX':>14s}  targets (≥2× numpy, ≥1× JAX)"
    if not args.no_autodiff:
        columns += f"   {'JAX grad':>16s}"
    print(columns)
    for act in ACTIVATIONS:
        for b, w, d in CONFIGS:
            f = flops_step(b, w, d) / 1e9
            cell = lambda rate: f"{rate:8.1f} ({rate * f:5.1f})"
            dk, nk, jk = ("daftar", act, b, w, d), ("numpy", act, b, w, d), ("jax", act, b, w, d)
            rn, rj = best(dk) / best(nk), best(dk) / best(jk)
            mn, mj = middle(dk) / middle(nk), middle(dk) / middle(jk)
            if (b, w, d) == LARGE:
                met = "(large case: see below)"
            else:
                met = f"numpy {'yes' if rn >= 2 else 'NO'}, JAX {'yes' if rj >= 1 else 'NO'}"
            line = (f"{act + f' {b}x{w}x{d}':24s} {cell(best(dk))} {cell(best(nk))} {cell(best(jk))} "
                    f"{rn:5.2f} [{mn:5.2f}] {rj:5.2f} [{mj:5.2f}]  {met}")
            if not args.no_autodiff:
                line += f"   {cell(best(('jax-ad', act, b, w, d)))}"
            print(line)

    print("\nraw sgemm, n×n×n, GFLOP/s (best of rounds)")
    for n in GEMM_N:
        dg, ng = best(("gemm", "daftar", n)), best(("gemm", "numpy", n))
        print(f"  n={n:<5d} Daftar (Matrix.multiply) {dg:7.1f}   numpy (matmul) {ng:7.1f}   Daftar ÷ numpy {dg / ng:5.2f}")

    b, w, d = LARGE
    sgemm = best(("gemm", "daftar", 1024))
    print(f"\nlarge case ({b}, {w}, {d}) against Daftar's single-thread sgemm at n=1024 in this run ({sgemm:.1f} GFLOP/s); target ≥ 0.90")
    for act in ACTIVATIONS:
        rate = best(("daftar", act, b, w, d)) * flops_step(b, w, d) / 1e9
        share = rate / sgemm
        print(f"  {act:8s} {rate:6.1f} GFLOP/s = {share:.2f} of sgemm  {'yes' if share >= 0.9 else 'NO'}")

    print("\nthe step's products alone (Daftar, ms, best of rounds) and the step time they add up to "
          "(depth × (x·W + xT·g) + (depth − 1) × g·WT)")
    for b, w, d in CONFIGS:
        keys = {label: ("shape", label, *(shape)) for label, shape in
                (("x·W", (b, w, w)), ("xT·g", (w, w, b)), ("g·WT", (b, w, w)))}
        if not all(k in results for k in keys.values()):
            continue
        t = {label: min(results[k]) * 1e3 for label, k in keys.items()}
        floor = d * (t["x·W"] + t["xT·g"]) + (d - 1) * t["g·WT"]
        steps = ", ".join(f"{act} {1e3 / best(('daftar', act, b, w, d)):.3f} ms ({floor * best(('daftar', act, b, w, d)) / 1e3:.0%} in products)"
                          for act in ACTIVATIONS)
        print(f"  ({b}, {w}, {d}): x·W {t['x·W']:.4f}, xT·g {t['xT·g']:.4f}, g·WT {t['g·WT']:.4f} → {floor:.3f} ms; step: {steps}")

    print("\nloss of the first and last timed step, in the peer's ½‖out−y‖²/batch (Daftar's mean squared error × width/2;"
          " Daftar draws its own weights and data from PCG32, the peers share numpy's)")
    for act in ACTIVATIONS:
        for b, w, d in CONFIGS:
            parts = [f"{lib} {results[('loss', lib, act, b, w, d)][0]:.2f}→{results[('loss', lib, act, b, w, d)][1]:.2f}"
                     for lib in ("daftar", "numpy", "jax") if ("loss", lib, act, b, w, d) in results]
            print(f"  {act} {b}x{w}x{d}: " + ", ".join(parts))

    # Peak resident memory of the large case, each side in a process of its own doing that case only.
    print(f"\npeak resident memory, large case ({b}, {w}, {d}) ReLU, a process doing that case only (getrusage ru_maxrss):")
    large = f"relu:{b}x{w}x{d}"
    memory = {
        "daftar": (prefix + [args.binary, "--cases", large, "--gemm", "none", "--no-shapes", "--trials", "1", "--trial-seconds", "0.2"], daftar_env),
        "numpy": (prefix + [sys.executable, "-c", f"import sys; sys.path.insert(0, {HERE!r}); import mlp_numpy as m; "
                            f"Ws, bs, x, y = m.make({b}, {w}, {d}); [m.step(Ws, bs, x, y, 'relu') for _ in range(5)]"], numpy_env),
        "jax": (prefix + [sys.executable, "-c", f"import sys; sys.path.insert(0, {HERE!r}); " + patch_for(1, 0.2) +
                          f"sys.argv = ['mlp_jax.py', '--cases', {large!r}, '--no-autodiff']; "
                          "import runpy; runpy.run_path(" + repr(os.path.join(HERE, "mlp_jax.py")) + ", run_name='__main__')"], jax_env),
    }
    tensors = d * 2 * (w * w + w) * 4 + (d + 2) * b * w * 4
    for side, (command, env) in memory.items():
        _, _, _, rss = run_measured(command, env)
        print(f"  {side:7s} {rss / 1024:7.1f} MiB")
    print(f"  (the step's own tensors: parameters and gradients {d * 2 * (w * w + w) * 4 / 2**20:.1f} MiB, "
          f"inputs, targets and the values between layers about {(d + 2) * b * w * 4 / 2**20:.1f} MiB; {tensors / 2**20:.1f} MiB in all)")


if __name__ == "__main__":
    main()

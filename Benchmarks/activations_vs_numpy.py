#!/usr/bin/env python3
"""DaftarActivations' Float32 buffer forms against numpy (and scipy.special) in the same run.

Runs the release `activations-benchmark` binary, then the same work in numpy, on one thread each
(numpy's elementwise ufuncs are single-threaded), and prints elements per second and the ratio.
Not a test: it never fails on a slow result. Usage (from the repository root, after
`swift build -c release --product activations-benchmark`):

    python3 Benchmarks/activations_vs_numpy.py [--repeats N] [--rounds R] [--sizes 1000000,16000000]

The two halves alternate: each of R rounds (default 3) runs the Swift binary, then numpy, and
every figure is the best over all rounds, so that a burst of load from other processes does
not fall on one side only. A case is marked memory-bound when Daftar's rate times the bytes it
moves per element reaches 70% of this machine's measured copy bandwidth (numpy.copyto of 16 M
float32); the Swift binary's own y = 2x over 16 M floats is printed beside it.
"""
import argparse
import math
import subprocess
import sys
import time

import numpy as np
import scipy.special as special

ROW = 1000  # softmax row length, as in main.swift
SQRT_2PI = math.sqrt(2 * math.pi)


def best(repeats, body):
    body()
    fastest = math.inf
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def numpy_cases(x, g, y, d, t):
    """Each case writes into preallocated arrays (out=), numpy's fastest idiom."""
    def sigmoid_forward():
        np.negative(x, out=y); np.exp(y, out=y); np.add(y, 1, out=y); np.reciprocal(y, out=y)

    def sigmoid_backward():
        special.expit(x, out=t); np.subtract(1, t, out=d); np.multiply(d, t, out=d); np.multiply(d, g, out=d)

    def tanh_backward():
        np.tanh(x, out=t); np.multiply(t, t, out=d); np.subtract(1, d, out=d); np.multiply(d, g, out=d)

    def gelu_forward():
        special.ndtr(x, out=t); np.multiply(x, t, out=y)

    def gelu_backward():
        np.multiply(x, x, out=d); np.multiply(d, -0.5, out=d); np.exp(d, out=d); np.multiply(d, x, out=d); np.multiply(d, 1 / SQRT_2PI, out=d)
        special.ndtr(x, out=t); np.add(d, t, out=d); np.multiply(d, g, out=d)

    def silu_forward():
        special.expit(x, out=t); np.multiply(x, t, out=y)

    def silu_backward():
        special.expit(x, out=t); np.subtract(1, t, out=d); np.multiply(d, x, out=d); np.add(d, 1, out=d); np.multiply(d, t, out=d); np.multiply(d, g, out=d)

    rows = x.reshape(-1, ROW)
    yr, gr, dr = y.reshape(-1, ROW), g.reshape(-1, ROW), d.reshape(-1, ROW)

    def softmax_forward():
        np.subtract(rows, rows.max(axis=1, keepdims=True), out=yr); np.exp(yr, out=yr)
        np.divide(yr, yr.sum(axis=1, keepdims=True), out=yr)

    def softmax_backward():
        np.multiply(gr, yr, out=dr); dot = dr.sum(axis=1, keepdims=True)
        np.subtract(gr, dot, out=dr); np.multiply(dr, yr, out=dr)

    return {
        ("sigmoid", "forward"): [("numpy 1/(1+exp(-x))", sigmoid_forward),
                                 ("scipy expit", lambda: special.expit(x, out=y))],
        ("sigmoid", "backward"): [("numpy+expit", sigmoid_backward)],
        ("tanh", "forward"): [("numpy tanh", lambda: np.tanh(x, out=y))],
        ("tanh", "backward"): [("numpy", tanh_backward)],
        ("gelu", "forward"): [("numpy+ndtr", gelu_forward)],
        ("gelu", "backward"): [("numpy+ndtr", gelu_backward)],
        ("silu", "forward"): [("numpy+expit", silu_forward)],
        ("silu", "backward"): [("numpy+expit", silu_backward)],
        ("softmax", "forward"): [("numpy rows", softmax_forward)],
        ("softmax", "backward"): [("numpy rows", softmax_backward)],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="1000000,16000000")
    parser.add_argument("--binary", default=".build/release/activations-benchmark")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    daftar, peers, copy_seconds = {}, {}, math.inf
    big = np.ones(16_000_000, dtype=np.float32)
    copy = np.empty_like(big)
    inputs = {}
    for n in sizes:
        rng = np.random.default_rng(n)
        x = rng.uniform(-8, 8, n).astype(np.float32)
        g = rng.uniform(-1, 1, n).astype(np.float32)
        inputs[n] = (x, g, np.empty_like(x), np.empty_like(x), np.empty_like(x))
    kernels = "unknown"
    for _ in range(args.rounds):
        swift = subprocess.run([args.binary, "--repeats", str(args.repeats), "--sizes", args.sizes],
                               check=True, capture_output=True, text=True).stdout
        for line in swift.splitlines():
            if line.startswith("# kernels: "):
                kernels = line.removeprefix("# kernels: ")
            if line.startswith("#"):
                continue
            name, direction, n, seconds = line.split("\t")
            key = (name, direction, int(n))
            daftar[key] = min(daftar.get(key, math.inf), float(seconds))
        copy_seconds = min(copy_seconds, best(args.repeats, lambda: np.copyto(copy, big)))
        for n in sizes:
            for (name, direction), cases in numpy_cases(*inputs[n]).items():
                for label, body in cases:
                    key = (name, direction, n, label)
                    peers[key] = min(peers.get(key, math.inf), best(args.repeats, body))

    bandwidth = 2 * big.nbytes / copy_seconds  # bytes/s, read + write
    scale = daftar.get(("scale", "forward", 16_000_000))
    scale_note = f"; Daftar y = 2x over 16 M float32: {2 * big.nbytes / scale / 1e9:.1f} GB/s" if scale else ""
    print(f"copy bandwidth (numpy.copyto, 16 M float32): {bandwidth / 1e9:.1f} GB/s{scale_note}; numpy {np.__version__}")
    print(f"best of {args.repeats} runs in each of {args.rounds} alternating rounds; Daftar's Float kernels: {kernels}")
    print(f"{'function':<8} {'pass':<8} {'elements':>10} {'daftar M/s':>11}  {'peer':<22} {'peer M/s':>9} {'ratio':>6}  bound")
    for n in sizes:
        for (name, direction), cases in numpy_cases(*inputs[n]).items():
            ours = n / daftar[(name, direction, n)]
            # Bytes to and from memory per element: read x, write y (forward); read x or y and g,
            # write d (backward). Softmax's second pass over a row re-reads it from the cache (a
            # row of 1000 floats is 4 kB), so it moves no more than the others.
            moved = 8 if direction == "forward" else 12
            bound = "memory" if ours * moved >= 0.7 * bandwidth else "compute"
            for label, _ in cases:
                theirs = n / peers[(name, direction, n, label)]
                print(f"{name:<8} {direction:<8} {n:>10} {ours / 1e6:>11.1f}  {label:<22} {theirs / 1e6:>9.1f} "
                      f"{ours / theirs:>5.2f}x  {bound} ({ours * moved / 1e9:.1f} GB/s; peer {theirs * moved / 1e9:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Reference values of Daftar's activations, computed with mpmath at 60 significant digits.

Writes references.json beside this script: the input points (each exactly representable as a
Float, so the same points test Double and Float) and, for every activation, f(x) printed to 25
significant digits. Definitions follow PyTorch's (torch.nn.*), with its default parameters; the
constants PyTorch writes as double literals (SELU's α and scale, leaky ReLU's slope) are taken as
those doubles, the others (0.044715, √(2/π)) as the exact numbers.

Run: python3 make_references.py   (needs mpmath; deterministic output)
"""
import json
import os
import struct

import mpmath as mp

mp.mp.dps = 60


def f32(x):
    """x rounded to the nearest float32, returned as a Python float (exact)."""
    return struct.unpack("f", struct.pack("f", x))[0]


def points():
    xs = {0.0}
    for magnitude in [1000, 745, 710, 700, 500, 100, 50, 40, 37.5, 30, 26, 20.5, 20, 19.5, 6, 3, 1, 1e-8]:
        xs.update([magnitude, -magnitude])
    for k in range(-64, 25):  # 10^(k/8): 1e-8 … 1000
        v = 10 ** (k / 8)
        xs.update([v, -v])
    for i in range(-100, 101):  # [-10, 10] in steps of 0.1
        xs.add(i / 10)
    for i in range(-60, 61):  # [-300, 300] in steps of 5
        xs.add(i * 5.0)
    return sorted({f32(x) for x in xs})


def sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def softplus(x, beta=1, threshold=20):
    if x * beta > threshold:
        return x
    return mp.log1p(mp.exp(beta * x)) / beta


SELU_ALPHA = mp.mpf(1.6732632423543772848170429916717)  # the doubles PyTorch uses
SELU_SCALE = mp.mpf(1.0507009873554804934193349852946)
KAPPA = mp.mpf("0.044715")


FUNCTIONS = {
    "identity": lambda x: x,
    "sigmoid": sigmoid,
    "logSigmoid": lambda x: -mp.log1p(mp.exp(-x)),
    "tanh": mp.tanh,
    "hardSigmoid": lambda x: mp.mpf(0) if x <= -3 else mp.mpf(1) if x >= 3 else (x + 3) / 6,
    "hardTanh": lambda x: min(max(x, mp.mpf(-1)), mp.mpf(1)),
    "relu": lambda x: max(x, mp.mpf(0)),
    "relu6": lambda x: min(max(x, mp.mpf(0)), mp.mpf(6)),
    "leakyReLU": lambda x: x if x > 0 else mp.mpf(0.01) * x,
    "elu": lambda x: x if x > 0 else mp.expm1(x),
    "selu": lambda x: SELU_SCALE * x if x > 0 else SELU_SCALE * SELU_ALPHA * mp.expm1(x),
    "celu": lambda x: x if x > 0 else mp.expm1(x),
    "gelu": lambda x: x * mp.erfc(-x / mp.sqrt(2)) / 2,
    "geluTanh": lambda x: x * sigmoid(2 * mp.sqrt(2 / mp.pi) * (x + KAPPA * x**3)),
    "silu": lambda x: x * sigmoid(x),
    "swish(beta: 1.5)": lambda x: x * sigmoid(mp.mpf(1.5) * x),
    "mish": lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
    "softplus": softplus,
    "softsign": lambda x: x / (1 + abs(x)),
}


def main():
    xs = points()
    table = {"points": [repr(x) for x in xs], "values": {}}
    for name, f in FUNCTIONS.items():
        table["values"][name] = [mp.nstr(f(mp.mpf(x)), 25, strip_zeros=False) for x in xs]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "references.json")
    with open(path, "w") as out:
        json.dump(table, out, indent=0)
        out.write("\n")
    print(f"{len(xs)} points x {len(FUNCTIONS)} functions -> {path}")


if __name__ == "__main__":
    main()

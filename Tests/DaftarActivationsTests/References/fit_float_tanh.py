#!/usr/bin/env python3
"""Fits the rational of FloatMath.tanh and checks the Float algorithm, emulated step by step in
numpy float32 (one IEEE rounding per operation, no fused multiply-add), against float64 tanh.

tanh x = sign(x)·4d/(4 + d²) with d = 2·tanh(v/2) = v + v·s·N(s)/Q(s), v = min(|x|, 9.1), s = v².
tanh(y)/y ≈ P(y²)/Q(y²) is a (3,3) rational fitted on y ∈ [0, 4.55] to minimax relative error
(linearised least squares, Loeb's method, with Lawson's reweighting), and N = (P − Q)/y², so the
correction v·s·N/Q is small where the result is: below 1, d's rounding errors are scaled by it;
above, the doubling formula damps them by (1 − t²)/(1 + t²).
Run: python3 Tests/DaftarActivationsTests/References/fit_float_tanh.py (numpy). About a minute.
"""
import numpy as np

f = np.float32
CLAMP = 9.1  # tanh rounds to 1 in Float from 9.0109 on


def fit(m, n, c, iterations=60):
    """tanh(y) ≈ y·P(y²)/Q(y²), P(0) = Q(0) = 1, relative minimax on [0, c]."""
    k = np.arange(6000)
    y = np.concatenate([c * (0.5 - 0.5 * np.cos(np.pi * (k + 0.5) / 6000)), np.linspace(1e-4, c, 6000)])
    y.sort()
    t, u = np.tanh(y), (y / c) ** 2
    previous_q, weight = np.ones_like(y), np.ones_like(y)
    for _ in range(iterations):
        w = weight / (t * previous_q)
        a = np.hstack([y[:, None] * u[:, None] ** np.arange(1, m + 1),
                       -(t[:, None] * u[:, None] ** np.arange(1, n + 1))]) * w[:, None]
        solution, *_ = np.linalg.lstsq(a, (t - y) * w, rcond=None)
        p = 1 + (u[:, None] ** np.arange(1, m + 1)) @ solution[:m]
        q = 1 + (u[:, None] ** np.arange(1, n + 1)) @ solution[m:]
        error = (y * p / q - t) / t
        previous_q = q
        weight = weight * (np.abs(error) / np.abs(error).max()) ** 0.5 + 1e-300
        weight /= weight.max()
    scale = [c ** (-2 * (i + 1)) for i in range(max(m, n))]
    return ([1.0] + [solution[i] * scale[i] for i in range(m)],
            [1.0] + [solution[m + j] * scale[j] for j in range(n)], np.abs(error).max())


def horner(coefficients, s):
    p = coefficients[-1]
    for c in coefficients[-2::-1]:
        p = p * s + c
    return p


def tanh_float(x, n, q):
    magnitude = np.abs(x)
    v = np.where(magnitude > f(CLAMP), f(CLAMP), magnitude)
    s = v * v
    d = v + ((v * s) * horner(n, s)) / horner(q, s)
    r = (f(4) * d) / (f(4) + d * d)
    return np.copysign(r, x)


def main():
    p, q, error = fit(3, 3, CLAMP / 2)
    # In s = v² = 4y²: tanh(y)/y = P/Q; d = 2·tanh(y) = v·P/Q = v + v·s·N(s)/Q(s), N = (P − Q)/s.
    n32 = [f((p[i + 1] - q[i + 1]) / 4 ** (i + 1)) for i in range(3)]
    q32 = [f(b / 4 ** j) for j, b in enumerate(q)]
    print(f"fit: relative error of the rational {error:.2e}")
    print("N:", ", ".join(repr(float(c)) for c in n32))
    print("Q:", ", ".join(repr(float(c)) for c in q32))
    worst, at = 0.0, 0.0
    start, stop = np.float32(2 ** -30).view(np.int32), np.float32(9.2).view(np.int32)
    for lo in range(int(start), int(stop), 1 << 24):  # every Float in [2⁻³⁰, 9.2], in chunks
        x = np.arange(lo, min(lo + (1 << 24), int(stop)), dtype=np.int32).view(f)
        t = np.tanh(x.astype(np.float64))
        relative = np.abs(tanh_float(x, n32, q32).astype(np.float64) - t) / t
        i = relative.argmax()
        if relative[i] > worst:
            worst, at = float(relative[i]), float(x[i])
    print(f"Float algorithm over every Float in [2^-30, 9.2]: max relative error {worst:.3e} at x = {at!r}")


if __name__ == "__main__":
    main()

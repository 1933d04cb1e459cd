#!/usr/bin/env python3
"""Fits the two rationals of the Float GELU kernels (FloatKernels+Gelu.swift) and checks the Float
algorithm, emulated step by step in numpy float32 (one IEEE rounding per operation, no fused
multiply-add), against scipy's ndtr in float64 (mpmath near GELU′'s root) on 6·10⁶ points.
`exhaustive_float_check.swift` beside this script runs the Swift kernels on every Float.

With u = |x|, w = √(2π)·u and M(u) = Φ(−u)/φ(u) (Mills' ratio, from scipy's erfcx):
  forward   Φ(−u) = e^{−u²/2}·q/(w·q + p)      i.e. 1/(w + p/q) = M/√(2π); p/q fits √(2π)·(1/M − u)
  backward  Φ(−u) − u·φ(u) = e^{−u²/2}·(u₀ − u)·(c₀ + a/b),  c₀ = float(1/√(2π)),
            a/b fits (M − u)/((u₀ − u)·√(2π)) − c₀, u₀ = 0.75179… the root of M(u) = u
Each is fitted by linearised least squares (Loeb's method) with Lawson's reweighting towards the
minimax of the relative error of the result, on [0, 14.5].
Run: python3 Tests/DaftarActivationsTests/References/fit_float_gelu.py (numpy, scipy, mpmath).
"""
import mpmath as mp
import numpy as np
import scipy.special as sp

f = np.float32
U = 14.5
C = np.sqrt(2 * np.pi)
U0 = 0.7517915246935645  # root of M(u) = u, i.e. GELU′(−U0) = 0


def mills(u):
    return sp.erfcx(u / np.sqrt(2)) * np.sqrt(np.pi / 2)


def loeb(v, target, weight, m, n, iterations=100):
    """target ≈ P(v)/Q(v), Q(0) = 1, minimising max |weight·(P/Q − target)/target|."""
    scale = v.max()
    z = v / scale
    previous, lawson = np.ones_like(z), np.ones_like(z)
    for _ in range(iterations):
        w = lawson * weight / (np.abs(target) * previous)
        a = np.hstack([z[:, None] ** np.arange(0, m + 1), -(target[:, None] * z[:, None] ** np.arange(1, n + 1))])
        solution, *_ = np.linalg.lstsq(a * w[:, None], target * w, rcond=None)
        p = (z[:, None] ** np.arange(0, m + 1)) @ solution[:m + 1]
        q = 1 + (z[:, None] ** np.arange(1, n + 1)) @ solution[m + 1:]
        error = weight * (p / q - target) / np.abs(target)
        previous = q
        lawson = lawson * (np.abs(error) / np.abs(error).max()) ** 0.4 + 1e-300
        lawson /= lawson.max()
    return ([solution[i] / scale ** i for i in range(m + 1)],
            [1.0] + [solution[m + 1 + j] / scale ** (j + 1) for j in range(n)], np.abs(error).max())


def grid():
    k = np.arange(12000)
    u = np.concatenate([U * (0.5 - 0.5 * np.cos(np.pi * (k + 0.5) / 12000)), np.linspace(0, U, 12000)])
    return np.sort(u)


def fit_forward():
    u = grid()
    s = C * (1 / mills(u) - u)
    p, q, error = loeb(C * u, s, s / (C * u + s), 4, 4)
    p[0] = 2.0  # p(0)/q(0) = 2 exactly: Φ(0) = ½
    return [f(0.75 * c) for c in p], [f(0.75 * c) for c in q], error


def fit_backward():
    u = grid()
    u = u[np.abs(u - U0) > 1e-4]
    factor = (mills(u) - u) / (U0 - u) / C
    c0 = f(1 / C)
    a, b, error = loeb(C * u, factor - float(c0), np.abs(factor - float(c0)) / factor, 3, 4)
    return [f(c) for c in a], [f(c) for c in b], c0, error


def horner(coefficients, s):
    p = coefficients[-1]
    for c in coefficients[-2::-1]:
        p = p * s + c
    return p


def scaled_gaussian(u):
    """FloatMath.scaledGaussian: 2⁶⁴·e^{−u²/2}, u² split exactly, through FloatMath.scaledExp."""
    high = (u.view(np.int32) & np.int32(-4096)).view(f)
    low = u - high
    t, correction = high * f(-0.5) * high, (u + high) * low * f(-0.5)
    shifted = t * f(1.44269504088896341) + f(12582912)
    n = shifted - f(12582912)
    r = t - n * f(0.693359375)
    r = r - n * f(-2.12194440e-4)
    r = r + correction
    p = f(1.38145184610039e-3)
    for c in [8.368747308850288e-3, 4.166839271783829e-2, 1.666651964187622e-1, 4.999999403953552e-1]:
        p = p * r + f(c)
    p = p * (r * r) + r + f(1)
    return p * ((shifted.view(np.int32) + np.int32(191 - 0x4B400000)) << 23).view(f)


def gelu(x, p, q):
    u = np.abs(x)
    w = u * f(C)
    qv = horner(q, w)
    scaled = (x * qv) / (w * qv + horner(p, w)) * scaled_gaussian(u) * f(2.0 ** -64)
    product = np.where(u > f(14.5), f(-0.0), scaled)
    return np.where(x > 0, x - product, product)


def gelu_backward(x, g, a, b, c0):
    u = np.abs(x)
    w = u * f(C)
    factor = c0 + horner(a, w) / horner(b, w)
    high = f(U0)
    distance = (high - u) + f(U0 - float(high))
    scaled = distance * factor * scaled_gaussian(u)
    tail = np.where(u > f(16), f(0), scaled)
    return np.where(x > 0, g * (f(1) - tail * f(2.0 ** -64)), tail * g * f(2.0 ** -64))


def worst(x, observed, truth):
    observed = observed.astype(np.float64)
    normal = np.abs(truth) >= 2.0 ** -126
    relative = np.where(normal, np.abs(observed - truth) / np.maximum(np.abs(truth), 1e-300), 0)
    i = relative.argmax()
    steps = np.abs(observed - truth)[~normal].max() / 2.0 ** -149
    return f"max relative error {relative[i]:.3e} at x = {float(x[i])!r}; below 2^-126: {steps:.2f} subnormal steps"


def main():
    p, q, forward_error = fit_forward()
    a, b, c0, backward_error = fit_backward()
    print(f"forward fit {forward_error:.2e}; p (×¾):", ", ".join(repr(float(c)) for c in p))
    print("                    q (×¾):", ", ".join(repr(float(c)) for c in q))
    print(f"backward fit {backward_error:.2e}; c0 = {float(c0)!r}; a:", ", ".join(repr(float(c)) for c in a))
    print("                    b:", ", ".join(repr(float(c)) for c in b))
    rng = np.random.default_rng(7)
    x = np.concatenate([rng.uniform(-16, 6, 4_000_000), rng.uniform(-1, 1, 1_000_000),
                        -np.exp(rng.uniform(-20, 0, 200_000)), np.exp(rng.uniform(-20, 0, 200_000)),
                        rng.uniform(-0.76, -0.74, 300_000)]).astype(f)
    with np.errstate(all="ignore"):
        x64 = x.astype(np.float64)
        print("forward:", worst(x, gelu(x, p, q), x64 * sp.ndtr(x64)))
        truth = sp.ndtr(x64) + x64 * np.exp(-x64 * x64 / 2) / C
        mp.mp.dps = 30
        near = np.abs(x64 + U0) < 0.05  # float64 cancels there: mpmath
        truth[near] = [float(mp.ncdf(mp.mpf(v)) + mp.mpf(v) * mp.npdf(mp.mpf(v))) for v in x64[near]]
        for g in [1, -3]:
            print(f"backward, g = {g}:", worst(x, gelu_backward(x, f(g), a, b, c0), g * truth))


if __name__ == "__main__":
    main()

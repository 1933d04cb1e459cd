"""The numpy peer's MLP training step (mlp_numpy.py) in JAX, compiled with jax.jit, on the CPU.

The same work, operation for operation: depth x (width x width) dense + bias, the activation after
every layer but the last, loss 0.5*||out - y||^2 / batch, the backward pass written out as the
numpy peer writes it (no input gradient for the first layer), SGD with learning rate 1e-3, float32.
The whole step (forward, loss, backward, update) is one jitted function; parameters are donated,
so XLA may update them in place. A second line per case, `jax-ad`, takes the gradients with
jax.value_and_grad instead of the hand-written backward pass (what a JAX user would write).

One thread: run it with XLA_FLAGS='--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1'
(Benchmarks/training_vs_numpy_jax.py does). Prints the numpy peer's lines (benchutil.report_step).
Usage: python3 mlp_jax.py [--cases relu:128x64x10,...] [--no-autodiff]
"""
import argparse
import os
import sys

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax
import jax.numpy as jnp
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchutil import CONFIGS, report_step, time_calls

F32 = np.float32
LR = F32(1e-3)
THREADS = "1" if "--xla_cpu_multi_thread_eigen=false" in os.environ.get("XLA_FLAGS", "") else "def"


def act_fwd(name, z):
    return jnp.maximum(z, 0) if name == "relu" else 1 / (1 + jnp.exp(-z))


def act_bwd(name, g, h):
    return g * (h > 0) if name == "relu" else g * (h * (1 - h))


def forward(Ws, bs, x, act):
    hs = [x]
    for i in range(len(Ws)):
        z = hs[-1] @ Ws[i] + bs[i]
        hs.append(act_fwd(act, z) if i < len(Ws) - 1 else z)
    return hs


def manual_step(Ws, bs, x, y, act):
    """mlp_numpy.step, as pure functions."""
    L = len(Ws)
    hs = forward(Ws, bs, x, act)
    g = hs[-1] - y
    loss = 0.5 * jnp.vdot(g, g) / x.shape[0]
    g = g * F32(1.0 / x.shape[0])
    new_Ws, new_bs = list(Ws), list(bs)
    for i in reversed(range(L)):
        if i < L - 1:
            g = act_bwd(act, g, hs[i + 1])
        dW = hs[i].T @ g
        db = g.sum(axis=0)
        new_Ws[i] = Ws[i] - LR * dW
        new_bs[i] = bs[i] - LR * db
        if i > 0:
            g = g @ Ws[i].T
    return new_Ws, new_bs, loss


def autodiff_step(Ws, bs, x, y, act):
    """The same step with jax.value_and_grad taking the gradients."""
    def loss_fn(params):
        out = forward(params[0], params[1], x, act)[-1]
        d = out - y
        return 0.5 * jnp.vdot(d, d) / x.shape[0]
    loss, (dWs, dbs) = jax.value_and_grad(loss_fn)((Ws, bs))
    return ([W - LR * dW for W, dW in zip(Ws, dWs)], [b - LR * db for b, db in zip(bs, dbs)], loss)


def make(batch, width, depth, seed=0):
    """mlp_numpy.make: the same draws from the same generator."""
    rng = np.random.default_rng(seed)
    Ws = [(rng.standard_normal((width, width)) / np.sqrt(width)).astype(F32) for _ in range(depth)]
    bs = [np.zeros(width, F32) for _ in range(depth)]
    x = rng.standard_normal((batch, width)).astype(F32)
    y = rng.standard_normal((batch, width)).astype(F32)
    return Ws, bs, x, y


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default=",".join(f"{a}:{b}x{w}x{d}" for a in ("relu", "sigmoid") for b, w, d in CONFIGS))
    parser.add_argument("--no-autodiff", action="store_true")
    args = parser.parse_args()
    variants = [("jax", manual_step)] + ([] if args.no_autodiff else [("jax-ad", autodiff_step)])
    for spec in args.cases.split(","):
        act, shape = spec.split(":")
        batch, width, depth = (int(v) for v in shape.split("x"))
        for lib, fn in variants:
            jstep = jax.jit(fn, static_argnums=(4,), donate_argnums=(0, 1))
            Ws, bs, x, y = make(batch, width, depth)
            state = [[jnp.asarray(W) for W in Ws], [jnp.asarray(b) for b in bs]]
            x, y = jnp.asarray(x), jnp.asarray(y)

            def call():
                state[0], state[1], loss = jstep(state[0], state[1], x, y, act)
                return loss

            l0 = float(call())
            med, lo, hi, k = time_calls(call, sync=lambda r: r.block_until_ready())
            l1 = float(call())
            assert all(W.dtype == jnp.float32 for W in state[0]) and np.isfinite(l1)
            report_step(lib, THREADS, act, batch, width, depth, med, lo, hi, k, f"  loss {l0:.4f}->{l1:.4f}")


if __name__ == "__main__":
    print("jax", jax.__version__, "| jaxlib", jax.lib.__version__ if hasattr(jax.lib, "__version__") else "?",
          "| devices:", jax.devices(), "| XLA_FLAGS =", os.environ.get("XLA_FLAGS", ""), flush=True)
    main()

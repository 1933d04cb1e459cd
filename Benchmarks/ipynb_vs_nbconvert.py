"""Times `daftar render` and `jupyter nbconvert --to html` on the same Jupyter notebooks.

Each round runs both commands once per notebook, alternating which goes first, so that load from
other processes falls on both alike; then once each on the whole folder (one process for all).
Prints medians, minimums, interquartile ranges and the ratio daftar / nbconvert, and the size of
each tool's page.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchtable import table  # noqa: E402


def timed(command):
    """Milliseconds of one run of `command`; a failure stops the benchmark with its error."""
    started = time.perf_counter()
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    if run.returncode != 0:
        sys.exit(f"error: {' '.join(command)} exited {run.returncode}:\n{run.stderr}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--daftar", required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    notebooks = sorted(name for name in os.listdir(args.folder) if name.endswith(".ipynb"))
    if not notebooks:
        sys.exit(f"error: no .ipynb in {args.folder}")
    scratch = tempfile.mkdtemp(prefix="daftar-ipynb-bench-")
    try:
        out_daftar, out_nbconvert = os.path.join(scratch, "daftar"), os.path.join(scratch, "nbconvert")
        jupyter = [sys.executable, "-m", "nbconvert", "--to", "html", "--log-level", "ERROR", "--output-dir", out_nbconvert]
        daftar = [args.daftar, "render", "--quiet", "-o", out_daftar]
        commands = {}
        for name in notebooks:
            path = os.path.join(args.folder, name)
            commands[name] = (daftar + [path], jupyter + [path])
        commands["all notebooks, one process"] = (daftar + [args.folder], jupyter + [os.path.join(args.folder, n) for n in notebooks])
        samples = {key: ([], []) for key in commands}
        for key, (ours, theirs) in commands.items():  # warm-up
            timed(ours)
            timed(theirs)
        for round_index in range(args.runs):
            for key, (ours, theirs) in commands.items():
                pair = [(0, ours), (1, theirs)]
                for which, command in pair if round_index % 2 == 0 else reversed(pair):
                    samples[key][which].append(timed(command))
        rows = []
        for key in commands:
            ours, theirs = samples[key]
            ratio = sorted(ours)[len(ours) // 2] / sorted(theirs)[len(theirs) // 2]
            rows.append((f"{key} / daftar", ours, ratio, None))
            rows.append((f"{key} / nbconvert", theirs, None, None))
        print(f"daftar render vs jupyter nbconvert --to html ({args.runs} runs after one warm-up; ratio = daftar / nbconvert medians)")
        print("\n".join(table(rows)))
        print("\npage sizes (bytes): notebook, daftar, nbconvert")
        for name in notebooks:
            base = name[: -len(".ipynb")] + ".html"
            print(f"  {name}: {os.path.getsize(os.path.join(args.folder, name))}, "
                  f"{os.path.getsize(os.path.join(out_daftar, base))}, {os.path.getsize(os.path.join(out_nbconvert, base))}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

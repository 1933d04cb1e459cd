#!/usr/bin/env python3
"""Feeds daftar deliberately pathological notebooks and reports how each was taken.

Each input is rendered with `daftar render --safe` (nothing runs) under a time limit; a crash (a
signal), a hang (past the limit) or an exit status other than 0, 1 or 3 (cells that `--safe`
will not run) is a failure. The time of
each is printed beside its size, so that a quadratic blow-up shows.

Usage: Hardening/pathological.py [--daftar PATH] [--limit SECONDS] [--scale F]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def inputs(scale):
    n = int(100_000 * scale)
    line = "x" * int(10_000_000 * scale)
    return {
        f"{n:,} nested lists": "".join("  " * i + "- a\n" for i in range(min(n, 5_000))) + "- " * n + "deep\n",
        f"{n:,} nested quotes": "> " * n + "deep\n",
        f"{n:,} nested emphasis": "*a " * n + "b" + " c*" * n + "\n",
        f"{n:,} nested links": "[" * n + "x" + "](u)" * n + "\n",
        f"{n:,} nested inline notes": "^[" * n + "x" + "]" * n + "\n",
        f"{n:,} nested spans": "[" * n + "x" + "]{.c}" * n + "\n",
        f"{n // 10:,} spans and notes alternating": "[ ^[" * (n // 10) + "x" + "]]{.c}" * (n // 10) + "\n",
        f"{n:,} nested strikeouts": "~~a " * n + "b" + " c~~" * n + "\n",
        f"{n:,} unclosed GitHub strikeouts": "---\nfrom: gfm\n---\n" + "~~a " * n + "\n",
        f"{n // 10:,} nested divs": ":::: {.a}\n" * (n // 10) + "x\n" + "::::\n" * (n // 10),
        f"{n // 10:,} unclosed divs": "::: {.a}\n" * (n // 10) + "x\n",
        f"{len(line) // 1_000_000} MB line": line + "\n",
        f"{len(line) // 1_000_000} MB line of brackets": "[" * len(line) + "\n",
        f"{len(line) // 1_000_000} MB line of dollars": "$" * len(line) + "\n",
        f"{len(line) // 1_000_000} MB line of backticks": "`" * len(line) + "\n",
        f"{n:,} table columns": "|" + "a|" * n + "\n|" + "-|" * n + "\n|" + "1|" * n + "\n",
        f"{n // 10:,} table rows with link definitions": "| a | b |\n|---|---|\n" + "| [x][r] | y |\n" * (n // 10)
            + "".join(f"[r{i}]: /u{i}\n" for i in range(n // 10)),
        f"{n:,} unclosed code spans and math": "`a $b \\(c " * (n // 10) + "\n",
        f"{n:,} footnote references without notes": "".join(f"[^{i}] " for i in range(n // 10)) + "\n",
        f"{n:,} cross-references": "@fig-x " * n + "\n",
        f"{n:,} citations": "[@a; @b] " * (n // 10) + "\n",
        "unclosed front matter": "---\ntitle: x\n" + "key: value\n" * (n // 10),
        "deep front matter": "---\nx: " + "[" * (n // 10) + "\n---\n",
        f"{n:,} nested TeX groups": "$" + "{" * n + "x" + "}" * n + "$\n",
        f"{n:,} TeX fractions": "$$\n" + "\\frac{1}{" * (n // 10) + "x" + "}" * (n // 10) + "\n$$\n",
        f"{n:,} unclosed fences": "```swift\n" * (n // 10),
        f"{n:,} inline expressions": "`{swift} 1` " * (n // 10) + "\n",
        "everything unclosed": "---\na: [\n" + "::: {\n[^\n$$\n```{\n<div\n{#\n" * (n // 100),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--daftar", default=".build/release/daftar")
    parser.add_argument("--limit", type=float, default=30.0)
    parser.add_argument("--scale", type=float, default=1.0, help="size of every input, 1 = as the issue states")
    arguments = parser.parse_args()
    daftar = os.path.abspath(arguments.daftar)
    work = tempfile.mkdtemp(prefix="daftar-pathological-")
    failures = 0
    try:
        for name, text in inputs(arguments.scale).items():
            path = os.path.join(work, "input.md")
            with open(path, "w") as handle:
                handle.write(text)
            started = time.perf_counter()
            try:
                result = subprocess.run([daftar, "render", "--safe", "--quiet", path, "-o", os.path.join(work, "out")],
                                        capture_output=True, timeout=arguments.limit)
                seconds = time.perf_counter() - started
                status = result.returncode
                verdict = "ok" if status in (0, 1, 3) else f"FAILED (status {status})"
                detail = result.stderr.decode(errors="replace").strip().splitlines()[:1]
            except subprocess.TimeoutExpired:
                seconds, verdict, detail = arguments.limit, f"FAILED (over {arguments.limit:.0f} s)", []
            if verdict != "ok":
                failures += 1
            print(f"{name:48} {len(text) / 1e6:7.2f} MB {seconds:7.2f} s  {verdict}  {' '.join(detail)[:100]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

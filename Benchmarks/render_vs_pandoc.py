#!/usr/bin/env python3
"""Times `daftar render` against pandoc on the founding document, one file and a batch of copies.

Called by Benchmarks/render-vs-pandoc.sh, which installs pandoc and builds daftar first.
Standard library only. Wall-clock time of whole processes, measured here with
time.perf_counter around subprocess.run; the commands being compared alternate within each
round so that drift on a noisy machine falls on both alike.
"""

import argparse
import datetime
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from benchtable import summary, table

SINGLE_TARGET = 0.10
BATCH_TARGET = 1 / 50

PANDOC_FLAGS = ["--standalone", "--mathml", "-f", "markdown"]


class CommandFailed(Exception):
    pass


def run(command, **kwargs):
    """Runs a command to completion and returns its wall-clock time in milliseconds."""
    started = time.perf_counter()
    try:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    except OSError as error:
        raise CommandFailed(f"cannot run {command if isinstance(command, str) else command[0]}: {error}")
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        shown = command if isinstance(command, str) else " ".join(command)
        detail = result.stderr.decode(errors="replace").strip()
        raise CommandFailed(f"exit {result.returncode}: {shown}\n{detail[-2000:]}")
    return elapsed


def capture(command, cwd=None):
    try:
        result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    except OSError as error:
        raise CommandFailed(f"cannot run {command[0]}: {error}")
    if result.returncode != 0:
        raise CommandFailed(f"exit {result.returncode}: {' '.join(command)}\n{result.stderr.strip()}")
    return result.stdout


def alternate(commands, rounds, before_each=None, after_each=None):
    """Runs every command once per round, rotating which goes first, and collects its times."""
    times = {name: [] for name, _ in commands}
    for round_index in range(rounds):
        offset = round_index % len(commands)
        for name, command in commands[offset:] + commands[:offset]:
            if before_each:
                before_each(name)
            times[name].append(command())
            if after_each:
                after_each(name)
    return times


def count_files(folder, suffix):
    return sum(1 for name in os.listdir(folder) if name.endswith(suffix))


def empty_folder(folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)


def header(args, repo):
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    pandoc = capture(["pandoc", "--version"]).splitlines()[0]
    commit = capture(["git", "rev-parse", "--short=12", "HEAD"], cwd=repo).strip()
    changed = capture(["git", "status", "--porcelain", "--", "Sources", "Package.swift"], cwd=repo)
    if changed.strip():
        commit += " (with uncommitted changes to Sources/ or Package.swift)"
    swift = capture(["swift", "--version"]).splitlines()
    swift = next((line for line in swift if "Swift version" in line), swift[0] if swift else "?")
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return [
        "daftar render vs pandoc — wall-clock time of whole processes",
        f"date:    {date}",
        f"cores:   {cores} ({usable} usable by this process); load average at start: {load}",
        f"daftar:  git {commit}, make release (static Swift runtime); {swift.strip()}",
        f"pandoc:  {pandoc}, {' '.join(PANDOC_FLAGS)}",
        f"input:   {os.path.relpath(args.notebook, repo)} ({os.path.getsize(args.notebook)} bytes)",
        f"runs:    single document {args.warmup} warm-up + {args.runs} measured per command, alternated; "
        f"batch of {args.copies} copies {args.repeats} rounds, alternated",
    ]


def ratio_of(times, numerator, denominator):
    return statistics.median(times[numerator]) / statistics.median(times[denominator])


def benchmark(args, work):
    daftar, notebook = args.daftar, args.notebook
    progress = (lambda text: print(text, file=sys.stderr, flush=True)) if not args.quiet else (lambda text: None)

    # One document, whole processes. Start-up probes run in the same rounds for context.
    single_out = os.path.join(work, "single-daftar")
    single_pandoc = os.path.join(work, "single-pandoc.html")
    single = [
        ("daftar", lambda: run([daftar, "render", notebook, "-o", single_out, "--quiet"])),
        ("pandoc", lambda: run(["pandoc", *PANDOC_FLAGS, notebook, "-o", single_pandoc])),
        ("daftar --help", lambda: run([daftar, "--help"])),
        ("pandoc --version", lambda: run(["pandoc", "--version"])),
        ("/bin/true", lambda: run(["/bin/true"])),
    ]
    progress(f"single document: {args.warmup} warm-up and {args.runs} measured rounds…")
    alternate(single, args.warmup)
    single_times = alternate(single, args.runs)
    report_name = os.path.basename(notebook)[: -len(".md")] + ".html"
    if not os.path.isfile(os.path.join(single_out, report_name)) or not os.path.isfile(single_pandoc):
        raise CommandFailed("a single-document run wrote no report")

    # A batch: copies of the document in one folder.
    inputs = os.path.join(work, "batch-in")
    os.makedirs(inputs)
    names = []
    for index in range(args.copies):
        name = f"copy-{index:03d}.ar.md"
        shutil.copyfile(notebook, os.path.join(inputs, name))
        names.append(os.path.join(inputs, name))
    listing = "\0".join(names).encode() + b"\0"
    outputs = {name: os.path.join(work, "batch-out-" + str(index)) for index, name in enumerate(("daftar", "pandoc -P1", "pandoc -P2"))}

    def pandoc_xargs(parallel):
        # One pandoc process per file, as `xargs -P1` (or -P2) would start them; `exec` leaves
        # only sh's own start-up (≈1 ms) on top of each pandoc.
        script = 'exec pandoc ' + " ".join(PANDOC_FLAGS) + ' "$1" -o "$0/${1##*/}.html"'
        out = outputs[f"pandoc -P{parallel}"]
        return lambda: run(["xargs", "-0", "-n1", f"-P{parallel}", "sh", "-c", script, out], input=listing)

    batch = [
        ("daftar", lambda: run([daftar, "render", inputs, "-o", outputs["daftar"], "--quiet"])),
        ("pandoc -P1", pandoc_xargs(1)),
        ("pandoc -P2", pandoc_xargs(2)),
    ]
    expected = {"daftar": args.copies + 1, "pandoc -P1": args.copies, "pandoc -P2": args.copies}

    def check_written(name):
        written = count_files(outputs[name], ".html")
        if written != expected[name]:
            raise CommandFailed(f"batch {name} wrote {written} reports, expected {expected[name]}")

    pandoc_seconds = statistics.median(single_times["pandoc"]) / 1000 * args.copies * args.repeats * 1.5
    progress(f"batch of {args.copies}: 1 warm-up of daftar, {args.repeats} measured rounds "
             f"(about {pandoc_seconds:.0f} s)…")
    empty_folder(outputs["daftar"])
    batch[0][1]()
    batch_times = alternate(batch, args.repeats, before_each=lambda name: empty_folder(outputs[name]),
                            after_each=check_written)

    rows = [
        ("single/pandoc", single_times["pandoc"], None, None),
        ("single/daftar", single_times["daftar"], ratio_of(single_times, "daftar", "pandoc"), SINGLE_TARGET),
        (f"batch{args.copies}/pandoc -P1", batch_times["pandoc -P1"], None, None),
        (f"batch{args.copies}/daftar", batch_times["daftar"], ratio_of(batch_times, "daftar", "pandoc -P1"), BATCH_TARGET),
        (f"context: batch{args.copies}/pandoc -P2 (2 procs)", batch_times["pandoc -P2"], None, None),
        (f"context: batch{args.copies}/daftar vs pandoc -P2", batch_times["daftar"], ratio_of(batch_times, "daftar", "pandoc -P2"), None),
        ("context: startup daftar --help", single_times["daftar --help"], ratio_of(single_times, "daftar --help", "pandoc"), None),
        ("context: startup pandoc --version", single_times["pandoc --version"], ratio_of(single_times, "pandoc --version", "pandoc"), None),
        ("context: spawn floor /bin/true", single_times["/bin/true"], None, None),
    ]
    per_notebook = statistics.median(batch_times["daftar"]) / args.copies
    startup_share = statistics.median(single_times["daftar --help"]) / statistics.median(single_times["daftar"])
    notes = [
        "",
        "ratio = daftar median / pandoc median (context lines: / single pandoc, or / pandoc -P2); "
        f"targets: single ≤ {SINGLE_TARGET:.2f}, batch ≤ 1/50 = {BATCH_TARGET:.2f}",
        f"daftar in the batch: {per_notebook:.2f} ms per notebook; "
        f"`daftar --help` start-up is {startup_share:.0%} of a single render",
    ]
    if args.runs < 30 or args.repeats < 5:
        notes.append("NOTE: fewer than 30 single runs or 5 batch rounds — a quick look, not a figure to report")
    return table(rows) + notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--daftar", required=True, help="the daftar binary")
    parser.add_argument("--notebook", required=True, help="the document to render")
    parser.add_argument("--runs", type=int, default=30, help="measured single-document runs per command (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up rounds before them (default 3)")
    parser.add_argument("--repeats", type=int, default=5, help="measured batch rounds (default 5)")
    parser.add_argument("--copies", type=int, default=200, help="copies of the document in the batch (default 200)")
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    args = parser.parse_args()
    if args.runs < 1 or args.repeats < 1 or args.copies < 1 or args.warmup < 0:
        parser.error("--runs, --repeats and --copies must be at least 1, --warmup at least 0")
    args.daftar = os.path.abspath(args.daftar)
    args.notebook = os.path.abspath(args.notebook)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    # A SIGTERM unwinds like Ctrl-C does, so the temporary folder is removed either way.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        lines = header(args, repo)
        with tempfile.TemporaryDirectory(prefix="daftar-bench-") as work:
            lines += [""] + benchmark(args, work)
    except CommandFailed as failure:
        print(f"error: a benchmarked command failed: {failure}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Times `daftar render` of a six-cell Swift notebook against `jupyter nbconvert --execute` of its Python twin.

Called by Benchmarks/daftar-vs-nbconvert.sh, which installs nbconvert and friends and builds
daftar first. Standard library only. Wall-clock time of whole processes, measured here with
time.perf_counter around subprocess.run; the commands being compared alternate within each
round so that drift on a noisy machine falls on all of them alike.
"""

import argparse
import datetime
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from benchtable import summary, table

COLD_TARGET = 0.5
FREEZE_TARGET = 1 / 20

# What a cold run and a run from the freeze say on standard error about where results came from.
EXECUTED = "(executed)"
FROM_FREEZE = "(from freeze)"
# Text that only the gradient-norm cell's output holds (not its source), in either report.
EVIDENCE = "sigmoid: first/last layer gradient-norm ratio"


class CommandFailed(Exception):
    pass


def shown(command):
    return command if isinstance(command, str) else shlex.join(command)


def run(command, expect=None, **kwargs):
    """Runs a command to completion and returns its wall-clock time in milliseconds; when
    `expect` is given, its standard error must contain that text."""
    started = time.perf_counter()
    try:
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    except OSError as error:
        raise CommandFailed(f"cannot run {shown(command)}: {error}")
    elapsed = (time.perf_counter() - started) * 1000
    detail = result.stderr.decode(errors="replace").strip()
    if result.returncode != 0:
        raise CommandFailed(f"exit {result.returncode}: {shown(command)}\n{detail[-2000:]}")
    if expect is not None and expect not in detail:
        raise CommandFailed(f"{shown(command)} did not say {expect!r} on standard error:\n{detail[-2000:]}")
    return elapsed


def capture(command, cwd=None, env=None):
    try:
        result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env)
    except OSError as error:
        raise CommandFailed(f"cannot run {command[0]}: {error}")
    if result.returncode != 0:
        raise CommandFailed(f"exit {result.returncode}: {shown(command)}\n{result.stderr.strip()}")
    return result.stdout


def alternate(commands, rounds):
    """Runs each command `per_round` times per round, interleaved (a command run several times
    a round is spread between the others), rotating which goes first; collects the times."""
    times = {name: [] for name, _, _ in commands}
    order = []
    for turn in range(max(per_round for _, _, per_round in commands)):
        order += [(name, command) for name, command, per_round in commands if turn < per_round]
    for round_index in range(rounds):
        offset = round_index % len(order)
        for name, command in order[offset:] + order[:offset]:
            times[name].append(command())
    return times


def median(samples):
    return statistics.median(samples)


def peer_environment():
    """The peer's environment: one BLAS thread, and no OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE,
    which this workplace sets for old OpenBLAS builds and which slow a current numpy."""
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    env["OPENBLAS_NUM_THREADS"] = "1"
    return env


BLAS_PROBE = """
import numpy
try:
    import threadpoolctl
    info = [i for i in threadpoolctl.threadpool_info() if i.get("user_api") == "blas"]
    print("; ".join(f"{i.get('internal_api')} {i.get('version')}, kernel {i.get('architecture')}, "
                    f"{i.get('num_threads')} thread(s)" for i in info) or "no BLAS found by threadpoolctl")
except ImportError:
    print("BLAS unknown (threadpoolctl not installed)")
"""


def header(args, repo, env, tools):
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    commit = capture(["git", "rev-parse", "--short=12", "HEAD"], cwd=repo).strip()
    changed = capture(["git", "status", "--porcelain", "--", "Sources", "Package.swift"], cwd=repo)
    if changed.strip():
        commit += " (with uncommitted changes to Sources/ or Package.swift)"
    swift = capture(["swiftc", "--version"]).splitlines()
    swift = next((line for line in swift if "Swift version" in line), swift[0] if swift else "?")
    versions = capture([sys.executable, "-c",
                        "import sys, nbconvert, nbclient, ipykernel, numpy; "
                        "print(sys.version.split()[0], nbconvert.__version__, nbclient.__version__, "
                        "ipykernel.__version__, numpy.__version__)"]).split()
    blas = capture([sys.executable, "-c", BLAS_PROBE], env=env).strip()
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    return [
        "daftar render vs jupyter nbconvert --execute — wall-clock time of whole processes",
        f"date:    {date}",
        f"cores:   {cores} ({usable} usable by this process); load average at start: {load}",
        f"daftar:  git {commit}, make release (static Swift runtime); cells compiled by {swift.strip()}",
        f"peer:    {tools['jupyter']} nbconvert --to html --execute; Python {versions[0]}, nbconvert {versions[1]}, "
        f"nbclient {versions[2]}, ipykernel {versions[3]}, numpy {versions[4]}",
        f"BLAS:    peer run with OPENBLAS_NUM_THREADS=1, OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset: {blas}",
        f"input:   {os.path.relpath(args.notebook, repo)} ({os.path.getsize(args.notebook)} bytes) vs "
        f"{args.peer} ({os.path.getsize(args.peer)} bytes, converted once by jupytext)",
        f"runs:    {args.warmup} warm-up + {args.runs} measured rounds, alternated; "
        f"{args.freeze_per_round} runs from the freeze per round ({args.freeze_per_round * args.runs} measured)",
    ]


# A stand-in for swiftc that times each call daftar makes (bash's clock, no extra process) and
# writes one line per call to its log: "version <µs>" or "compile <µs>". While the keep-flag file
# exists, it also keeps a copy of the generated program and the compile command line (NUL-separated),
# to be replayed outside daftar.
TIMING_WRAPPER = """#!/bin/bash
started=$EPOCHREALTIME
{swiftc} "$@"
status=$?
ended=$EPOCHREALTIME
kind=compile
[ "$1" = --version ] && kind=version
printf '%s %s\\n' "$kind" "$(( (${{ended/./}} - ${{started/./}}) ))" >> {log}
if [ "$kind" = compile ] && [ -f {keep_flag} ]; then
    for argument in "$@"; do case "$argument" in *.swift) cp "$argument" {kept_source};; esac; done
    printf '%s\\0' "$@" > {kept_arguments}
fi
exit $status
"""

# A stand-in for swiftc that only answers `--version`, with the real compiler's first line, so
# that a run from the freeze shows what the real `swiftc --version` costs it.
VERSION_STUB = """#!/bin/sh
[ "$1" = --version ] || {{ echo "version stub: only --version is answered" >&2; exit 1; }}
printf '%s\\n' {version}
"""


def benchmark(args, work, tools):
    daftar = args.daftar
    env = peer_environment()
    progress = (lambda text: print(text, file=sys.stderr, flush=True)) if not args.quiet else (lambda text: None)

    # The Swift twin in a folder of its own: its freeze goes to <folder>/_freeze/, not the repository's.
    twin_folder = os.path.join(work, "twin")
    os.makedirs(twin_folder)
    twin = os.path.basename(args.notebook)
    shutil.copyfile(args.notebook, os.path.join(twin_folder, twin))
    report = twin[: -len(".md")] + ".html"
    outputs = {name: os.path.join(work, "out-" + name) for name in ("cold", "wrapped", "freeze", "stub")}

    # The Python peer, converted once.
    peer_folder = os.path.join(work, "peer")
    os.makedirs(peer_folder)
    progress("converting the peer with jupytext…")
    run([tools["jupytext"], "--to", "ipynb", args.peer, "-o", os.path.join(peer_folder, "peer.ipynb")], env=env)

    # The swiftc stand-ins.
    swiftc_path = shutil.which("swiftc")
    if swiftc_path is None:
        raise CommandFailed("swiftc is not on PATH")
    log = os.path.join(work, "swiftc-calls.log")
    keep_flag = os.path.join(work, "keep-program")
    kept_source = os.path.join(work, "kept-main.swift")
    kept_arguments = os.path.join(work, "kept-arguments")
    wrapper = os.path.join(work, "swiftc-timed")
    with open(wrapper, "w") as file:
        file.write(TIMING_WRAPPER.format(swiftc=shlex.quote(swiftc_path), log=shlex.quote(log),
                                         keep_flag=shlex.quote(keep_flag), kept_source=shlex.quote(kept_source),
                                         kept_arguments=shlex.quote(kept_arguments)))
    os.chmod(wrapper, 0o755)
    version_line = capture([swiftc_path, "--version"]).splitlines()[0]
    stub = os.path.join(work, "swiftc-version-stub")
    with open(stub, "w") as file:
        file.write(VERSION_STUB.format(version=shlex.quote(version_line)))
    os.chmod(stub, 0o755)

    def render(output, *flags, expect):
        command = [daftar, "render", twin, "-o", outputs[output], *flags]
        return lambda: run(command, expect=expect, cwd=twin_folder, env=env)

    # One cold run through the wrapper: it creates the freeze and keeps the generated program
    # and swiftc's command line, replayed below as `swiftc alone`.
    progress("one cold run to create the freeze and capture the generated program…")
    open(keep_flag, "w").close()
    render("wrapped", "--refresh", "--swiftc", wrapper, expect=EXECUTED)()
    os.remove(keep_flag)
    os.remove(log)
    with open(kept_arguments, "rb") as file:
        arguments = [argument.decode() for argument in file.read().split(b"\0")[:-1]]
    alone_folder = os.path.join(work, "alone")
    os.makedirs(alone_folder)
    alone_source, alone_binary = os.path.join(alone_folder, "main.swift"), os.path.join(alone_folder, "notebook")
    shutil.copyfile(kept_source, alone_source)
    replay = [swiftc_path]
    for index, argument in enumerate(arguments):
        if argument.endswith(".swift"):
            replay.append(alone_source)
        elif index > 0 and arguments[index - 1] == "-o":
            replay.append(alone_binary)
        else:
            replay.append(argument)
    run(replay, env=env)

    compile_times = []

    def wrapped_cold():
        elapsed = render("wrapped", "--refresh", "--swiftc", wrapper, expect=EXECUTED)()
        with open(log) as file:
            calls = [line.split() for line in file]
        os.remove(log)
        compiles = [int(us) / 1000 for kind, us in calls if kind == "compile"]
        # daftar caches `swiftc --version` per compiler binary, so a run asks it at most once.
        if len(compiles) != 1 or [kind for kind, _ in calls].count("version") > 1:
            raise CommandFailed(f"expected one compile and at most one `swiftc --version` per cold run, saw {calls}")
        compile_times.append(compiles[0])
        return elapsed

    commands = [
        ("nbconvert", lambda: run([tools["jupyter"], "nbconvert", "--to", "html", "--execute", "peer.ipynb"],
                                  cwd=peer_folder, env=env), 1),
        ("cold", render("cold", "--refresh", expect=EXECUTED), 1),
        ("freeze", render("freeze", expect=FROM_FREEZE), args.freeze_per_round),
        ("wrapped", wrapped_cold, 1),
        ("swiftc alone", lambda: run(replay, env=env), 1),
        ("program alone", lambda: run([alone_binary], cwd=twin_folder, env=env), 1),
        ("freeze stub", render("stub", "--swiftc", stub, expect=FROM_FREEZE), 1),
        ("swiftc --version", lambda: run([swiftc_path, "--version"], env=env), 1),
        ("daftar --help", lambda: run([daftar, "--help"], env=env), 1),
    ]
    progress(f"{args.warmup} warm-up and {args.runs} measured rounds (about 15 s a round)…")
    alternate(commands, args.warmup)
    compile_times.clear()
    times = alternate(commands, args.runs)

    for path in (os.path.join(peer_folder, "peer.html"), *(os.path.join(outputs[name], report) for name in outputs)):
        with open(path, encoding="utf-8") as file:
            if EVIDENCE not in file.read():
                raise CommandFailed(f"{path} lacks the gradient-norm cell's output ({EVIDENCE!r})")

    def ratio(name, denominator):
        return median(times[name]) / median(times[denominator])

    compile_share = median(compile_times) / median(times["cold"])
    rows = [
        ("nbconvert --execute (peer)", times["nbconvert"], None, None),
        ("daftar cold (--refresh)", times["cold"], ratio("cold", "nbconvert"), COLD_TARGET),
        ("daftar from the freeze", times["freeze"], ratio("freeze", "nbconvert"), FREEZE_TARGET),
        ("context: compile inside a cold run (÷ cold)", compile_times, compile_share, None),
        ("context: swiftc alone, same command (÷ cold)", times["swiftc alone"], ratio("swiftc alone", "cold"), None),
        ("context: compiled program alone (÷ cold)", times["program alone"], ratio("program alone", "cold"), None),
        ("context: cold, swiftc timed by wrapper (÷ cold)", times["wrapped"], ratio("wrapped", "cold"), None),
        ("context: freeze, swiftc --version stubbed (÷ freeze)", times["freeze stub"], ratio("freeze stub", "freeze"), None),
        ("context: swiftc --version (÷ freeze)", times["swiftc --version"], ratio("swiftc --version", "freeze"), None),
        ("context: startup daftar --help (÷ freeze)", times["daftar --help"], ratio("daftar --help", "freeze"), None),
    ]
    rest = median(times["cold"]) - median(compile_times) - median(times["program alone"])
    notes = [
        "",
        "ratio = median / nbconvert's median (context lines: / daftar cold's or / daftar from the freeze's, as named); "
        f"targets: cold ≤ {COLD_TARGET:.2f}, from the freeze ≤ 1/20 = {FREEZE_TARGET:.2f}",
        f"compile share of a cold run: {compile_share:.0%} (swiftc's compile call timed inside each run; "
        f"replayed alone: {ratio('swiftc alone', 'cold'):.0%})",
        f"a cold run ≈ compile {median(compile_times):.0f} ms "
        f"+ cells {median(times['program alone']):.0f} ms + the rest "
        f"{f'{rest:.0f} ms' if rest >= 0 else '≈ 0 ms (the parts add up to more than the whole: noise)'} "
        "(start-up, parse, output capture, render, write, waiting on child processes)",
        f"from the freeze: {median(times['freeze']):.0f} ms with the real swiftc, {median(times['freeze stub']):.0f} ms with "
        "a stub answering only --version (daftar caches the version per compiler binary, so neither asks it each run)",
    ]
    if args.runs < 5 or args.freeze_per_round * args.runs < 10:
        notes.append("NOTE: fewer than 5 rounds or 10 runs from the freeze — a quick look, not a figure to report")
    return table(rows) + notes


def tool(name):
    """`name` beside the Python running this script (not a pyenv shim, which costs ~0.1 s), else on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    if os.access(beside, os.X_OK):
        return beside
    found = shutil.which(name)
    if found is None:
        raise CommandFailed(f"{name} is not installed (Benchmarks/daftar-vs-nbconvert.sh installs it)")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--daftar", required=True, help="the daftar binary")
    parser.add_argument("--notebook", required=True, help="the Swift notebook (Benchmarks/activations-twin.md)")
    parser.add_argument("--peer", required=True, help="the Python peer in jupytext Markdown")
    parser.add_argument("--runs", type=int, default=7, help="measured rounds (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up rounds before them (default 1)")
    parser.add_argument("--freeze-per-round", type=int, default=3,
                        help="runs from the freeze in each round (default 3)")
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    args = parser.parse_args()
    if args.runs < 1 or args.warmup < 0 or args.freeze_per_round < 1:
        parser.error("--runs and --freeze-per-round must be at least 1, --warmup at least 0")
    args.daftar = os.path.abspath(args.daftar)
    args.notebook = os.path.abspath(args.notebook)
    args.peer = os.path.abspath(args.peer)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    # A SIGTERM unwinds like Ctrl-C does, so the temporary folder is removed either way.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        tools = {"jupyter": tool("jupyter"), "jupytext": tool("jupytext")}
        lines = header(args, repo, peer_environment(), tools)
        with tempfile.TemporaryDirectory(prefix="daftar-bench-") as work:
            lines += [""] + benchmark(args, work, tools)
    except CommandFailed as failure:
        print(f"error: a benchmarked command failed: {failure}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

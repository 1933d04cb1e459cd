#!/usr/bin/env python3
"""Kills `daftar render` at random moments and checks that nothing it had written is lost.

A folder of notebooks with Swift cells is flipped between two states (A and B: another seed, so
other outputs) and rendered; each render is killed after a random delay with SIGKILL or SIGINT.
After each kill every report, the index and every freeze must be complete and be either the
state-A or the state-B version of itself (freezes compared without their timings); after SIGINT
no temporary file may remain and no process daftar started may still run. Then two failures of
the file system: a full disk (a small tmpfs) and a read-only output folder (a read-only tmpfs),
each of which must give a clear error, a non-zero exit and leave the previous files whole.

Needs root for the two mounts (they are skipped, and said to be, without it). Standard library
only. Usage: Hardening/crash_safety.py [--daftar PATH] [--kills N] [--seed N]
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

NOTEBOOKS = 3


def notebook(index, seed):
    """A notebook whose outputs depend on `seed`: two cells, a chart-free display and an inline value."""
    return f"""---
title: Notebook {index}
params:
  seed: {seed}
---

# Notebook {index}

```swift
var state = UInt64(seed + {index})
func next() -> UInt64 {{ state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }}
print((0..<20).map {{ _ in String(next() % 1000) }}.joined(separator: " "))
```

The last draw was `{{swift}} next() % 100`.

```swift
display(html: "<p>seed \\(seed), draw \\(next() % 7)</p>")
```
"""


def write_state(folder, seed):
    for index in range(NOTEBOOKS):
        with open(os.path.join(folder, f"n{index}.md"), "w") as handle:
            handle.write(notebook(index, seed))


def digest(path):
    """The file's SHA-256; a freeze is hashed without its timings, which differ between runs."""
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".json"):
        json.loads(data)  # a freeze must be whole JSON
        data = re.sub(rb'"seconds" : [0-9.e-]+', b'"seconds" : 0', data)
    return hashlib.sha256(data).hexdigest()


def tree(folder):
    """{relative path: digest} of every file below `folder`."""
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            files[os.path.relpath(path, folder)] = digest(path)
    return files


def render(daftar, folder, env, check=True):
    result = subprocess.run([daftar, "render", ".", "-o", "out", "--jobs", "2", "--quiet"], cwd=folder,
                            env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"render failed ({result.returncode}):\n{result.stderr}")
    return result


def reference(daftar, work, seed, env):
    """Renders state `seed` in a folder of its own: the version of each file that state writes."""
    folder = os.path.join(work, f"reference-{seed}")
    os.makedirs(folder)
    write_state(folder, seed)
    started = time.perf_counter()
    render(daftar, folder, env)
    return tree(os.path.join(folder, "out")), tree(os.path.join(folder, "_freeze")), time.perf_counter() - started


def leftovers(entry):
    """Processes whose environment holds `entry`: what a render started and left running."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as handle:
                if entry.encode() in handle.read().split(b"\0"):
                    found.append(int(name))
        except OSError:
            pass
    return found


def wait_for_no_leftovers(entry, seconds=3.0):
    deadline = time.time() + seconds
    while leftovers(entry) and time.time() < deadline:
        time.sleep(0.05)
    return leftovers(entry)


def check_versions(folder, references, what):
    """Every file is complete and is one of the states' versions of itself."""
    problems = []
    for sub, index in (("out", 0), ("_freeze", 1)):
        root = os.path.join(folder, sub)
        if not os.path.isdir(root):
            continue
        for relative, value in tree(root).items():
            if relative.endswith(".tmp") or "/." in "/" + relative:
                continue
            allowed = {ref[index].get(relative) for ref in references}
            if value not in allowed:
                problems.append(f"{what}: {sub}/{relative} is neither version")
    return problems


def temporary_files(folder):
    return [os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
            if name.endswith(".tmp") and name.startswith(".")]


def kill_loop(daftar, work, kills, rng, env, references, full_time):
    folder = os.path.join(work, "target")
    os.makedirs(folder)
    write_state(folder, 1)
    render(daftar, folder, env)
    tmp = os.path.join(work, "tmp")
    os.makedirs(tmp, exist_ok=True)
    # Every process a render starts inherits this; after SIGKILL its leftovers are this script's
    # to kill, after SIGINT any leftover is a failure.
    marker = f"DAFTAR_CRASH_TEST={os.getpid()}"
    run_env = dict(env, TMPDIR=tmp, DAFTAR_CRASH_TEST=str(os.getpid()))
    problems, seen = [], {"SIGKILL": 0, "SIGINT": 0}
    state = 1
    for kill in range(kills):
        state = 2 if state == 1 else 1
        write_state(folder, state)
        which = rng.choice([signal.SIGKILL, signal.SIGINT])
        delay = rng.uniform(0, full_time)
        process = subprocess.Popen([daftar, "render", ".", "-o", "out", "--jobs", "2", "--quiet"], cwd=folder,
                                   env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(which)
            seen[which.name] += 1
        _, stderr = process.communicate()
        what = f"kill {kill + 1} ({which.name} after {delay:.2f} s, exit {process.returncode})"
        problems += check_versions(folder, references, what)
        if which == signal.SIGINT:
            left = temporary_files(folder) + [os.path.relpath(os.path.join(root, n), tmp)
                                              for root, dirs, names in os.walk(tmp) for n in dirs + names]
            if left:
                problems.append(f"{what}: temporary files left: {left}")
            if process.returncode not in (0, 130):
                problems.append(f"{what}: exit status {process.returncode}: {stderr.decode()[-300:]}")
        running = wait_for_no_leftovers(marker)
        if running and which == signal.SIGINT:
            problems.append(f"{what}: processes left running: {running}")
        for pid in running:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        wait_for_no_leftovers(marker)
        # After SIGKILL, temporaries may remain (nothing can delete them); clear them for the next round.
        for path in temporary_files(folder):
            os.remove(path)
        shutil.rmtree(tmp)
        os.makedirs(tmp)
        print(f"{what}: {'ok' if not problems else len(problems)}", file=sys.stderr)
    # A render to the end after all that still writes a whole state.
    render(daftar, folder, env)
    final = (tree(os.path.join(folder, "out")), tree(os.path.join(folder, "_freeze")))
    if final != references[state - 1][:2]:
        problems.append("the final complete render does not match its state's reference")
    return problems, seen


def mounted_failure(daftar, work, env, options, what):
    """Renders into an output folder on a tmpfs mounted with `options`; the render must fail
    clearly and the files already there must stay whole."""
    folder = os.path.join(work, what)
    os.makedirs(os.path.join(folder, "out"))
    write_state(folder, 1)
    render(daftar, folder, env)
    before = tree(os.path.join(folder, "out"))
    stash = os.path.join(work, what + "-stash")
    shutil.copytree(os.path.join(folder, "out"), stash)
    out = os.path.join(folder, "out")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", out]).returncode != 0:
        return [f"{what}: cannot mount a tmpfs"]
    try:
        if "ro" not in options.split(","):
            shutil.copytree(stash, out, dirs_exist_ok=True)
        else:
            subprocess.run(["mount", "-o", "remount,rw", out], check=True)
            shutil.copytree(stash, out, dirs_exist_ok=True)
            subprocess.run(["mount", "-o", "remount,ro", out], check=True)
        if "size" in options:
            # Fill what is left, so that the next write cannot complete.
            with open(os.path.join(out, "filler"), "wb") as handle:
                try:
                    while True:
                        handle.write(b"\0" * 65536)
                except OSError:
                    pass
        write_state(folder, 2)
        result = render(daftar, folder, env, check=False)
        problems = []
        message = result.stderr.strip().splitlines()[:3]
        print(f"{what}: exit {result.returncode}; {' / '.join(message)}", file=sys.stderr)
        if result.returncode == 0:
            problems.append(f"{what}: the render succeeded")
        if "cannot write" not in result.stderr:
            problems.append(f"{what}: no clear message: {result.stderr[-300:]}")
        after = {k: v for k, v in tree(out).items() if k != "filler"}
        if after != before:
            problems.append(f"{what}: files changed: {sorted(set(after.items()) ^ set(before.items()))[:4]}")
        if temporary_files(out):
            problems.append(f"{what}: temporary files left: {temporary_files(out)}")
        return problems
    finally:
        subprocess.run(["umount", out])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--daftar", default=".build/release/daftar")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    daftar = os.path.abspath(arguments.daftar)
    if not os.access(daftar, os.X_OK):
        sys.exit(f"no daftar at {daftar}; build it with `make release` or pass --daftar")
    rng = random.Random(arguments.seed)
    env = dict(os.environ)
    work = tempfile.mkdtemp(prefix="daftar-crash-")
    try:
        reference_a = reference(daftar, work, 1, env)
        reference_b = reference(daftar, work, 2, env)
        full_time = max(reference_a[2], reference_b[2])
        print(f"a cold render of {NOTEBOOKS} notebooks takes {full_time:.2f} s; killing within that", file=sys.stderr)
        problems, seen = kill_loop(daftar, work, arguments.kills, rng, env, [reference_a, reference_b], full_time)
        if os.geteuid() == 0:
            problems += mounted_failure(daftar, work, env, "size=2m", "full-disk")
            problems += mounted_failure(daftar, work, env, "ro", "read-only")
        else:
            print("not root: the full-disk and read-only cases are skipped", file=sys.stderr)
        print(f"{arguments.kills} renders, {seen['SIGKILL']} killed with SIGKILL and {seen['SIGINT']} with SIGINT "
              f"while running; {len(problems)} problems")
        for problem in problems:
            print("  " + problem)
        sys.exit(1 if problems else 0)
    finally:
        subprocess.run(["umount", "-q", os.path.join(work, "full-disk", "out")], stderr=subprocess.DEVNULL)
        subprocess.run(["umount", "-q", os.path.join(work, "read-only", "out")], stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

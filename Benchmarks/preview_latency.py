#!/usr/bin/env python3
"""How long a prose edit takes to show: `daftar preview` against running `daftar render` again.

Called by Benchmarks/preview-latency.sh. Standard library only. Copies the notebooks with their
freezes into a temporary folder and starts `daftar preview` on it; each round appends a marker
sentence to the notebook's prose, saved as editors save (a temporary file renamed over it), then
(1) polls the served page every 2 ms until the sentence is in it and (2) times a whole
`daftar render NOTEBOOK` of the same file, a fresh process that reads the same freeze. The two
alternate within each round.
"""

import argparse
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def save_by_rename(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.rename(temporary, path)


def fetch(port, target):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", target)
    body = connection.getresponse().read().decode("utf-8", errors="replace")
    connection.close()
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--daftar", required=True)
    parser.add_argument("--notebooks", required=True, help="the folder of notebooks (with _freeze)")
    parser.add_argument("--notebook", required=True, help="the notebook to edit, relative to --notebooks")
    parser.add_argument("--rounds", type=int, default=20)
    arguments = parser.parse_args()

    work = tempfile.mkdtemp(prefix="daftar-preview-latency-")
    preview = None
    try:
        folder = os.path.join(work, "Notebooks")
        shutil.copytree(arguments.notebooks, folder)
        path = os.path.join(folder, arguments.notebook)
        with open(path, encoding="utf-8") as handle:
            original = handle.read()
        report = "/" + os.path.splitext(arguments.notebook)[0] + ".html"
        preview = subprocess.Popen(
            [arguments.daftar, "preview", folder, "--port", "0", "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        address = preview.stdout.readline().strip()
        port = int(address.rsplit(":", 1)[1].strip("/"))
        preview_times, render_times = [], []
        for round_number in range(arguments.rounds):
            marker = f"Marker sentence {round_number} {time.time_ns()}."
            started = time.perf_counter()
            save_by_rename(path, original + "\n" + marker + "\n")
            while marker not in fetch(port, report):
                if time.perf_counter() - started > 30:
                    raise SystemExit("the preview did not show the edit within 30 s")
                time.sleep(0.002)
            preview_times.append((time.perf_counter() - started) * 1000)

            started = time.perf_counter()
            result = subprocess.run([arguments.daftar, "render", path, "--output", os.path.join(work, "Output"), "--quiet"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            render_times.append((time.perf_counter() - started) * 1000)
            if result.returncode != 0:
                raise SystemExit("daftar render failed: " + result.stderr.decode(errors="replace"))
        print(f"prose edit of {arguments.notebook}, {arguments.rounds} rounds, milliseconds")
        print("| what | median | min | max |")
        print("| --- | ---: | ---: | ---: |")
        for name, times in (("daftar preview: save → new page served", preview_times),
                            ("daftar render NOTEBOOK (whole process, from the freeze)", render_times)):
            print(f"| {name} | {statistics.median(times):.1f} | {min(times):.1f} | {max(times):.1f} |")
    finally:
        if preview is not None:
            preview.send_signal(signal.SIGINT)
            preview.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

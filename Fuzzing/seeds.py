#!/usr/bin/env python3
"""Writes the fuzz targets' seed inputs, one file each, from the repository's own texts.

Usage: seeds.py WORK_FOLDER (writes WORK_FOLDER/seeds/<target>/)."""
import glob
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(folder, texts):
    os.makedirs(folder, exist_ok=True)
    for index, text in enumerate(texts):
        with open(os.path.join(folder, f"seed-{index:05}"), "w") as handle:
            handle.write(text)


def jupyter(markdown):
    """An nbformat 4.5 notebook holding `markdown` as a Markdown cell and a code cell with one
    output of each kind, so that the fuzzer starts from the shapes the reader knows."""
    outputs = [
        {"output_type": "stream", "name": "stdout", "text": ["a\n", "b"]},
        {"output_type": "display_data", "metadata": {}, "data": {
            "text/html": "<b>x</b>", "image/png": "iVBORw0KGgo=", "text/latex": "$x^2$",
            "image/svg+xml": "<svg xmlns='http://www.w3.org/2000/svg'/>", "text/plain": "x"}},
        {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"application/json": {"a": [1]}}},
        {"output_type": "error", "ename": "E", "evalue": "v", "traceback": ["\u001b[1;31mE\u001b[0m: v"]},
    ]
    return json.dumps({
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "language": "python"}, "title": "t"},
        "cells": [
            {"cell_type": "markdown", "id": "m", "metadata": {}, "source": markdown},
            {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": 1, "source": "#| echo: false\nprint(1)",
             "outputs": outputs},
        ],
    }, indent=1)


def main():
    seeds = os.path.join(sys.argv[1], "seeds")
    notebooks = [open(path).read() for path in sorted(glob.glob(os.path.join(ROOT, "Notebooks", "*.md")))]
    fixtures = os.path.join(ROOT, "Tests", "DaftarCLITests", "Fixtures", "Conformance")
    examples = []
    for name in ("commonmark-0.30-spec.json", "gfm-0.29-extensions.json"):
        with open(os.path.join(fixtures, name)) as handle:
            examples += [example["markdown"] for example in json.load(handle)]
    # The notebook target's first byte picks the dialect: each seed once in each.
    write(os.path.join(seeds, "FuzzNotebook"), [dialect + text for text in notebooks + examples for dialect in "\0\1\2"])
    write(os.path.join(seeds, "FuzzIpynb"), [jupyter(text) for text in notebooks + examples[::10]])
    with open(os.path.join(ROOT, "Tests", "DaftarMathTests", "Fixtures", "corpus.txt")) as handle:
        # `name mode TeX` lines.
        formulas = [line.rstrip("\n").split(" ", 2)[2] for line in handle
                    if line.strip() and not line.startswith("#") and line.count(" ") >= 2]
    write(os.path.join(seeds, "FuzzTeX"), formulas)
    bibliographies = [open(path).read() for path in glob.glob(os.path.join(ROOT, "Notebooks", "*.bib"))]
    entries = []
    for bibliography in bibliographies:
        entries += ["@" + entry for entry in bibliography.split("\n@") if entry.strip()]
    write(os.path.join(seeds, "FuzzBibTeX"), bibliographies + entries)


if __name__ == "__main__":
    main()

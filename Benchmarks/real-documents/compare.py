#!/usr/bin/env python3
"""Renders a folder of real Markdown documents with `daftar render` and with pandoc, and compares
the two reports construct by construct (tables, divs and callouts, footnotes, cross-references,
citations, images, math, headings and their ids, lists, code blocks, broken in-page links, and
syntax left in the text as literal characters).

It downloads nothing: the documents are given to it (see README.md beside it for how the
experiment's documents were gathered). Standard library only.

    Benchmarks/real-documents/compare.py FOLDER [--daftar PATH] [--pandoc PATH] [--out DIR]

Prints one table row per document, then a summary by construct. Exit status 0 when every
command ran (whatever the differences); 2 on a usage error.
"""

import argparse
import collections
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

SUFFIXES = (".md", ".qmd", ".markdown")
PANDOC_FLAGS = ["-f", "markdown", "-t", "html5", "--mathml", "--standalone"]


class Report(html.parser.HTMLParser):
    """Counts what a report's body holds; ignores the page chrome (head, title block, contents)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.counts = collections.Counter()
        self.ids = set()
        self.heading_ids = []
        self.local_links = []
        self.stack = []  # (tag, skip) for open elements
        self.skip_depth = 0  # inside <head>, <nav>, <header>, <style>, <script>, <pre>, <code>, <math>
        self.text = []

    SKIP = {"head", "style", "script", "nav", "header", "pre", "code", "math", "svg"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if a.get("id"):
            self.ids.add(a["id"])
        if tag not in self.VOID:
            self.stack.append(tag)
        in_chrome = self.skip_depth > 0
        if tag in self.SKIP:
            # Counted constructs first: a <pre> or <math> is itself a construct.
            if tag == "pre" and not in_chrome:
                self.counts["code blocks"] += 1
            if tag == "math" and not any(t in ("head", "nav", "header") for t in self.stack[:-1]):
                self.counts["math"] += 1
                if a.get("display") == "block":
                    self.counts["display math"] += 1
            if tag not in self.VOID:
                self.skip_depth += 1
            return
        if in_chrome:
            return
        if tag == "table":
            self.counts["tables"] += 1
        elif tag == "img":
            self.counts["images"] += 1
        elif tag == "figure":
            self.counts["figures"] += 1
        elif tag in ("div", "aside", "details", "section") and any(c.startswith("callout") for c in classes):
            if any(re.fullmatch(r"callout-(note|tip|warning|important|caution)", c) for c in classes):
                self.counts["callouts"] += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.counts["headings"] += 1
            self.heading_ids.append(a.get("id") or "")
        elif tag in ("ul", "ol"):
            self.counts["lists"] += 1
        elif tag == "dl":
            self.counts["definition lists"] += 1
        elif tag == "del":
            self.counts["strikeouts"] += 1
        elif tag == "input" and a.get("type") == "checkbox":
            self.counts["task items"] += 1
        if tag == "a":
            href = a.get("href") or ""
            if "footnote-ref" in classes or re.fullmatch(r"#fn[-:]?\w+", href):
                self.counts["footnote refs"] += 1
            if href.startswith("#") and len(href) > 1:
                self.local_links.append(href[1:])
        if tag == "span" and "citation" in classes:
            self.counts["citations"] += 1
        if "quarto-xref" in classes or "xref" in classes or "cross-ref" in classes:
            self.counts["cross-refs"] += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        # Pop to the matching tag (tolerates unclosed <p>, <li> and the like).
        while self.stack:
            top = self.stack.pop()
            if top in self.SKIP:
                self.skip_depth -= 1
            if top == tag:
                break

    def handle_data(self, data):
        if self.skip_depth == 0:
            self.text.append(data)


LEFTOVERS = {
    # Syntax that shows as literal text when a renderer did not read it.
    "':::' fence": re.compile(r"^\s*:::", re.M),
    "'{#…}' attribute": re.compile(r"\{[#.][\w-]"),
    "'[^x]' note": re.compile(r"\[\^[^\]\s]+\]"),
    "'|---|' row": re.compile(r"\|\s*:?-{3,}"),
    "'?@x' unknown ref": re.compile(r"\?@[\w-]+"),
    "'$$' math": re.compile(r"\$\$"),
}


def leftovers(text):
    found = collections.Counter()
    for name, pattern in LEFTOVERS.items():
        n = len(pattern.findall(text))
        if n:
            found[name] = n
    return found


def analyse(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        content = handle.read()
    # Daftar writes a Quarto-style cross-reference as a link whose text starts with the kind.
    report = Report()
    report.feed(content)
    text = "".join(report.text)
    # Browsers match a fragment percent-decoded too (`#%D7%AA…` finds `id="ת…"`).
    broken = sorted({link for link in report.local_links
                     if link not in report.ids and urllib.parse.unquote(link) not in report.ids})
    return report, text, broken


def source_facts(text):
    """What the Markdown source asks for, so that a shared count of 0 is not read as a match."""
    body = re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.M | re.S)  # code blocks out
    return {
        "xref": len(re.findall(r"(?<![\w@])@(fig|tbl|eq|sec|lst|thm|lem)-[\w-]+", body)),
        "cite": len(re.findall(r"(?<![\w@])\[?-?@(?!(fig|tbl|eq|sec|lst)-)[A-Za-z][\w:.#$%&+?<>~/-]*", body)),
        "notes": len(re.findall(r"\[\^[^\]\s]+\](?!:)", body)) + body.count("^["),
        "divs": len(re.findall(r"^\s*:::+\s*\{?[.#\w]", body, re.M)),
    }


def run(command):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return result, (time.perf_counter() - started) * 1000


def warning_kinds(stderr):
    """Daftar's --diagnostics json lines, grouped by a message's leading words."""
    kinds = collections.Counter()
    errors = 0
    for line in stderr.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict) or "severity" not in record:
            continue
        if record["severity"] == "error":
            errors += 1
        message = record.get("message", "")
        # The message with its quoted parts elided and without its explanation in parentheses
        # or after a semicolon: "the image `a.png` cannot be read (…)" → "the image … cannot be read".
        kind = re.sub(r"`[^`]*`|@[\w:-]+", "…", message)
        kind = re.split(r"\s*[(;]", kind)[0].strip()
        kinds[kind if record["severity"] == "warning" else f"error: {kind}"] += 1
    return kinds, errors


CONSTRUCTS = ["tables", "callouts", "footnote refs", "cross-refs", "citations", "images", "figures", "math",
              "display math", "headings", "lists", "definition lists", "task items", "strikeouts",
              "code blocks"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--daftar", default=os.path.join(here, "..", "..", ".build", "release", "daftar"))
    parser.add_argument("--pandoc", default="pandoc")
    parser.add_argument("--out", default=None, help="where both reports go (default: a temporary folder, kept)")
    parser.add_argument("--json", action="store_true", help="also print every document's figures as JSON")
    args = parser.parse_args()

    documents = sorted(name for name in os.listdir(args.folder) if name.endswith(SUFFIXES))
    if not documents:
        parser.error(f"no {', '.join(SUFFIXES)} files in {args.folder}")
    out = args.out or tempfile.mkdtemp(prefix="daftar-realdocs-")
    os.makedirs(os.path.join(out, "daftar"), exist_ok=True)
    os.makedirs(os.path.join(out, "pandoc"), exist_ok=True)
    pandoc_version = subprocess.run([args.pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]

    rows = []
    for name in documents:
        source = os.path.join(args.folder, name)
        stem = os.path.splitext(name)[0]
        with open(source, encoding="utf-8", errors="replace") as handle:
            facts = source_facts(handle.read())
        d_out = os.path.join(out, "daftar")
        d_result, d_ms = run([args.daftar, "render", source, "-o", d_out, "--quiet", "--diagnostics", "json"])
        p_html = os.path.join(out, "pandoc", stem + ".html")
        p_result, p_ms = run([args.pandoc, *PANDOC_FLAGS, source, "-o", p_html])
        kinds, errors = warning_kinds(d_result.stderr)
        d_html = os.path.join(d_out, stem + ".html")
        row = {"name": name, "bytes": os.path.getsize(source), "daftar exit": d_result.returncode,
               "warnings": sum(kinds.values()) - errors, "errors": errors, "kinds": dict(kinds),
               "daftar ms": round(d_ms), "pandoc exit": p_result.returncode, "pandoc ms": round(p_ms),
               "source": facts}
        for tool, html_path in (("daftar", d_html), ("pandoc", p_html)):
            if os.path.exists(html_path):
                report, text, broken = analyse(html_path)
                row[tool] = {"counts": {c: report.counts.get(c, 0) for c in CONSTRUCTS},
                             "heading ids": report.heading_ids, "broken links": broken,
                             "leftovers": dict(leftovers(text))}
            else:
                row[tool] = None
        rows.append(row)
        print(f"{name}: daftar exit {d_result.returncode} in {d_ms:.0f} ms, pandoc {p_ms:.0f} ms",
              file=sys.stderr)

    print(f"daftar: {args.daftar}\npandoc: {pandoc_version} ({' '.join(PANDOC_FLAGS)})\nreports: {out}\n")
    print("| document | bytes | daftar exit | warnings | daftar ms | pandoc ms | same count as pandoc | differs (daftar/pandoc) | broken #links d/p | literal syntax left: daftar; pandoc |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |")
    summary = collections.defaultdict(lambda: [0, 0])  # construct → [same, differs], where either has one
    for row in rows:
        d, p = row["daftar"], row["pandoc"]
        if d is None or p is None:
            print(f"| {row['name']} | {row['bytes']} | {row['daftar exit']} | {row['warnings']} | "
                  f"{row['daftar ms']} | {row['pandoc ms']} | (no report) | | | |")
            continue
        same, differs = [], []
        for c in CONSTRUCTS:
            dv, pv = d["counts"][c], p["counts"][c]
            if dv == 0 and pv == 0:
                continue
            if dv == pv:
                same.append(f"{c} {dv}")
                summary[c][0] += 1
            else:
                differs.append(f"{c} {dv}/{pv}")
                summary[c][1] += 1
        d_ids, p_ids = d["heading ids"], p["heading ids"]
        common = len(set(d_ids) & set(p_ids))
        if d_ids or p_ids:
            label = f"heading ids {common}/{len(p_ids)}"
            (same if common == len(p_ids) == len(d_ids) else differs).append(label)
            summary["heading ids"][0 if common == len(p_ids) == len(d_ids) else 1] += 1
        kinds = ", ".join(f"{k} ×{n}" for k, n in sorted(row["kinds"].items(), key=lambda kv: -kv[1]))
        left = "; ".join(", ".join(f"{k} ×{n}" for k, n in r["leftovers"].items()) or "none" for r in (d, p))
        if left == "none; none":
            left = ""
        print(f"| {row['name']} | {row['bytes']} | {row['daftar exit']} | {row['warnings']}"
              f"{' (' + kinds + ')' if kinds else ''} | {row['daftar ms']} | {row['pandoc ms']} | "
              f"{', '.join(same)} | {', '.join(differs)} | {len(d['broken links'])}/{len(p['broken links'])} | {left} |")

    print("\n| construct | documents where daftar's count equals pandoc's | documents where it differs |")
    print("| --- | ---: | ---: |")
    for c in CONSTRUCTS + ["heading ids"]:
        if c in summary:
            print(f"| {c} | {summary[c][0]} | {summary[c][1]} |")
    print("\nNote: pandoc 2.x without filters does not resolve Quarto cross-references or callouts and, "
          "without --citeproc, leaves citations as <span class=\"citation\">; a count that differs "
          "there is Daftar doing what Quarto does, not an error. Read the reports side by side.")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

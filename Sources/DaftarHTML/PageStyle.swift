import DaftarCharts

/// The stylesheet every report carries inline: readable on a phone and a desktop, light and dark,
/// printable, with fonts for Arabic script, and code and math kept left to right.
///
/// Formulas are MathML (`<math>`): a math font where there is one, each cell of `cases` and
/// `aligned` aligned as its `columnalign` says (MathML Core leaves that attribute to CSS), the
/// two columns of each `&=` pair in `aligned` touching, the punctuation after a formula on its
/// line, and a
/// display formula or a table wider than a phone's screen scrolls instead of widening the page
/// (a table's caption staying in view, wrapped to the screen).
/// Every text colour keeps a contrast of at least 4.5:1 on the backgrounds it is shown on; SVG a
/// cell draws by hand (black text by default, as for Jupyter's white page) gets a white backdrop
/// in dark mode. A computed number in a table cell is never broken at the `-` of its exponent.
///
/// The chart series' colours come from `Palette`, the one definition the charts use too.
enum PageStyle {
    static let css = """
    :root {
      color-scheme: light dark;
      --text: #1d1d1f; --muted: #5f6368; --background: #ffffff; --surface: #f5f6f8; --border: #d9dce1;
      --link: #0b57d0; --alert: #b3261e;
      --keyword: #a626a4; --type: #0e7490; --string: #b45309; --escape: #9a3412; --comment: #656b78;
      --number: #1d4ed8; --attribute: #7c3aed; --directive: #be185d; --operator: #374151;
      \(seriesColours(dark: false, indent: "  "))
      --daftar-chart-background: var(--background);
      --callout-note: #0b57d0; --callout-tip: #1e7b34; --callout-warning: #b06000;
      --callout-important: #c5221f; --callout-caution: #b3541e;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6e6e6; --muted: #a0a4ab; --background: #16181d; --surface: #1f232a; --border: #343944;
        --link: #8ab4f8; --alert: #f2b8b5;
        --keyword: #e38ee0; --type: #67d3e8; --string: #f2b36b; --escape: #fb923c; --comment: #9ca3af;
        --number: #93b4ff; --attribute: #c4a5ff; --directive: #f58ac0; --operator: #d1d5db;
        \(seriesColours(dark: true, indent: "    "))
        --callout-note: #8ab4f8; --callout-tip: #81c995; --callout-warning: #fdd663;
        --callout-important: #f28b82; --callout-caution: #fcad70;
      }
      .cell-output-display > svg:not(.daftar-chart) { background: #ffffff; color: #1d1d1f; border-radius: 0.4em; }
    }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0 auto; max-width: 46rem; padding: 1.25rem 1rem 4rem;
      font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic",
        "Geeza Pro", Tahoma, "DejaVu Sans", sans-serif;
      font-size: 1.0625rem; line-height: 1.65; color: var(--text); background: var(--background);
      overflow-wrap: break-word;
    }
    :lang(ar), :lang(fa), :lang(ur) {
      font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", Tahoma,
        "DejaVu Sans", sans-serif;
      line-height: 1.9;
    }
    h1, h2, h3, h4, h5, h6 { line-height: 1.3; margin: 1.8em 0 0.6em; }
    h1 { font-size: 1.9rem; } h2 { font-size: 1.5rem; } h3 { font-size: 1.3rem; } h4 { font-size: 1.12rem; }
    a { color: var(--link); }
    p, ul, ol, blockquote, pre, table { margin: 0 0 1em; }
    ul, ol { padding-inline-start: 1.6em; }
    li > ul, li > ol { margin-bottom: 0; }
    blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 0.25em solid var(--border); color: var(--muted); }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2em 0; }
    img, svg { max-width: 100%; height: auto; }
    code, kbd, samp, pre {
      font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 0.88em;
    }
    code, kbd, samp, math { direction: ltr; unicode-bidi: isolate; }
    :not(pre) > code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 0.25em; }
    pre {
      direction: ltr; text-align: left; overflow-x: auto; padding: 0.8em 1em; line-height: 1.5;
      background: var(--surface); border: 1px solid var(--border); border-radius: 0.4em; tab-size: 4;
    }
    pre code { font-size: inherit; }
    math { font-family: "Latin Modern Math", "STIX Two Math", "Cambria Math", "DejaVu Math TeX Gyre", "Noto Sans Math", math; }
    .nobreak { white-space: nowrap; }
    math[display="block"] { margin: 1em 0; overflow-x: auto; overflow-y: hidden; }
    mtd[columnalign="left"] { text-align: left; } mtd[columnalign="right"] { text-align: right; }
    mtd[columnalign="right"] { padding-inline-end: 0; } mtd[columnalign="right"] + mtd[columnalign="left"] { padding-inline-start: 0; }
    header#title-block-header { margin-bottom: 2em; }
    header#title-block-header h1 { margin-top: 0.5em; }
    .author, .date { color: var(--muted); margin: 0.2em 0; }
    nav#TOC { background: var(--surface); border: 1px solid var(--border); border-radius: 0.4em; padding: 0.8em 1.2em; margin-bottom: 2em; }
    nav#TOC h2 { font-size: 1rem; margin: 0 0 0.4em; }
    nav#TOC ul { margin: 0; padding-inline-start: 1.2em; }
    nav#TOC > ul { padding-inline-start: 0; list-style: none; }
    .cell { margin: 0 0 1em; }
    .cell details > summary { cursor: pointer; color: var(--muted); }
    .cell-output pre { background: transparent; border-style: dashed; }
    .cell-output-stderr pre, .cell-output-error pre { border-color: var(--alert); border-style: solid; }
    .cell-output-error pre { color: var(--alert); }
    .cell-output-truncated, .cell-output-not-run p { color: var(--muted); font-style: italic; font-size: 0.95em; }
    .cell-output-display { overflow-x: auto; margin-bottom: 1em; }
    td .swift-value { white-space: nowrap; }
    figure { margin: 0 0 1.5em; }
    figcaption { color: var(--muted); font-size: 0.95em; margin-top: 0.4em; text-align: center; }
    figure.table > figcaption { margin: 0 0 0.4em; text-align: start; }
    .cross-ref-missing { color: var(--alert); }
    figure > img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
    .footnote-ref { unicode-bidi: isolate; text-decoration: none; }
    .footnotes { font-size: 0.92em; } .footnote-back { text-decoration: none; margin-inline-start: 0.3em; }
    .kw { color: var(--keyword); } .ty { color: var(--type); } .st { color: var(--string); }
    .si, .es { color: var(--escape); } .co { color: var(--comment); font-style: italic; }
    .nu { color: var(--number); } .at { color: var(--attribute); } .pp { color: var(--directive); }
    .op { color: var(--operator); }
    table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow-x: auto; }
    th, td { border-bottom: 1px solid var(--border); padding: 0.3em 0.8em; text-align: start; }
    table caption { caption-side: top; color: var(--muted); font-size: 0.95em; padding-bottom: 0.3em; text-align: start; }
    table caption { max-width: min(46rem, calc(100vw - 2rem)); position: sticky; inset-inline-start: 0; }
    thead th { border-bottom-width: 2px; }
    td > :last-child, th > :last-child { margin-bottom: 0; }
    [dir="rtl"] td[dir="ltr"]:not([style]) { text-align: right; font-variant-numeric: tabular-nums; }
    dt { font-weight: 600; } dd { margin: 0 0 0.6em; margin-inline-start: 1.6em; }
    .task-list { list-style: none; padding-inline-start: 0.4em; }
    li > input[type="checkbox"]:first-child { margin: 0; margin-inline-end: 0.3em; vertical-align: -0.1em; }
    .callout {
      --accent: var(--callout-note); margin: 0 0 1em; border: 1px solid var(--border);
      border-inline-start: 0.3rem solid var(--accent); border-radius: 0.4em; background: var(--surface);
    }
    .callout-tip { --accent: var(--callout-tip); } .callout-warning { --accent: var(--callout-warning); }
    .callout-important { --accent: var(--callout-important); } .callout-caution { --accent: var(--callout-caution); }
    .callout-title { display: flex; align-items: center; gap: 0.5em; padding: 0.45em 0.9em; font-weight: 600; }
    .callout-title::before {
      content: "i"; flex: none; display: inline-grid; place-items: center; width: 1.25em; height: 1.25em;
      border-radius: 50%; background: var(--accent); color: var(--background);
      font: 700 0.8em/1 system-ui, sans-serif;
    }
    .callout-tip > .callout-title::before { content: "\\2713"; }
    .callout-warning > .callout-title::before { content: "!"; border-radius: 0; clip-path: polygon(50% 0, 100% 100%, 0 100%); padding-top: 0.25em; height: 1.1em; }
    .callout-important > .callout-title::before { content: "!"; }
    .callout-caution > .callout-title::before { content: "\\00D7"; border-radius: 0.2em; }
    .callout.no-icon > .callout-title::before { content: none; }
    details.callout > summary { cursor: pointer; list-style: none; }
    details.callout > summary::-webkit-details-marker { display: none; }
    details.callout > summary::after { content: "\\25B8"; margin-inline-start: auto; color: var(--muted); }
    details.callout[open] > summary::after { content: "\\25BE"; }
    [dir="rtl"] details.callout:not([open]) > summary::after { content: "\\25C2"; }
    .callout-body { padding: 0 0.9em 0.1em; }
    .callout-body > :last-child { margin-bottom: 0.7em; }
    svg.daftar-chart { display: block; width: 100%; height: auto; color: var(--text); }
    .daftar-table caption { caption-side: top; color: var(--muted); font-size: 0.95em; padding-bottom: 0.3em; }
    .daftar-table thead th { border-bottom-width: 2px; }
    .daftar-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .daftar-table .center { text-align: center; }
    @media (max-width: 30rem) {
      body { font-size: 1rem; padding: 0.8rem 0.75rem 3rem; }
      h1 { font-size: 1.6rem; }
    }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
      a { color: inherit; }
      pre { white-space: pre-wrap; border-color: #999; }
      nav#TOC, pre, blockquote, math[display="block"], .callout { break-inside: avoid; }
      details.callout > .callout-body { display: block; }
      h1, h2, h3, h4 { break-after: avoid; }
    }
    """ + ReferenceStyle.css

    /// The series' custom properties, four to a line, each line indented by `indent` inside the
    /// stylesheet's own indentation.
    private static func seriesColours(dark: Bool, indent: String) -> String {
        let declarations = Palette.customProperties(dark: dark)
        return stride(from: 0, to: declarations.count, by: 4).map { start in
            declarations[start..<min(start + 4, declarations.count)].joined(separator: "; ") + ";"
        }.joined(separator: "\n" + indent)
    }
}

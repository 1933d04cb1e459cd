/// LaTeX's display environments written straight in prose (`\begin{align} … \end{align}`), which
/// pandoc keeps as raw TeX and writes as display math, and Quarto's MathJax typesets: display math
/// whose TeX is the whole environment.
extension DaftarInlineScanner {
    /// The environments read as math outside `$$`: pandoc's list of math environments, less those
    /// DaftarMath does not convert (`alignat`, `CD`, `subarray`).
    static let mathEnvironments: Set<String> = [
        "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*",
        "aligned", "gathered", "split", "cases", "array", "matrix", "smallmatrix", "pmatrix", "bmatrix", "Bmatrix",
        "vmatrix", "Vmatrix",
    ]

    /// The environment opened by `\begin{name}` at `start`, up to its matching `\end{name}` (the
    /// same name nested inside is counted); nil when the name is not a math environment or the
    /// environment is not closed before `end`.
    func mathEnvironment(at start: Int, before end: Int) -> Found? {
        guard let name = Self.environmentName(in: bytes, after: "\\begin", at: start, before: end),
              Self.mathEnvironments.contains(name.name) else { return nil }
        var depth = 0
        var index = name.end
        while index < end {
            guard bytes[index] == .backslash else { index += 1; continue }
            if let inner = Self.environmentName(in: bytes, after: "\\begin", at: index, before: end), inner.name == name.name {
                depth += 1
                index = inner.end
            } else if let closing = Self.environmentName(in: bytes, after: "\\end", at: index, before: end), closing.name == name.name {
                if depth == 0 { return Found(range: start..<closing.end, kind: .math(.environment, tex: tex(start..<closing.end))) }
                depth -= 1
                index = closing.end
            } else {
                // `\\` and `\{` are one token: the second character never starts a command.
                index += 2
            }
        }
        return nil
    }

    /// The name in `\begin{name}` (or `\end{name}`) at `start`, and where the closing brace ends.
    static func environmentName(in bytes: [UInt8], after command: String, at start: Int, before end: Int) -> (name: String, end: Int)? {
        let open = Array((command + "{").utf8)
        guard end - start > open.count, bytes[start..<(start + open.count)].elementsEqual(open) else { return nil }
        let nameStart = start + open.count
        var index = nameStart
        while index < end, bytes[index].isASCIILetter || bytes[index] == UInt8(ascii: "*") { index += 1 }
        guard index > nameStart, index < end, bytes[index] == UInt8(ascii: "}") else { return nil }
        return (String(decoding: bytes[nameStart..<index], as: UTF8.self), index + 1)
    }
}

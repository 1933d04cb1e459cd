/// Quarto's cross-references: `@` then a kind's prefix (`fig-`, `tbl-`, `eq-`, `sec-`, `lst-`) and the rest
/// of a label (letters, digits, `-`, `_`), not preceded by a letter or digit (`a@fig-x` is an
/// address, not a reference).
extension DaftarInlineScanner {
    func crossReference(at start: Int, in range: Range<Int>) -> Found? {
        if start > range.lowerBound, let before = scalar(endingAt: start, from: range.lowerBound), Self.isLabelCharacter(before),
           before != "-", before != "_" {
            return nil
        }
        guard let kind = CrossReference.Kind.allCases.first(where: { hasLabelPrefix($0, at: start + 1, before: range.upperBound) }) else {
            return nil
        }
        var end = start + 1 + kind.rawValue.utf8.count + 1
        let nameStart = end
        while end < range.upperBound, let (scalar, width) = scalar(startingAt: end, before: range.upperBound), Self.isLabelCharacter(scalar) {
            end += width
        }
        guard end > nameStart else { return nil }
        let label = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        return Found(range: start..<end, kind: .crossReference(label: label, kind: kind))
    }

    private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func hasLabelPrefix(_ kind: CrossReference.Kind, at start: Int, before end: Int) -> Bool {
        let prefix = Array((kind.rawValue + "-").utf8)
        return end - start >= prefix.count && bytes[start..<start + prefix.count].elementsEqual(prefix)
    }

    /// The scalar whose UTF-8 encoding starts at `offset`, and its width in bytes (the citation
    /// scanner reads keys with it too).
    func scalar(startingAt offset: Int, before end: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[offset]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard width > 0, offset + width <= end else { return nil }
        var decoder = UTF8()
        var iterator = bytes[offset..<offset + width].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, width)
    }

    /// The scalar whose UTF-8 encoding ends just before `offset`.
    private func scalar(endingAt offset: Int, from start: Int) -> Unicode.Scalar? {
        var lead = offset - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return scalar(startingAt: lead, before: offset)?.0
    }
}

/// An ordered list item's marker as pandoc's `fancy_lists` and `example_lists` read it: `1.`,
/// `iv)`, `(B)`, `#.`, `(@)`, `(@label)` — its style, delimiter and value.
struct ListMarker: Equatable {
    enum Delimiter: Equatable {
        case period, parenthesis, twoParentheses
    }

    var style: ListNumberStyle
    /// `#`: pandoc's default marker, which continues a list of any style.
    var isDefault = false
    var delimiter: Delimiter
    /// The item's number; 1 for `#` and examples (numbered by `ExampleNumbering`).
    var value: Int
    /// `(@label)`'s label; empty for `(@)`, nil for other styles.
    var label: String?
    /// The marker's bytes, delimiters included.
    var width: Int

    /// `1.` or `1)`: a marker cmark reads itself.
    var isCommonMark: Bool { style == .decimal && !isDefault && delimiter != .twoParentheses }

    /// The delimiter cmark knows that stands for this one in the text cmark reads.
    var commonMarkDelimiter: UInt8 { delimiter == .period ? UInt8(ascii: ".") : .rightParenthesis }

    /// The marker at `start`, followed by the spaces pandoc requires, read in `style` when it
    /// continues a list of that style (nil: a first item, read as pandoc's `anyOrderedListMarker`).
    static func read(_ bytes: [UInt8], at start: Int, before end: Int, continuing style: ListNumberStyle? = nil) -> ListMarker? {
        var index = start
        let parenthesised = index < end && bytes[index] == .leftParenthesis
        if parenthesised { index += 1 }
        let bodyStart = index
        while index < end, bytes[index].isASCIILetter || bytes[index].isDigit || bytes[index] == .at || bytes[index] == UInt8(ascii: "#")
                || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        guard index > bodyStart, index < end else { return nil }
        let delimiter: Delimiter
        switch bytes[index] {
        case .rightParenthesis: delimiter = parenthesised ? .twoParentheses : .parenthesis
        case UInt8(ascii: ".") where !parenthesised: delimiter = .period
        default: return nil
        }
        let body = Array(bytes[bodyStart..<index])
        guard var marker = number(body, continuing: style) else { return nil }
        marker.delimiter = delimiter
        marker.width = index + 1 - start
        // `p. 3` is a page, never a list (pandoc's rule).
        if body == [UInt8(ascii: "p")], delimiter == .period, index + 2 < end, bytes[index + 1] == .space, bytes[index + 2].isDigit {
            return nil
        }
        // "B. Russell": a capital letter and a period could be an initial, so pandoc wants two spaces after it.
        let spaces = bytes[(index + 1)..<end].prefix { $0 == .space || $0 == .tab }.count
        let mayBeInitial = delimiter == .period
            && (marker.style == .upperAlpha || marker.style == .upperRoman && [1, 5, 10, 50, 100, 500, 1000].contains(marker.value))
        if mayBeInitial ? spaces < 2 : spaces < 1 && index + 1 < end { return nil }
        return marker
    }

    /// The style and value of a marker's text, in `style` when given, else the first of pandoc's
    /// readings: digits, an example, `#`, `i`/`I` as one, one letter, a Roman numeral.
    private static func number(_ body: [UInt8], continuing style: ListNumberStyle?) -> ListMarker? {
        func marker(_ style: ListNumberStyle, _ value: Int, label: String? = nil, isDefault: Bool = false) -> ListMarker {
            ListMarker(style: style, isDefault: isDefault, delimiter: .period, value: value, label: label, width: 0)
        }
        if body == [UInt8(ascii: "#")] { return marker(style ?? .decimal, 1, isDefault: true) }
        if body.first == .at {
            let label = body.dropFirst()
            guard label.allSatisfy({ $0.isASCIILetter || $0.isDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }),
                  style == nil || style == .example else { return nil }
            return marker(.example, 1, label: String(decoding: label, as: UTF8.self))
        }
        if body.allSatisfy(\.isDigit) {
            guard body.count <= 9, style == nil || style == .decimal else { return nil }
            return marker(.decimal, Int(String(decoding: body, as: UTF8.self))!)
        }
        guard body.allSatisfy(\.isASCIILetter) else { return nil }
        let isLower = body.allSatisfy { $0 >= UInt8(ascii: "a") }
        let letterValue = body.count == 1 ? Int((body[0] | 0x20) - UInt8(ascii: "a")) + 1 : nil
        let roman = romanValue(body)
        let candidates: [ListNumberStyle] = style.map { [$0] }
            ?? (body == [UInt8(ascii: "i")] ? [.lowerRoman] : body == [UInt8(ascii: "I")] ? [.upperRoman]
                : [.lowerAlpha, .lowerRoman, .upperAlpha, .upperRoman])
        for candidate in candidates {
            switch candidate {
            case .lowerAlpha where isLower: if let letterValue { return marker(.lowerAlpha, letterValue) }
            case .upperAlpha where !isLower: if let letterValue { return marker(.upperAlpha, letterValue) }
            case .lowerRoman where isLower: if let roman { return marker(.lowerRoman, roman) }
            case .upperRoman where !isLower: if let roman { return marker(.upperRoman, roman) }
            default: continue
            }
        }
        return nil
    }

    /// The value of a Roman numeral in one case (`xiv`, `MCM`), as pandoc's `romanNumeral` reads it.
    static func romanValue(_ letters: [UInt8]) -> Int? {
        let digits: [UInt8: Int] = [UInt8(ascii: "i"): 1, UInt8(ascii: "v"): 5, UInt8(ascii: "x"): 10, UInt8(ascii: "l"): 50,
                                    UInt8(ascii: "c"): 100, UInt8(ascii: "d"): 500, UInt8(ascii: "m"): 1000]
        guard !letters.isEmpty, letters.allSatisfy({ $0 >= UInt8(ascii: "a") }) || letters.allSatisfy({ $0 < UInt8(ascii: "a") }) else {
            return nil
        }
        let values = letters.compactMap { digits[$0 | 0x20] }
        guard values.count == letters.count else { return nil }
        var total = 0
        for (index, value) in values.enumerated() {
            total += index + 1 < values.count && values[index + 1] > value ? -value : value
        }
        // Only the canonical spelling: `iiii` or `vx` are not numerals.
        return total > 0 && canonicalRoman(total) == values.map { String($0) }.joined(separator: ",") ? total : nil
    }

    /// The values of the canonical Roman spelling of `number`, as a comparable string.
    private static func canonicalRoman(_ number: Int) -> String {
        let table = [(1000, [1000]), (900, [100, 1000]), (500, [500]), (400, [100, 500]), (100, [100]), (90, [10, 100]),
                     (50, [50]), (40, [10, 50]), (10, [10]), (9, [1, 10]), (5, [5]), (4, [1, 5]), (1, [1])]
        var rest = number
        var values: [Int] = []
        for (value, spelling) in table {
            while rest >= value {
                values += spelling
                rest -= value
            }
        }
        return values.map { String($0) }.joined(separator: ",")
    }
}

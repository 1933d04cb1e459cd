/// The TeX commands that stand for one character: Greek letters, relations, binary operators,
/// arrows, large operators, delimiters and other symbols, with the MathML element each becomes.
enum SymbolTable {
    /// What TeX's class of a symbol makes of it in MathML.
    enum Kind: Equatable {
        /// `<mi>`, italic when a single letter (lowercase Greek, `\ell`, `\partial`).
        case identifier
        /// `<mi mathvariant="normal">`: upright ordinary symbols (capital Greek, `\infty`, `\nabla`).
        case upright
        /// `<mo>`: binary operators, relations, arrows, punctuation.
        case `operator`
        /// An opening or closing delimiter: `<mo>` that does not stretch unless `\left`, `\big`….
        case opening, closing
        /// A delimiter that is neither opening nor closing (`|`, `\|`).
        case fence
        /// `∑`, `∫`…: `limits` when its scripts go below and above in display style.
        case largeOperator(limits: Bool)
    }

    /// A symbol's character and class.
    struct Symbol: Equatable {
        var text: String
        var kind: Kind
    }

    /// The symbol a command names, if it names one.
    static func symbol(_ name: String) -> Symbol? {
        if let text = greek[name] {
            // Capital Greek letters are upright in TeX; MathML Core would slant a lone `<mi>`.
            let isCapital = text.unicodeScalars.first!.properties.isUppercase
            return Symbol(text: text, kind: isCapital ? .upright : .identifier)
        }
        return others[name]
    }

    /// The symbol of a character typed as itself in a formula: `(` is an opening delimiter, `+`
    /// an operator; nil for letters, digits and characters TeX treats as ordinary.
    static func symbol(character: Unicode.Scalar) -> Symbol? {
        switch character {
        case "(", "[": Symbol(text: String(character), kind: .opening)
        case ")", "]": Symbol(text: String(character), kind: .closing)
        case "|": Symbol(text: "|", kind: .fence)
        case "-": Symbol(text: "\u{2212}", kind: .operator)
        case "*": Symbol(text: "\u{2217}", kind: .operator)
        case "+", "=", "<", ">", ",", ";", ":", "!", "?": Symbol(text: String(character), kind: .operator)
        default: nil
        }
    }

    /// Greek letters by name; capitals are upright (see `symbol(_:)`).
    private static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
        "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ",
        "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Every other named symbol, by class.
    private static let others: [String: Symbol] = {
        var table: [String: Symbol] = [:]
        func add(_ kind: Kind, _ pairs: KeyValuePairs<String, String>) {
            for (name, text) in pairs { table[name] = Symbol(text: text, kind: kind) }
        }
        add(.identifier, ["ell": "ℓ", "partial": "∂", "imath": "ı", "jmath": "ȷ", "hbar": "ℏ", "wp": "℘"])
        add(.upright, [
            "infty": "∞", "nabla": "∇", "emptyset": "∅", "varnothing": "∅", "forall": "∀", "exists": "∃",
            "neg": "¬", "lnot": "¬", "top": "⊤", "bot": "⊥", "angle": "∠", "prime": "′", "Re": "ℜ", "Im": "ℑ",
            "aleph": "ℵ", "cdots": "⋯", "ldots": "…", "dots": "…", "vdots": "⋮", "ddots": "⋱", "star": "⋆",
            "%": "%", "$": "$", "#": "#", "&": "&", "_": "_", "checkmark": "✓", "dagger": "†", "S": "§",
        ])
        add(.operator, [
            // Relations.
            "approx": "≈", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "equiv": "≡",
            "sim": "∼", "simeq": "≃", "cong": "≅", "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈",
            "notin": "∉", "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇",
            "mid": "∣", "parallel": "∥", "perp": "⊥", "models": "⊨", "vdash": "⊢", "coloneqq": "≔",
            "triangleq": "≜", "doteq": "≐", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰",
            "leqslant": "⩽", "geqslant": "⩾", "lesssim": "≲", "gtrsim": "≳", "asymp": "≍",
            // Arrows.
            "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
            "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹", "impliedby": "⟸",
            "iff": "⟺", "mapsto": "↦", "longrightarrow": "⟶", "longleftarrow": "⟵", "longmapsto": "⟼",
            "uparrow": "↑", "downarrow": "↓", "nearrow": "↗", "searrow": "↘", "hookrightarrow": "↪",
            "rightleftharpoons": "⇌",
            // Binary operators.
            "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "odot": "⊙", "oplus": "⊕",
            "otimes": "⊗", "ominus": "⊖", "circ": "∘", "bullet": "∙", "ast": "∗", "cup": "∪", "cap": "∩",
            "setminus": "∖", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "oslash": "⊘",
            "diamond": "⋄", "triangle": "△", "colon": ":",
        ])
        add(.opening, ["langle": "⟨", "lfloor": "⌊", "lceil": "⌈", "lbrace": "{", "{": "{", "lbrack": "["])
        add(.closing, ["rangle": "⟩", "rfloor": "⌋", "rceil": "⌉", "rbrace": "}", "}": "}", "rbrack": "]"])
        add(.fence, ["|": "‖", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "backslash": "∖"])
        add(.largeOperator(limits: true), [
            "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁",
            "bigotimes": "⨂", "bigodot": "⨀", "bigvee": "⋁", "bigwedge": "⋀", "bigsqcup": "⨆",
        ])
        add(.largeOperator(limits: false), ["int": "∫", "iint": "∬", "iiint": "∭", "oint": "∮"])
        addAMSSymbols(add)
        return table
    }()
}

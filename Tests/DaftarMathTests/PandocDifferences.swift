extension PandocComparisonTests {
    /// One way Daftar's tree differs from pandoc's: in pandoc's canonical tree, every `pandoc` is
    /// replaced by `daftar`, in the order a formula lists them.
    struct Difference {
        var pandoc: String
        var daftar: String
        var reason: Reason

        /// A function's name applied to what follows: pandoc 2.17 writes `<mo>name</mo>`, Daftar
        /// `<mi>name</mi><mo>⁡</mo>`.
        static func function(_ name: String) -> Difference {
            Difference(pandoc: "mo\"\(name)\"", daftar: "mi\"\(name)\" mo\"\u{2061}\"", reason: .functionName)
        }

        /// The thin space before an operator name after `before` (in pandoc's tree once the
        /// name's own difference is applied): Daftar's `<mspace>`, nothing in pandoc's.
        static func thinSpace(after before: String, _ name: String) -> Difference {
            Difference(pandoc: "\(before) mi\"\(name)\"", daftar: "\(before) mspace() mi\"\(name)\"", reason: .thinSpaceBeforeOperatorName)
        }

        /// An accent's mark: pandoc's combining character, Daftar's spacing one.
        static func accent(_ pandoc: String, _ daftar: String) -> Difference {
            Difference(pandoc: "mo\"\(pandoc)\"", daftar: "mo\"\(daftar)\"", reason: .accentMark)
        }
    }

    /// Why Daftar departs from pandoc 2.17 (Debian's) where it does.
    enum Reason {
        /// MathML Core writes a function's name as an identifier (`<mi>`, upright when longer than
        /// a letter) followed by U+2061 FUNCTION APPLICATION, as pandoc 3 and MathJax do; pandoc
        /// 2.17 writes it as an operator (`<mo>exp</mo>`), which browsers space as a relation.
        case functionName
        /// Chromium draws a combining accent (U+0302, U+0303, U+0307, U+20D7) in `<mover>` off
        /// centre over one letter, and the spacing marks (`^`, `~`, `˙`, `→`) well (checked by eye
        /// in the report's screenshots), so Daftar uses those for the accents of one letter.
        case accentMark
        /// TeX puts a thin space between an ordinary atom or a closing bracket and an operator name
        /// (`x \tanh`); Daftar writes it as an `<mspace>`, since an `<mi>` has no spacing of its
        /// own, where pandoc 2.17's `<mo>tanh</mo>` takes the operator dictionary's spacing instead.
        case thinSpaceBeforeOperatorName
        /// TeX attaches the script of `(z)_i` to the closing bracket, the atom before it; pandoc
        /// 2.17 attaches it to the bracket pair it grouped in an `<mrow>`.
        case scriptOfClosingBracket
        /// TeX sets a fraction's numerator and denominator in text style, where a `∑`'s limits go
        /// beside it even in display math; pandoc 2.17 puts them below and above.
        case limitsInsideFraction
        /// `\mathop{…}` makes an operator whose limits go below and above in display style, as
        /// TeX's `\mathop` (and amsmath's `\DeclareMathOperator*`) do; pandoc 2.17 puts them beside.
        case mathOperatorLimits
    }

    static let softmaxArgument = Difference(
        pandoc: #"msub(mrow(mo"(" mi"𝐳" mo")") mi"i")"#, daftar: #"mo"(" mi"𝐳" msub(mo")" mi"i")"#, reason: .scriptOfClosingBracket)

    static let differences: [String: [Difference]] = [
        "seed-relu": [.function("max")],
        "tanh": [.function("tanh")],
        "relu": [.function("ReLU"), .function("max")],
        "relu-cases": [.function("ReLU")],
        "leaky-relu": [.function("LeakyReLU"), .function("max")],
        "elu": [.function("ELU")],
        "selu": [.function("SELU")],
        "gelu-exact": [.function("GELU"), .function("erf")],
        "gelu-tanh": [.function("GELU"), .function("tanh")],
        "silu": [.function("SiLU")],
        "swish": [Difference(pandoc: #"msub(mo"swish" mi"β")"#, daftar: #"msub(mi"swish" mi"β") mo"⁡""#, reason: .functionName)],
        "mish": [.function("mish"), .function("tanh"), .function("softplus"), .thinSpace(after: #"mi"x""#, "tanh")],
        "softplus": [.function("softplus"), .function("ln")],
        "softsign": [.function("softsign")],
        "softmax": [
            .function("softmax"), softmaxArgument,
            Difference(pandoc: "munderover(mo\"∑\"", daftar: "msubsup(mo\"∑\"", reason: .limitsInsideFraction),
        ],
        "log-softmax": [.function("log"), .function("softmax"), softmaxArgument],
        "glu": [.function("GLU")],
        "swiglu": [
            .function("SwiGLU"),
            Difference(pandoc: #"msub(mo"Swish" mn"1")"#, daftar: #"msub(mi"Swish" mn"1") mo"⁡""#, reason: .functionName),
        ],
        "tanh-derivative": [
            Difference(pandoc: #"msup(mo"tanh" mn"2")"#, daftar: #"msup(mi"tanh" mn"2") mo"⁡""#, reason: .functionName),
            .function("tanh"), .thinSpace(after: #"mi"x"))"#, "tanh"),
        ],
        "relu-derivative": [.function("ReLU"), .thinSpace(after: #"mi"x"))"#, "ReLU")],
        "cross-entropy": [.function("log"), .accent("\u{302}", "^"), .thinSpace(after: #"mi"i")"#, "log")],
        "binary-cross-entropy": [
            .function("log"), .accent("\u{302}", "^"), .thinSpace(after: #"mi"y""#, "log"), .thinSpace(after: #"mo")""#, "log"),
        ],
        "softmax-gradient": [.accent("\u{302}", "^")],
        "sigmoid-limits": [
            Difference(pandoc: #"munder(mo"lim""#, daftar: #"munder(mi"lim""#, reason: .functionName),
            Difference(pandoc: #")) mi"σ""#, daftar: #")) mo"⁡" mi"σ""#, reason: .functionName),
        ],
        "prediction": [
            .accent("\u{302}", "^"), .function("arg"), .function("softmax"),
            Difference(pandoc: #"munder(mo"max" mi"k")"#, daftar: #"munder(mi"max" mi"k") mo"⁡""#, reason: .functionName),
            Difference(pandoc: #"msub(mrow(mo"(" mi"𝐳" mo")") mi"k")"#, daftar: #"mo"(" mi"𝐳" msub(mo")" mi"k")"#, reason: .scriptOfClosingBracket),
        ],
        "symmetries": [.function("tanh")],
        "accents": [.accent("\u{303}", "~"), .accent("\u{20D7}", "→"), .accent("\u{307}", "˙")],
        "min-sup": [
            Difference(pandoc: #"munder(mo"min" mi"θ")"#, daftar: #"munder(mi"min" mi"θ") mo"⁡""#, reason: .functionName),
            Difference(pandoc: #"munder(mo"sup""#, daftar: #"munder(mi"sup""#, reason: .functionName),
        ],
        "exp-log": [.function("exp"), .function("log")],
        "lstm-cell": [.accent("\u{303}", "~")],
        "mathop-argmin": [
            .accent("\u{302}", "^"),
            Difference(pandoc: #"msub(mo"argmin" mi"θ")"#, daftar: #"munder(mi"argmin" mi"θ") mo"⁡""#, reason: .mathOperatorLimits),
        ],
        "relu6": [.function("ReLU6"), .function("min"), .function("max")],
    ]
}

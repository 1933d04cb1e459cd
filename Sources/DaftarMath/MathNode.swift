/// A formula as a tree of MathML Core elements: what the parser builds and the writer prints.
///
/// Each case is one MathML element (or a fixed pattern of them), so that the writer needs no
/// knowledge of TeX and the parser none of markup.
indirect enum MathNode: Equatable {
    /// `<mi>`: a variable or a function's name. Single characters are italic in MathML Core
    /// unless `upright`, the only `mathvariant` Core supports (`normal`).
    case identifier(String, upright: Bool = false)
    /// `<mn>`: a number, all its digits and its decimal point in one element.
    case number(String)
    /// `<mo>`: an operator, relation, fence or separator.
    case `operator`(String, OperatorForm = OperatorForm())
    /// `<mtext>`: words inside a formula.
    case text(String)
    /// `<mspace>`: a fixed horizontal space, in em.
    case space(em: Double)
    /// `<mrow>`: a group; a group of one element is written as that element.
    case row([MathNode])
    /// `<mstyle displaystyle>`: `\dfrac`, `\tfrac` and `\displaystyle` force a style on their content.
    case style(display: Bool, MathNode)
    /// `<mfrac>`; without a rule for `\binom`.
    case fraction(numerator: MathNode, denominator: MathNode, rule: Bool = true)
    /// `<msqrt>`, or `<mroot>` with an index.
    case radical(MathNode, index: MathNode?)
    /// `<msub>`, `<msup>` or `<msubsup>`: scripts beside the base.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// `<munder>`, `<mover>` or `<munderover>`: limits below and above the base; `accent` for
    /// accents, which sit closer to the base.
    case limits(base: MathNode, under: MathNode?, over: MathNode?, accent: Bool = false)
    /// `<mtable>`: rows of cells, with each column's alignment; `displaystyle` for `aligned` and
    /// `gather`, whose cells MathML Core would otherwise set in compact style, as any table's.
    case table(rows: [[MathNode]], columns: [ColumnAlignment], display: Bool = false)
    /// `<merror>`: TeX that could not be converted, shown as it was written.
    case error(String)
}

/// The attributes of an `<mo>` that TeX's meaning fixes and MathML Core's operator dictionary
/// would otherwise guess.
struct OperatorForm: Equatable {
    enum Form: String { case prefix, infix, postfix }

    var form: Form?
    /// Whether the operator stretches: true for `\left…\right` and sized delimiters, false for
    /// plain brackets (TeX never grows them), nil to leave it to the dictionary.
    var stretchy: Bool?
    /// A fence from `\left`, `\right` or `\middle`.
    var fence = false
    /// The fixed size of `\big` and its kin, in em.
    var size: Double?
    /// Right space (em) where TeX puts one after a function's name.
    var rightSpace: Double?
}

/// How a table column's cells are aligned.
enum ColumnAlignment: String, Equatable {
    case left, center, right
}

extension MathNode {
    /// An invisible function application (U+2061), between a function's name and its argument.
    static func functionApplication(rightSpace: Double?) -> MathNode {
        .operator("\u{2061}", OperatorForm(rightSpace: rightSpace))
    }

    /// A delimiter that stretches to the height of what it encloses (`\left(`, a matrix's
    /// bracket); none for `\left.`, written as an empty delimiter.
    static func fence(_ text: String, _ form: OperatorForm.Form) -> [MathNode] {
        text.isEmpty ? [] : [.operator(text, OperatorForm(form: form, stretchy: true, fence: true))]
    }

    /// Whether the node opens a bracket pair: `(`, `[`, `\{`, or a whole `\left…\right` group.
    var isOpening: Bool {
        switch self {
        case .operator(_, let form): form.form == .prefix
        case .row(let items): items.first?.isOpening ?? false
        default: false
        }
    }

    /// Whether TeX puts a thin space between the node and an operator name after it (`x \max`,
    /// `(x) \sin`): after a letter, a number, a group or a closing bracket, but not after an
    /// operator, relation or opening bracket, whose own spacing MathML Core's dictionary gives.
    var isSpacedFromOperatorName: Bool {
        switch self {
        case .operator(_, let form): form.form == .postfix
        case .space, .error: false
        default: true
        }
    }

    /// Whether the node is an operator, relation or punctuation, after which a function's name
    /// is not applied to anything.
    var isOperator: Bool {
        if case .operator = self { return true }
        return false
    }
}

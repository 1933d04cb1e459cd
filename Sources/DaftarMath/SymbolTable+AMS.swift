/// The AMS symbols (`amssymb`) and the few `mathtools` and `stmaryrd` names that Quarto's and
/// d2l's documents use, with the characters texmath (pandoc's converter) gives them — except
/// where texmath's differs from the symbol's own (`\Longrightarrow` is ⟹, not ⇒), and `\thicksim`,
/// `\thickapprox`, `\shortmid`, `\shortparallel`, `\llless`, `\gggtr`, which texmath does not know.
extension SymbolTable {
    static func addAMSSymbols(_ add: (Kind, KeyValuePairs<String, String>) -> Void) {
        add(.operator, [
            // Relations: inequalities and their negations.
            "leqq": "≦", "geqq": "≧", "lneq": "⪇", "gneq": "⪈", "lneqq": "≨", "gneqq": "≩", "lnsim": "⋦",
            "gnsim": "⋧", "lessapprox": "⪅", "gtrapprox": "⪆", "lnapprox": "⪉", "gnapprox": "⪊",
            "lll": "⋘", "llless": "⋘", "ggg": "⋙", "gggtr": "⋙", "nless": "≮", "ngtr": "≯", "nleq": "≰",
            "ngeq": "≱", "nleqslant": "≰", "ngeqslant": "≱", "eqslantless": "⪕",
            "eqslantgtr": "⪖", "lessdot": "⋖", "gtrdot": "⋗", "lessgtr": "≶", "gtrless": "≷",
            "lesseqgtr": "⋚", "gtreqless": "⋛", "lesseqqgtr": "⪋", "gtreqqless": "⪌",
            // Orders.
            "precsim": "≾", "succsim": "≿", "precapprox": "⪷", "succapprox": "⪸", "preccurlyeq": "≼",
            "succcurlyeq": "≽", "curlyeqprec": "⋞", "curlyeqsucc": "⋟", "nprec": "⊀", "nsucc": "⊁",
            // Sets.
            "subsetneq": "⊊", "supsetneq": "⊋", "subsetneqq": "⫋", "supsetneqq": "⫌", "nsubseteq": "⊈",
            "nsupseteq": "⊉", "sqsubset": "⊏", "sqsupset": "⊐", "sqsubseteq": "⊑", "sqsupseteq": "⊒",
            "Subset": "⋐", "Supset": "⋑", "owns": "∋",
            // Equivalences and similarity.
            "approxeq": "≊", "backsim": "∽", "backsimeq": "⋍", "thicksim": "∼", "thickapprox": "≈",
            "eqsim": "≂", "bumpeq": "≏", "Bumpeq": "≎", "circeq": "≗", "eqcirc": "≖", "ncong": "≇",
            "nsim": "≁", "risingdotseq": "≓", "fallingdotseq": "≒", "doteqdot": "≑", "Doteq": "≑",
            "coloneq": "≔", "Coloneqq": "⩴", "eqqcolon": "≕", "eqcolon": "≕", "varpropto": "∝",
            // Logic, divisibility, triangles.
            "vDash": "⊨", "Vdash": "⊩", "Vvdash": "⊪", "nvdash": "⊬", "nvDash": "⊭", "nVdash": "⊮",
            "dashv": "⊣", "nmid": "∤", "nparallel": "∦", "shortmid": "∣", "shortparallel": "∥",
            "triangleleft": "⊲", "triangleright": "⊳", "vartriangleleft": "⊲", "vartriangleright": "⊳",
            "trianglelefteq": "⊴", "trianglerighteq": "⊵", "ntriangleleft": "⋪", "ntriangleright": "⋫",
            "lhd": "⊲", "rhd": "⊳", "unlhd": "⊴", "unrhd": "⊵", "smile": "⌣", "frown": "⌢", "bowtie": "⋈",
            "between": "≬", "pitchfork": "⋔", "therefore": "∴", "because": "∵",
            // Arrows.
            "longleftrightarrow": "⟷", "Longrightarrow": "⟹", "Longleftarrow": "⟸", "Longleftrightarrow": "⟺",
            "nrightarrow": "↛", "nleftarrow": "↚", "nRightarrow": "⇏", "nLeftarrow": "⇍", "nLeftrightarrow": "⇎",
            "nleftrightarrow": "↮", "leftrightarrows": "⇆", "rightleftarrows": "⇄", "twoheadrightarrow": "↠",
            "twoheadleftarrow": "↞", "rightsquigarrow": "⇝", "leadsto": "⇝", "leftharpoonup": "↼",
            "rightharpoonup": "⇀", "leftharpoondown": "↽", "rightharpoondown": "⇁", "leftrightharpoons": "⇋",
            "upharpoonleft": "↿", "downharpoonright": "⇂", "Uparrow": "⇑", "Downarrow": "⇓", "updownarrow": "↕",
            "Updownarrow": "⇕", "nwarrow": "↖", "swarrow": "↙", "hookleftarrow": "↩", "curvearrowright": "↷",
            "curvearrowleft": "↶", "rightrightarrows": "⇉", "leftleftarrows": "⇇", "Lsh": "↰", "Rsh": "↱",
            "multimap": "⊸", "looparrowright": "↬", "looparrowleft": "↫", "longleftarrow": "⟵",
            // Binary operators.
            "sqcap": "⊓", "sqcup": "⊔", "uplus": "⊎", "amalg": "⨿", "wr": "≀", "bigtriangleup": "△",
            "bigtriangledown": "▽", "dotplus": "∔", "ltimes": "⋉", "rtimes": "⋊", "leftthreetimes": "⋋",
            "rightthreetimes": "⋌", "boxplus": "⊞", "boxminus": "⊟", "boxtimes": "⊠", "boxdot": "⊡",
            "divideontimes": "⋇", "intercal": "⊺", "barwedge": "⊼", "veebar": "⊻", "curlywedge": "⋏",
            "curlyvee": "⋎", "circledast": "⊛", "circledcirc": "⊚", "circleddash": "⊝", "centerdot": "⋅",
            "cdotp": "⋅", "smallsetminus": "∖", "Cap": "⋒", "Cup": "⋓",
        ])
        add(.upright, [
            "complement": "∁", "nexists": "∄", "Finv": "Ⅎ", "Game": "⅁", "beth": "ℶ", "gimel": "ℷ",
            "daleth": "ℸ", "mho": "℧", "sphericalangle": "∢", "measuredangle": "∡", "square": "□",
            "Box": "□", "blacksquare": "■", "lozenge": "◊", "blacklozenge": "⧫", "bigstar": "★",
            "triangledown": "▽", "blacktriangle": "▲", "blacktriangledown": "▼", "vartriangle": "△",
            "clubsuit": "♣", "diamondsuit": "♢", "heartsuit": "♡", "spadesuit": "♠", "flat": "♭",
            "natural": "♮", "sharp": "♯", "iddots": "⋰", "diagup": "╱", "diagdown": "╲", "eth": "ð",
        ])
        add(.identifier, ["hslash": "ℏ", "Bbbk": "𝕜"])
    }
}

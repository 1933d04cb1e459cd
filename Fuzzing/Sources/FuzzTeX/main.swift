import DaftarMath
import FuzzDriver

/// Each input: a formula converted to MathML, inline and displayed.
fuzz { bytes, count in
    let tex = text(bytes, count)
    _ = MathML.convert(tex, display: false)
    _ = MathML.convert(tex, display: true)
    return 0
}

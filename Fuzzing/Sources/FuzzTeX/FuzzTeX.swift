import DaftarMath

/// One input: a formula converted to MathML, inline and displayed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let tex = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = MathML.convert(tex, display: false)
    _ = MathML.convert(tex, display: true)
    return 0
}

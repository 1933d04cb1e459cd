@_implementationOnly import RealModule

/// The only file that imports swift-numerics: the elementary functions the engine needs, in
/// Double. Implementation-only, because a non-resilient module's `internal import` is still
/// loaded by its clients, and RealModule would bring its C shim `_NumericsShims` into every
/// notebook cell's compile (which passes only `-I <bin>/Modules`). Nothing of RealModule appears
/// in a type's layout or an inlinable body, so hiding it is safe.
enum Elementary {
    @inline(__always) static func exp(_ x: Double) -> Double { Double.exp(x) }
    @inline(__always) static func expMinusOne(_ x: Double) -> Double { Double.expMinusOne(x) }
    @inline(__always) static func log(onePlus x: Double) -> Double { Double.log(onePlus: x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { Double.tanh(x) }
    @inline(__always) static func erfc(_ x: Double) -> Double { Double.erfc(x) }
}

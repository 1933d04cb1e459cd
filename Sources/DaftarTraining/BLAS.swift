@_implementationOnly import COpenBLAS

/// OpenBLAS, as the training engine uses it: loaded on first use, on one thread by default.
///
/// OpenBLAS is opened at run time (`dlopen`), after `OPENBLAS_CORETYPE` is chosen: Debian's
/// build would otherwise run its slowest kernels on CPUs it does not recognise. A value already
/// in the environment is kept; otherwise AVX-512 gives `SkylakeX`, AVX2 with FMA `Haswell`.
/// One thread by default because `daftar render --jobs` runs notebooks in parallel instead, and
/// one thread gives the same bits on every run.
public enum BLAS {
    /// The number of threads OpenBLAS's products use (1 unless set).
    public static var threadCount: Int {
        get { ensureLoaded(); return Int(daftar_openblas_threads()) }
        set { ensureLoaded(); daftar_openblas_set_threads(Int32(max(1, newValue))) }
    }

    /// `openblas_get_config()`: OpenBLAS's version, build options and the core type in use.
    public static var configuration: String { ensureLoaded(); return String(cString: daftar_openblas_config()) }

    /// `openblas_get_corename()`: the kernels in use, such as `SkylakeX` or `Prescott`.
    public static var coreName: String { ensureLoaded(); return String(cString: daftar_openblas_corename()) }

    /// The `OPENBLAS_CORETYPE` OpenBLAS was loaded with (empty when none), and where it came from.
    public static var requestedCoreType: (name: String, fromEnvironment: Bool) {
        ensureLoaded()
        return (String(cString: daftar_openblas_requested_coretype()), daftar_openblas_coretype_from_environment() != 0)
    }

    /// Loads OpenBLAS, or stops with a message saying which package to install.
    @inline(__always)
    static func ensureLoaded() {
        if _fastPath(daftar_openblas_load() != 0) { return }
        fatalError(String(cString: daftar_openblas_error()))
    }

    /// Row-major c ← alpha·op(a)·op(b) + beta·c, where op(a) is m×k and op(b) k×n.
    @inline(__always)
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        ensureLoaded()
        daftar_sgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda),
                     b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The Double form of `gemm`, for gradient checks.
    @inline(__always)
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                     a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                     beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        ensureLoaded()
        daftar_dgemm(transposeA ? 1 : 0, transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda),
                     b, Int32(ldb), beta, c, Int32(ldc))
    }
}

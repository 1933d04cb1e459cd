#ifndef DAFTAR_COPENBLAS_H
#define DAFTAR_COPENBLAS_H

/// OpenBLAS, loaded at run time with dlopen so that the core type can be chosen first.
///
/// Debian's OpenBLAS reads OPENBLAS_CORETYPE once, when the library loads, and on CPUs it does
/// not recognise falls back to its slowest (Prescott) kernels. On first use this target keeps
/// OPENBLAS_CORETYPE when the environment sets it, otherwise sets it from the CPU's features
/// (AVX-512 → SkylakeX, AVX2 and FMA → Haswell), then opens libopenblas.so.0 and resolves the
/// few functions Daftar calls, and puts BLAS on one thread. Nothing links against OpenBLAS, so
/// nothing loads it earlier.

/// Loads OpenBLAS once (thread-safe); 1 when it is usable, 0 otherwise (see daftar_openblas_error).
int daftar_openblas_load(void);
/// Why loading failed, or an empty string.
const char *daftar_openblas_error(void);
/// The core type requested through OPENBLAS_CORETYPE ("" when none), and whether it came from
/// the environment (1) or was chosen here from the CPU's features (0).
const char *daftar_openblas_requested_coretype(void);
int daftar_openblas_coretype_from_environment(void);

/// Row-major C ← alpha·op(A)·op(B) + beta·C, op transposing when the flag is non-zero.
void daftar_sgemm(int transposeA, int transposeB, int m, int n, int k, float alpha, const float *a, int lda,
                  const float *b, int ldb, float beta, float *c, int ldc);
/// The Double form of daftar_sgemm.
void daftar_dgemm(int transposeA, int transposeB, int m, int n, int k, double alpha, const double *a, int lda,
                  const double *b, int ldb, double beta, double *c, int ldc);

void daftar_openblas_set_threads(int count);
int daftar_openblas_threads(void);
/// openblas_get_config(): version, build options and the core type in use.
const char *daftar_openblas_config(void);
/// openblas_get_corename(): the kernels in use ("SkylakeX", "Prescott", …).
const char *daftar_openblas_corename(void);

#endif

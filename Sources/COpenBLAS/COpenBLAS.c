#define _GNU_SOURCE
#include "COpenBLAS.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

// CBLAS's enumerations, as cblas.h numbers them.
enum { RowMajor = 101, NoTrans = 111, Trans = 112 };

typedef void (*sgemm_t)(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
typedef void (*dgemm_t)(int, int, int, int, int, int, double, const double *, int, const double *, int, double, double *, int);
typedef void (*set_threads_t)(int);
typedef int (*get_threads_t)(void);
typedef char *(*get_string_t)(void);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char error[512];
static char requested[64];
static int from_environment;
static sgemm_t sgemm;
static dgemm_t dgemm;
static set_threads_t set_threads;
static get_threads_t get_threads;
static get_string_t get_config;
static get_string_t get_corename;

/// OpenBLAS's small-matrix sgemm kernels (column-major C ← alpha·op(A)·op(B) + beta·C, and the
/// "b0" forms for beta = 0), which OpenBLAS exports per core type from 0.3.17 on. Found only for
/// the cores that have them (SkylakeX, Cooperlake); NULL otherwise, and then every product goes
/// through cblas_sgemm.
typedef int (*small_t)(long, long, long, const float *, long, float, const float *, long, float, float *, long);
typedef int (*small_b0_t)(long, long, long, const float *, long, float, const float *, long, float *, long);
static small_t small_nn, small_nt;
static small_b0_t small_b0_nn, small_b0_nt;

/// The OpenBLAS core type for this CPU, or NULL to let OpenBLAS decide.
static const char *coretype_for_this_cpu(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
        __builtin_cpu_supports("avx512cd"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return NULL;
}

static void *resolve(void *handle, const char *name) {
    void *symbol = dlsym(handle, name);
    if (!symbol && !error[0])
        snprintf(error, sizeof error, "OpenBLAS has no symbol %s", name);
    return symbol;
}

static void load(void) {
    const char *existing = getenv("OPENBLAS_CORETYPE");
    if (existing && existing[0]) {
        from_environment = 1;
        snprintf(requested, sizeof requested, "%s", existing);
    } else {
        const char *choice = coretype_for_this_cpu();
        if (choice) {
            setenv("OPENBLAS_CORETYPE", choice, 1);
            snprintf(requested, sizeof requested, "%s", choice);
        }
    }
    void *handle = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!handle) handle = dlopen("libopenblas.so", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(error, sizeof error, "cannot load OpenBLAS (install Debian's libopenblas-dev): %s", dlerror());
        return;
    }
    sgemm = (sgemm_t)resolve(handle, "cblas_sgemm");
    dgemm = (dgemm_t)resolve(handle, "cblas_dgemm");
    set_threads = (set_threads_t)resolve(handle, "openblas_set_num_threads");
    get_threads = (get_threads_t)resolve(handle, "openblas_get_num_threads");
    get_config = (get_string_t)resolve(handle, "openblas_get_config");
    get_corename = (get_string_t)resolve(handle, "openblas_get_corename");
    if (error[0]) return;
    set_threads(1);
    const char *core = get_corename();
    if (core && (strcasecmp(core, "SkylakeX") == 0 || strcasecmp(core, "Cooperlake") == 0)) {
        char upper[32], name[96];
        size_t i = 0;
        for (; core[i] && i < sizeof upper - 1; i++) upper[i] = (char)(core[i] >= 'a' && core[i] <= 'z' ? core[i] - 32 : core[i]);
        upper[i] = 0;
        snprintf(name, sizeof name, "sgemm_small_kernel_nn_%s", upper); small_nn = (small_t)dlsym(handle, name);
        snprintf(name, sizeof name, "sgemm_small_kernel_nt_%s", upper); small_nt = (small_t)dlsym(handle, name);
        snprintf(name, sizeof name, "sgemm_small_kernel_b0_nn_%s", upper); small_b0_nn = (small_b0_t)dlsym(handle, name);
        snprintf(name, sizeof name, "sgemm_small_kernel_b0_nt_%s", upper); small_b0_nt = (small_b0_t)dlsym(handle, name);
        if (!(small_nn && small_nt && small_b0_nn && small_b0_nt)) small_nn = small_nt = NULL, small_b0_nn = small_b0_nt = NULL;
    }
    loaded = 1;
}

/// Products up to this many multiply-adds (m·n·k) go to the small-matrix kernels when their
/// column-major form is NN or NT (row-major a·b and aᵀ·b). cblas_sgemm itself uses those kernels
/// only up to 100³; above that it packs both operands first, which on the AVX-512 machines
/// measured (an AMD EPYC with AVX-512, issue 11's benchmark) made the training step's products
/// slower. Single thread, GFLOP/s, cblas → small kernels, row-major: 128×256×256 a·b 101 → 116,
/// aᵀ·b 101 → 114; 256×1024×1024 a·b 97 → 105, aᵀ·b 100 → 103; at 512×1024×1024 and 1024³
/// packing was as fast or faster.
/// Row-major a·bᵀ (column-major TN) always goes through cblas_sgemm, whose own small-kernel rule
/// for it is tighter.
#define SMALL_KERNEL_LIMIT (256.0 * 1024.0 * 1024.0)

int daftar_openblas_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *daftar_openblas_error(void) { daftar_openblas_load(); return error; }
const char *daftar_openblas_requested_coretype(void) { daftar_openblas_load(); return requested; }
int daftar_openblas_coretype_from_environment(void) { daftar_openblas_load(); return from_environment; }

void daftar_sgemm(int transposeA, int transposeB, int m, int n, int k, float alpha, const float *a, int lda,
                  const float *b, int ldb, float beta, float *c, int ldc) {
    // Row-major C = op(A)·op(B) is column-major Cᵀ = op(B)ᵀ·op(A)ᵀ: the kernels get B first.
    if (small_nn && !transposeB && (double)m * n * k <= SMALL_KERNEL_LIMIT) {
        if (!transposeA) {
            if (beta == 0) small_b0_nn(n, m, k, b, ldb, alpha, a, lda, c, ldc);
            else small_nn(n, m, k, b, ldb, alpha, a, lda, beta, c, ldc);
        } else {
            if (beta == 0) small_b0_nt(n, m, k, b, ldb, alpha, a, lda, c, ldc);
            else small_nt(n, m, k, b, ldb, alpha, a, lda, beta, c, ldc);
        }
        return;
    }
    sgemm(RowMajor, transposeA ? Trans : NoTrans, transposeB ? Trans : NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

void daftar_dgemm(int transposeA, int transposeB, int m, int n, int k, double alpha, const double *a, int lda,
                  const double *b, int ldb, double beta, double *c, int ldc) {
    dgemm(RowMajor, transposeA ? Trans : NoTrans, transposeB ? Trans : NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

void daftar_openblas_set_threads(int count) { if (daftar_openblas_load()) set_threads(count < 1 ? 1 : count); }
int daftar_openblas_threads(void) { return daftar_openblas_load() ? get_threads() : 0; }
const char *daftar_openblas_config(void) { return daftar_openblas_load() ? get_config() : ""; }
const char *daftar_openblas_corename(void) { return daftar_openblas_load() ? get_corename() : ""; }

#define _GNU_SOURCE
#include "COpenBLAS.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    loaded = 1;
}

int daftar_openblas_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *daftar_openblas_error(void) { daftar_openblas_load(); return error; }
const char *daftar_openblas_requested_coretype(void) { daftar_openblas_load(); return requested; }
int daftar_openblas_coretype_from_environment(void) { daftar_openblas_load(); return from_environment; }

void daftar_sgemm(int transposeA, int transposeB, int m, int n, int k, float alpha, const float *a, int lda,
                  const float *b, int ldb, float beta, float *c, int ldc) {
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

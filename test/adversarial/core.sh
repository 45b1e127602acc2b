#!/usr/bin/env bash
# Every fuzz target (test/fuzz/fuzz_*.c, built with ASan+UBSan) run once over
# every adversarial input from test/adversarial/gen.py, invalid UTF-8 and NUL
# bytes included (inputs that cannot reach the core through SQL).  A crash,
# sanitizer report, failed invariant or a single input running over 120 s
# fails the target.  Prints TAP.
#
#   ADV_SIZE=1048576 ADV_HUGE=10485760 bash test/adversarial/core.sh   # full size
set -uo pipefail
cd "$(dirname "$0")/../.."
SIZE=${ADV_SIZE:-65536}
HUGE=${ADV_HUGE:-262144}
DIR=build/adversarial-core
rm -rf "$DIR"
mkdir -p "$DIR/inputs"
if ! python3 test/adversarial/gen.py "$DIR/inputs" --size "$SIZE" --huge "$HUGE" 2> "$DIR/gen.log"; then
    echo "1..1"; echo "not ok 1 - adversarial inputs generated"; sed 's/^/# /' "$DIR/gen.log"; exit 1
fi
if ! FUZZ_BUILD_ONLY=1 bash test/fuzz/run.sh > "$DIR/build.tap" 2>&1; then
    echo "1..1"; echo "not ok 1 - fuzz targets build"; sed 's/^/# /' "$DIR/build.tap"; exit 1
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ninputs=$(ls "$DIR/inputs" | wc -l)
targets=()
for src in test/fuzz/fuzz_*.c; do targets+=("$(basename "$src" .c)"); done
echo "1..${#targets[@]}"
n=0
for t in "${targets[@]}"; do
    n=$((n + 1))
    if ! [ -x "build/fuzz/$t" ] || grep -q "not ok.* $t builds" "$DIR/build.tap"; then
        echo "not ok $n - $t builds"; continue
    fi
    log="$DIR/$t.log"
    start=$SECONDS
    if "build/fuzz/$t" -timeout=120 -rss_limit_mb=4096 "$DIR/inputs"/* > "$log" 2>&1; then
        echo "ok $n - $t survives all $ninputs adversarial inputs ($((SECONDS - start)) s)"
    else
        echo "not ok $n - $t survives all $ninputs adversarial inputs"
        grep -E '^Running: ' "$log" | tail -1 | sed 's/^/# last input: /'
        grep -E 'ERROR|SUMMARY|#[0-9]+ 0x' "$log" | head -12 | sed 's/^/#   /'
    fi
done

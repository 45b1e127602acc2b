#!/usr/bin/env bash
# Build every libFuzzer target in test/fuzz/fuzz_*.c against the core (clang,
# with ASan+UBSan), replay its saved regression inputs, then fuzz it for
# FUZZ_SECONDS (default 10) from its seed corpus and dictionary.  Prints TAP.
#
#   FUZZ_SECONDS=3600 bash test/fuzz/run.sh [target ...]   # a long run
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-10}
OUT=build/fuzz
mkdir -p "$OUT"
make -s src/core/skills_data.c >/dev/null 2>&1 || true
CORE_SRCS=$(make -s --no-print-directory print-core-srcs)
FLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/core $(pkg-config --cflags libpcre2-8 jansson)"
LIBS="$(pkg-config --libs libpcre2-8 jansson) -lm"

if [ $# -gt 0 ]; then targets=("$@"); else
    targets=()
    for src in test/fuzz/fuzz_*.c; do targets+=("$(basename "$src" .c)"); done
fi

n=0
echo "1..$((${#targets[@]} * 2))"
for t in "${targets[@]}"; do
    n=$((n + 1))
    if ! clang $FLAGS -o "$OUT/$t" "test/fuzz/$t.c" $CORE_SRCS $LIBS > "$OUT/$t.build.log" 2>&1; then
        echo "not ok $n - $t builds"; sed 's/^/# /' "$OUT/$t.build.log" | head -20
        n=$((n + 1)); echo "not ok $n - $t fuzzes clean # not built"
        continue
    fi
    regress_ok=1
    if [ -d "test/fuzz/regressions/$t" ]; then
        for f in "test/fuzz/regressions/$t"/*; do
            [ -f "$f" ] || continue
            "$OUT/$t" "$f" > "$OUT/$t.regress.log" 2>&1 || { regress_ok=0; echo "# regression input $f fails"; }
        done
    fi
    [ $regress_ok -eq 1 ] && echo "ok $n - $t builds and replays its regression inputs" ||
        echo "not ok $n - $t replays its regression inputs"
    n=$((n + 1))
    work="$OUT/corpus-$t"
    mkdir -p "$work" "$OUT/artifacts-$t"
    dict=()
    [ -f "test/fuzz/$t.dict" ] && dict=(-dict="test/fuzz/$t.dict")
    seeds=()
    [ -d "test/fuzz/corpus/$t" ] && seeds=("test/fuzz/corpus/$t")
    if "$OUT/$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$OUT/artifacts-$t/" "${dict[@]}" "$work" "${seeds[@]}" > "$OUT/$t.fuzz.log" 2>&1; then
        echo "ok $n - $t fuzzes clean for ${SECONDS_EACH}s ($(grep -oE '^#[0-9]+' "$OUT/$t.fuzz.log" | tail -1 | tr -d '#') runs)"
    else
        echo "not ok $n - $t fuzzes clean"
        grep -E 'ERROR|SUMMARY|Test unit written' "$OUT/$t.fuzz.log" | head -5 | sed 's/^/# /'
    fi
done

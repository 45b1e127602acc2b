#!/usr/bin/env bash
# Build every libFuzzer target in test/fuzz/fuzz_*.c against the core (clang,
# with ASan+UBSan), replay its saved regression inputs, then fuzz it for
# FUZZ_SECONDS (default 10) from its seed corpus and dictionary.  Prints TAP.
#
#   FUZZ_SECONDS=3600 bash test/fuzz/run.sh [target ...]   # a long run
#   FUZZ_BUILD_ONLY=1 bash test/fuzz/run.sh                # build only (TAP)
#
# Binaries land in build/fuzz/<target>; run one on files to replay them:
#   build/fuzz/fuzz_posting path/to/input ...
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${FUZZ_SECONDS:-10}
OUT=build/fuzz
mkdir -p "$OUT"
make -s src/core/skills_data.c >/dev/null 2>&1 || true
CORE_SRCS=$(make -s --no-print-directory print-core-srcs)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS_FUZZ="-g -O1 $SAN -Isrc/core $(pkg-config --cflags libpcre2-8 jansson)"
LIBS="$(pkg-config --libs libpcre2-8 jansson) -lm"

if [ $# -gt 0 ]; then targets=("$@"); else
    targets=()
    for src in test/fuzz/fuzz_*.c; do targets+=("$(basename "$src" .c)"); done
fi

# The core is compiled once per run (objects cached while newer than every
# core source and header), instrumented for coverage but without libFuzzer's
# main; each target links against it.
OBJ=$OUT/obj
mkdir -p "$OBJ"
core_objs=()
: > "$OUT/core.build.log"
core_ok=1
newest_header=$(ls -t src/core/*.h | head -1)
for src in $CORE_SRCS; do
    o="$OBJ/$(basename "$src" .c).o"
    core_objs+=("$o")
    if [ ! -f "$o" ] || [ "$src" -nt "$o" ] || [ "$newest_header" -nt "$o" ]; then
        clang $CFLAGS_FUZZ -fsanitize=fuzzer-no-link -c -o "$o" "$src" >> "$OUT/core.build.log" 2>&1 || core_ok=0
    fi
done

# build_target NAME: link build/fuzz/NAME; false (log in NAME.build.log) on failure.
build_target() {
    [ $core_ok -eq 1 ] || { cp "$OUT/core.build.log" "$OUT/$1.build.log"; return 1; }
    clang $CFLAGS_FUZZ -fsanitize=fuzzer -o "$OUT/$1" "test/fuzz/$1.c" "${core_objs[@]}" $LIBS \
        > "$OUT/$1.build.log" 2>&1
}

n=0
if [ -n "${FUZZ_BUILD_ONLY:-}" ]; then
    echo "1..${#targets[@]}"
    for t in "${targets[@]}"; do
        n=$((n + 1))
        if build_target "$t"; then
            echo "ok $n - $t builds"
        else
            echo "not ok $n - $t builds"; sed 's/^/# /' "$OUT/$t.build.log" | head -20
        fi
    done
    exit 0
fi
echo "1..$((${#targets[@]} * 2))"
for t in "${targets[@]}"; do
    n=$((n + 1))
    if ! build_target "$t"; then
        echo "not ok $n - $t builds"; sed 's/^/# /' "$OUT/$t.build.log" | head -20
        n=$((n + 1)); echo "not ok $n - $t fuzzes clean # not built"
        continue
    fi
    regress_ok=1
    if [ -d "test/fuzz/regressions/$t" ]; then
        for f in "test/fuzz/regressions/$t"/*; do
            [ -f "$f" ] || continue
            if ! "$OUT/$t" -rss_limit_mb=4096 "$f" > "$OUT/$t.regress.log" 2>&1; then
                regress_ok=0
                echo "# regression input $f fails"
                grep -E 'ERROR|SUMMARY|#[0-9]+ 0x' "$OUT/$t.regress.log" | head -8 | sed 's/^/#   /'
            fi
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

#!/usr/bin/env bash
# Core unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer
# (clang).  Any sanitizer report aborts the test binary, which fails the run.
set -uo pipefail
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
make -s unitcheck CORE_CC=clang \
    CORE_SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"

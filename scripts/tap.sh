# Shared helpers for the test scripts (sourced, not run).
# Results go to $JOBREQ_RESULTS as lines "PASS <name>" / "FAIL <name>".

# record PASS|FAIL name
record() {
    echo "$1 $2" >> "$JOBREQ_RESULTS"
}

# run_tap NAME LOGFILE CMD...: run a command that prints TAP ("ok N - x" /
# "not ok N - x"), record each test; a failing command whose output has no
# failing test line is recorded as one failure of NAME.
run_tap() {
    local name=$1 log=$2
    shift 2
    local status=0
    "$@" > "$log" 2>&1 || status=$?
    local pass fail
    pass=$(grep -cE '^[[:space:]]*ok [0-9]+' "$log" || true)
    fail=$(grep -cE '^[[:space:]]*not ok [0-9]+' "$log" || true)
    local i
    for ((i = 0; i < pass; i++)); do echo "PASS $name" >> "$JOBREQ_RESULTS"; done
    for ((i = 0; i < fail; i++)); do echo "FAIL $name" >> "$JOBREQ_RESULTS"; done
    if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then
        echo "FAIL $name (exit status $status)" >> "$JOBREQ_RESULTS"
        fail=1
    fi
    printf '%-28s %4d passed, %d failed   (log: %s)\n' "$name" "$pass" "$fail" "$log"
    if [ "$fail" -ne 0 ]; then
        grep -E '^[[:space:]]*not ok' "$log" | head -n 20 || true
        if [ "$status" -ne 0 ]; then tail -n 30 "$log"; fi
    fi
    return 0
}

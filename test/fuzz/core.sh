#!/usr/bin/env bash
# Short fuzz runs of every target inside the test command (about a minute in
# all); see test/fuzz/run.sh for long runs.
export FUZZ_SECONDS=${FUZZ_SECONDS:-8}
exec bash "$(dirname "$0")/run.sh"

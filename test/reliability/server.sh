#!/usr/bin/env bash
# Server reliability suite (TAP), run inside the throwaway cluster by
# scripts/pg_tests.sh: every adversarial input through every parse function
# under a statement_timeout; statement_timeout and pg_cancel_backend stop
# large parses promptly (SQLSTATE 57014); the postmaster never restarts.
set -uo pipefail
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 test/reliability/server.py "$@"

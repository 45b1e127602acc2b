#!/usr/bin/env bash
# Set everything up and show what jobreq does: install missing packages,
# build, install, start a throwaway cluster, create the extension, load the
# project's sample postings from test/corpus/ and run scripts/demo.sql.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
make -s >/dev/null
make -s install >/dev/null
exec pg_virtualenv -v 15 bash scripts/demo_inner.sh

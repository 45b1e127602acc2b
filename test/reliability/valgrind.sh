#!/usr/bin/env bash
# Run the pg_regress suite (make installcheck) against a server running under
# Valgrind memcheck.  Slow (tens of minutes), so not part of scripts/test.sh.
#
#   bash test/reliability/valgrind.sh            # builds, installs privately, runs
#   VALGRIND_REGRESS="salary_range errors" bash test/reliability/valgrind.sh
#
# No shared state is touched: the PostgreSQL installation is copied into a
# private tree (PostgreSQL finds its share and lib directories relative to
# the binary), jobreq is installed there with `make install DESTDIR=...`, and
# a throwaway cluster on its own socket directory runs from it.  Every
# process of the cluster runs under memcheck (--leak-check=no: backends leave
# memory to their contexts and exit).  Errors whose stack passes through
# jobreq (jobreq.so, jr_* functions) fail the run; errors elsewhere in the
# server are listed as PostgreSQL's own (the Debian server is not built with
# USE_VALGRIND; test/reliability/valgrind.supp silences the known ones).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PGBIN=$(pg_config --bindir)
PKGLIB=$(pg_config --pkglibdir)
SHARE=$(pg_config --sharedir)
WORK=${VALGRIND_WORK:-$ROOT/build/valgrind}
PORT=${VALGRIND_PORT:-55432}
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then RUNAS=(runuser -u postgres --); fi

rm -rf "$WORK"
mkdir -p "$WORK/logs"
echo "# build and private install in $WORK/inst"
make -s >/dev/null
make -s install DESTDIR="$WORK/inst" >/dev/null
# the server binaries and data files next to jobreq, same relative layout
mkdir -p "$WORK/inst$(dirname "$PGBIN")" "$WORK/inst$PKGLIB" "$WORK/inst$SHARE"
cp -a "$PGBIN" "$WORK/inst$(dirname "$PGBIN")/"
cp -an "$PKGLIB/." "$WORK/inst$PKGLIB/"
cp -an "$SHARE/." "$WORK/inst$SHARE/"
BIN=$WORK/inst$PGBIN
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$WORK"; chmod 755 "$ROOT/build" 2>/dev/null || true; fi

"${RUNAS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --no-sync > "$WORK/logs/initdb.log"

echo "# start postgres under valgrind (port $PORT)"
"${RUNAS[@]}" valgrind --quiet --trace-children=yes --leak-check=no --num-callers=40 \
    --track-origins=no --error-markers=VALGRIND-ERROR-BEGIN,VALGRIND-ERROR-END \
    --suppressions="$ROOT/test/reliability/valgrind.supp" \
    --log-file="$WORK/logs/valgrind.%p.log" \
    "$BIN/postgres" -D "$WORK/data" -p "$PORT" -k "$WORK" -c listen_addresses= \
    -c autovacuum=off -c jit=off -c max_parallel_workers_per_gather=0 \
    -c shared_buffers=32MB -c fsync=off -c log_min_messages=warning \
    > "$WORK/logs/server.log" 2>&1 &
VGPID=$!

stop_server() {
    "${RUNAS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m fast -w -t 600 stop > /dev/null 2>&1 || kill "$VGPID" 2>/dev/null || true
    wait "$VGPID" 2>/dev/null || true
}
trap stop_server EXIT

for _ in $(seq 300); do
    "$BIN/pg_isready" -h "$WORK" -p "$PORT" -q && break
    sleep 1
done

echo "# make installcheck under valgrind (slow)"
status=0
REGRESS_ARGS=()
[ -n "${VALGRIND_REGRESS:-}" ] && REGRESS_ARGS=(REGRESS="$VALGRIND_REGRESS")
start=$SECONDS
PGHOST=$WORK PGPORT=$PORT PGUSER=postgres make installcheck "${REGRESS_ARGS[@]}" \
    > "$WORK/logs/installcheck.log" 2>&1 || status=$?
elapsed=$((SECONDS - start))
grep -E '^(ok|not ok|test| *[a-z_0-9]+ +\.\.\.)' "$WORK/logs/installcheck.log" | sed 's/^/#   /' || true
stop_server
trap - EXIT

# classify every error block by whether jobreq is on its stack
/usr/bin/python3 - "$WORK/logs" "$status" "$elapsed" <<'PY'
import glob, os, re, sys
logs, status, elapsed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ours, theirs = [], []
for path in sorted(glob.glob(os.path.join(logs, 'valgrind.*.log'))):
    text = open(path, errors='replace').read()
    for block in re.findall(r'VALGRIND-ERROR-BEGIN\n(.*?)VALGRIND-ERROR-END', text, re.S):
        (ours if re.search(r'jobreq\.so|\bjr_[a-z_]+|/src/(core|pg)/', block) else theirs).append(
            (os.path.basename(path), block))
for name, b in ours[:10]:
    print('# jobreq error in %s:' % name)
    print('\n'.join('#   ' + l for l in b.splitlines()[:30]))
for name, b in theirs[:5]:
    print('# PostgreSQL-internal report (not jobreq) in %s:' % name)
    print('\n'.join('#   ' + l for l in b.splitlines()[:12]))
print('valgrind: pg_regress %s in %d s; %d memcheck errors in jobreq code, %d elsewhere in the server'
      % ('passed' if status == 0 else 'FAILED', elapsed, len(ours), len(theirs)))
sys.exit(0 if status == 0 and not ours else 1)
PY

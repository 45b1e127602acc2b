#!/usr/bin/env python3
"""jobreq server reliability checks, printing TAP (see server.sh).

Environment: PGHOST/PGPORT/PGUSER (pg_virtualenv), ADV_SIZE and ADV_HUGE
(sizes of the generated adversarial inputs), CANCEL_MB (size of the text the
cancellation tests parse).
"""
import os
import subprocess
import sys
import threading
import time

import psycopg2

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DB = 'jobreq_reliability'
SIZE = int(os.environ.get('ADV_SIZE', 131072))
HUGE = int(os.environ.get('ADV_HUGE', 1 << 20))
CANCEL_MB = int(os.environ.get('CANCEL_MB', 160))
PER_INPUT_TIMEOUT = '60s'      # generous: these inputs take milliseconds
CANCEL_LIMIT = 3.0             # seconds from a 1 s timeout to the error

n = 0
failed = 0


def tap(ok, desc, diag=None):
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, desc), flush=True)
    if diag and not ok:
        for line in str(diag).splitlines():
            print('#   ' + line)


def skip(desc, why):
    global n
    n += 1
    print('ok %d - %s # SKIP %s' % (n, desc, why), flush=True)


def connect(db=DB):
    conn = psycopg2.connect(dbname=db)
    conn.autocommit = True
    return conn


def have_function(cur, name, nargs):
    cur.execute("SELECT count(*) FROM pg_proc WHERE proname = %s AND pronargs = %s",
                (name, nargs))
    return cur.fetchone()[0] > 0


def try_sql(cur, sql, args=None):
    """(rows, None) or (None, (sqlstate, message))."""
    try:
        cur.execute(sql, args)
        return cur.fetchall(), None
    except psycopg2.Error as e:
        return None, (e.pgcode, (e.pgerror or '').strip())


def adversarial_inputs(cur, funcs):
    d = os.path.join(ROOT, 'build', 'reliability', 'inputs')
    subprocess.run([sys.executable, os.path.join(ROOT, 'test', 'adversarial', 'gen.py'), d,
                    '--size', str(SIZE), '--huge', str(HUGE)], check=True,
                   stderr=subprocess.DEVNULL)
    cur.execute("CREATE TABLE adv (name text PRIMARY KEY, raw text NOT NULL)")
    for fn in sorted(os.listdir(d)):
        if fn.endswith('.txt'):
            with open(os.path.join(d, fn), 'rb') as f:
                cur.execute("INSERT INTO adv VALUES (%s, %s)", (fn[:-4], f.read().decode('utf-8')))
    cur.execute("SET statement_timeout = %s", (PER_INPUT_TIMEOUT,))
    cur.execute("SELECT name, octet_length(raw) FROM adv ORDER BY name")
    for name, size in cur.fetchall():
        problems = []
        t0 = time.perf_counter()
        for fname, sql, check in funcs:
            rows, err = try_sql(cur, sql, (name,))
            if err:
                if fname == 'salary_range' and err[0] in ('22P02', '22003', '54000'):
                    continue
                problems.append('%s raised %s: %s' % (fname, err[0], err[1][:200]))
            elif not check(rows[0][0]):
                problems.append('%s returned %r' % (fname, rows[0][0]))
        took = time.perf_counter() - t0
        tap(not problems, 'adversarial %s (%d bytes): %s return (%.2f s)'
            % (name, size, ', '.join(f[0] for f in funcs), took), '\n'.join(problems))
    cur.execute("RESET statement_timeout")


def cancel_by_timeout(cur, fname, sql):
    cur.execute("SET statement_timeout = '1s'")
    t0 = time.perf_counter()
    rows, err = try_sql(cur, sql)
    took = time.perf_counter() - t0
    cur.execute("RESET statement_timeout")
    ok = err is not None and err[0] == '57014' and took <= CANCEL_LIMIT
    tap(ok, "statement_timeout = 1s stops %s: SQLSTATE %s after %.2f s (limit %.1f s)"
        % (fname, err[0] if err else 'none', took, CANCEL_LIMIT),
        err[1] if err else 'the statement finished (make the input larger)')


def cancel_by_backend(conn, fname, sql):
    cur = conn.cursor()
    cur.execute("SELECT pg_backend_pid()")
    pid = cur.fetchone()[0]
    other = connect()
    when = {}

    def canceller():
        time.sleep(1.0)
        when['cancel'] = time.perf_counter()
        other.cursor().execute("SELECT pg_cancel_backend(%s)", (pid,))

    th = threading.Thread(target=canceller)
    th.start()
    rows, err = try_sql(cur, sql)
    done = time.perf_counter()
    th.join()
    other.close()
    lag = done - when.get('cancel', done)
    ok = err is not None and err[0] == '57014' and lag <= CANCEL_LIMIT - 1.0
    tap(ok, "pg_cancel_backend stops %s: SQLSTATE %s %.2f s after the cancel"
        % (fname, err[0] if err else 'none', lag),
        err[1] if err else 'the statement finished before the cancel')


def server_log():
    """Path of the cluster's log file (pg_lsclusters), or None."""
    try:
        out = subprocess.run(['pg_lsclusters', '-h'], capture_output=True, text=True).stdout
    except OSError:
        return None
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 7 and f[2] == os.environ.get('PGPORT', '5432') and os.path.exists(f[-1]):
            return f[-1]
    return None


def main():
    admin = connect('postgres')
    acur = admin.cursor()
    acur.execute("DROP DATABASE IF EXISTS " + DB)
    acur.execute("CREATE DATABASE " + DB)
    conn = connect()
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION jobreq")
    cur.execute("SELECT pg_postmaster_start_time()")
    started = cur.fetchone()[0]
    # a backend crash makes the postmaster end every session: this one
    # stays idle for the whole suite and must still answer at the end
    sentinel = connect()
    logpath = server_log()
    logstart = os.path.getsize(logpath) if logpath else 0

    funcs = []
    if have_function(cur, 'parse_posting', 1):
        funcs.append(('parse_posting', "SELECT jsonb_typeof(parse_posting(raw)) FROM adv WHERE name = %s",
                      lambda v: v == 'object'))
    if have_function(cur, 'parse_posting', 2):
        funcs.append(('parse_posting+evidence',
                      "SELECT jsonb_typeof(parse_posting(raw, true)) FROM adv WHERE name = %s",
                      lambda v: v == 'object'))
    if have_function(cur, 'parse_salary', 1):
        funcs.append(('parse_salary', "SELECT parse_salary(raw) IS NULL OR true FROM adv WHERE name = %s",
                      lambda v: v is True))
    if have_function(cur, 'extract_skills', 1):
        funcs.append(('extract_skills',
                      "SELECT array_ndims(extract_skills(raw)) IS DISTINCT FROM 2 FROM adv WHERE name = %s",
                      lambda v: v is True))
    cur.execute("SELECT count(*) FROM pg_type WHERE typname = 'salary_range'")
    if cur.fetchone()[0]:
        funcs.append(('salary_range', "SELECT raw::salary_range IS NOT NULL FROM adv WHERE name = %s",
                      lambda v: v is True))

    if funcs:
        adversarial_inputs(cur, funcs)
    else:
        skip('adversarial inputs', 'no parse function installed yet')

    # a large text: one of the project's postings repeated to CANCEL_MB
    with open(os.path.join(ROOT, 'test', 'corpus', '001_ml-fraud-board.txt'), 'rb') as f:
        posting = f.read().decode('utf-8')
    cur.execute("CREATE TABLE post (raw text)")
    cur.execute("INSERT INTO post VALUES (%s)", (posting,))
    reps = CANCEL_MB * (1 << 20) // len(posting.encode())
    big = "(SELECT repeat(raw, %d) FROM post)" % reps
    # parse_salary stops at the first pay it finds: give it prose without pay
    prose = ('We build data pipelines in Python, SQL and Spark for analysts; '
             'you have 5+ years of experience and a Bachelor degree. ')
    payless = "repeat('%s', %d)" % (prose, CANCEL_MB * (1 << 20) // len(prose))
    for fname in ('parse_posting', 'parse_salary', 'extract_skills'):
        if have_function(cur, fname, 1):
            arg = payless if fname == 'parse_salary' else big
            cancel_by_timeout(cur, '%s over one %d MB text' % (fname, CANCEL_MB),
                              "SELECT %s(%s) IS NULL" % (fname, arg))
        else:
            skip('statement_timeout stops %s' % fname, 'not installed')
    if have_function(cur, 'parse_posting', 1):
        cancel_by_timeout(cur, 'parse_posting over a million rows',
                          "SELECT count(parse_posting(raw)) FROM post, generate_series(1, 1000000)")
        cancel_by_backend(conn, 'parse_posting over one %d MB text' % CANCEL_MB,
                          "SELECT parse_posting(%s) IS NULL" % big)
    else:
        skip('statement_timeout stops parse_posting over many rows', 'not installed')
        skip('pg_cancel_backend stops parse_posting', 'not installed')

    cur.execute("SELECT pg_postmaster_start_time()")
    tap(cur.fetchone()[0] == started, 'the postmaster did not restart during the suite')
    rows, err = try_sql(sentinel.cursor(), "SELECT 1")
    tap(err is None, 'no backend crashed (a session opened at the start still answers)', err)
    if logpath:
        with open(logpath, 'rb') as f:
            f.seek(logstart)
            bad = [l for l in f.read().decode('utf-8', 'replace').splitlines()
                   if 'terminated by signal' in l or 'PANIC' in l]
        tap(not bad, 'the server log has no "terminated by signal" or PANIC', '\n'.join(bad[:5]))
    else:
        skip('the server log has no "terminated by signal"', 'log file not found')
    conn.close()
    sentinel.close()
    acur.execute("DROP DATABASE IF EXISTS " + DB)
    admin.close()
    print('1..%d' % n)
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()

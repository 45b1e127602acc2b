#!/usr/bin/env python3
"""Adversarial-input and memory benchmark for jobreq (see bench/adversarial.sh).

Baseline: each function's per-byte time over the ordinary postings of the
shared corpus (JSONL with a raw_text field), measured in the same run.
Adversarial: every valid-UTF-8 input of test/adversarial/gen.py at two sizes
(--size and a quarter of it); per-byte time at the larger size as a multiple
of the baseline (target <= 10x), and the growth exponent between the sizes
(log(time ratio) / log(size ratio): 1.0 is linear, 2.0 quadratic; shown for
calls over 20 ms).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

import psycopg2
import psycopg2.extras

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = '/work/shared/corpus/postings.jsonl'

# what each function is called as; {} is the text argument
FUNCS = [
    ('parse_posting', 'parse_posting({}) IS NULL'),
    ('parse_posting_evidence', 'parse_posting({}, true) IS NULL'),
    ('parse_salary', 'parse_salary({}) IS NULL'),
    ('extract_skills', 'extract_skills({}) IS NULL'),
]

# ordinary salary_range literals: the baseline of the input function
LITERALS = ['229000..262000 USD/YEAR', '$229K - $262K USD / year',
            '$175,800 - $200,700', '$120-150k', '$22 - $45 per hour',
            '$25.50/hr', 'up to $90,000', '$120,000+', 'from \u20ac55k',
            '\u20ac50.000\u2013\u20ac60.000 per year', '\u00a340k-\u00a345k pa',
            "CHF 120'000 \u2013 140'000", 'A$120,000 - A$150,000',
            '$100,000 - $150,000 CAD', '\u20b912\u201318 LPA', '8,000/month']


def log(*a):
    print(*a, flush=True)


def have_function(cur, name, nargs):
    cur.execute("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE proname = %s AND pronargs = %s", (name, nargs))
    return cur.fetchone()[0] > 0


def have_type(cur, name):
    cur.execute("SELECT count(*) FROM pg_type WHERE typname = %s", (name,))
    return cur.fetchone()[0] > 0


def load_ordinary(cur, path):
    cur.execute("CREATE TABLE ordinary (id int PRIMARY KEY, raw text NOT NULL)")
    cur.execute("ALTER TABLE ordinary ALTER raw SET STORAGE EXTERNAL")
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            raw = json.loads(line)['raw_text'].replace('\x00', '')
            rows.append((i + 1, raw))
    psycopg2.extras.execute_values(cur, "INSERT INTO ordinary VALUES %s", rows, page_size=500)
    cur.execute("SELECT count(*), sum(octet_length(raw)) FROM ordinary")
    return cur.fetchone()


def load_adversarial(cur, table, directory):
    cur.execute("CREATE TABLE %s (name text PRIMARY KEY, raw text NOT NULL)" % table)
    cur.execute("ALTER TABLE %s ALTER raw SET STORAGE EXTERNAL" % table)
    for fn in sorted(os.listdir(directory)):
        if not fn.endswith('.txt'):
            continue
        with open(os.path.join(directory, fn), 'rb') as f:
            data = f.read().decode('utf-8')
        cur.execute("INSERT INTO " + table + " VALUES (%s, %s)", (fn[:-4], data))


def timed(cur, sql, args=None, reps=1):
    """Best wall time of reps executions, and the error (SQLSTATE) if any."""
    best = None
    for _ in range(reps):
        cur.execute("SAVEPOINT t")
        t0 = time.perf_counter()
        try:
            cur.execute(sql, args)
            cur.fetchall()
            err = None
        except psycopg2.Error as e:
            err = e.pgcode or 'error'
            cur.execute("ROLLBACK TO SAVEPOINT t")
        dt = time.perf_counter() - t0
        cur.execute("RELEASE SAVEPOINT t")
        best = dt if best is None else min(best, dt)
    return best, err


def rss(cur):
    cur.execute("SELECT pg_read_file('/proc/self/status')")
    status = cur.fetchone()[0]
    vals = {}
    for line in status.splitlines():
        k, _, v = line.partition(':')
        if k in ('VmRSS', 'RssAnon'):
            vals[k] = int(v.split()[0])
    cur.execute("SELECT sum(total_bytes) FROM pg_backend_memory_contexts")
    vals['contexts'] = int(cur.fetchone()[0]) // 1024
    return vals


def memory_check(cur, label, call, per_batch_rows, batches, table='ordinary'):
    """Run batches of calls in one backend; memory before the first batch
    (start), after the first batch (10%: one-time caches such as compiled
    patterns and the skill taxonomy are built by then) and after the last."""
    calls_per_batch = None
    first = None
    start = rss(cur)
    t0 = time.perf_counter()
    for b in range(batches):
        cur.execute("SELECT count(%s) FROM %s o CROSS JOIN generate_series(1, %d) g"
                    % (call, table, per_batch_rows))
        cur.fetchone()
        if calls_per_batch is None:
            cur.execute("SELECT count(*) * %d FROM %s" % (per_batch_rows, table))
            calls_per_batch = cur.fetchone()[0]
        if b == 0:
            first = rss(cur)
    last = rss(cur)
    total = calls_per_batch * batches
    log("%-18s %9d calls in %6.1f s: VmRSS start %7d kB, 10%% %7d kB, end %7d kB "
        "(end/start %.3f, end/10%% %.3f); RssAnon %6d -> %6d -> %6d kB (end/start %.3f); "
        "memory contexts %d -> %d -> %d kB"
        % (label, total, time.perf_counter() - t0, start['VmRSS'], first['VmRSS'],
           last['VmRSS'], last['VmRSS'] / start['VmRSS'], last['VmRSS'] / first['VmRSS'],
           start['RssAnon'], first['RssAnon'], last['RssAnon'],
           last['RssAnon'] / start['RssAnon'], start['contexts'], first['contexts'],
           last['contexts']))
    return last['VmRSS'] / start['VmRSS']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.environ.get('JOBREQ_CORPUS', DEFAULT_CORPUS))
    ap.add_argument('--size', type=int, default=1 << 20)
    ap.add_argument('--huge', type=int, default=10 << 20)
    ap.add_argument('--reps', type=int, default=2)
    ap.add_argument('--skip-memory', action='store_true')
    ap.add_argument('--memory-only', action='store_true')
    args = ap.parse_args()

    conn = psycopg2.connect('')
    conn.autocommit = False
    cur = conn.cursor()
    cur.execute("DROP EXTENSION IF EXISTS jobreq CASCADE")
    cur.execute("CREATE EXTENSION jobreq")
    cur.execute("SELECT jobreq_version()")
    log("jobreq %s; corpus %s" % (cur.fetchone()[0], args.corpus))
    cur.execute("DROP TABLE IF EXISTS ordinary, adv_big, adv_small")
    n, nbytes = load_ordinary(cur, args.corpus)
    log("baseline: %d ordinary postings, %d bytes" % (n, nbytes))
    conn.commit()

    funcs = [(name, expr) for name, expr in FUNCS
             if have_function(cur, name.replace('_evidence', ''), 2 if 'evidence' in name else 1)]
    missing = [name for name, _ in FUNCS if name not in dict(funcs)]
    if missing:
        log("not installed (skipped): %s" % ', '.join(missing))
    literal = have_type(cur, 'salary_range')

    failures = 0
    if not args.memory_only:
        gen = os.path.join(ROOT, 'test', 'adversarial', 'gen.py')
        dirs = {}
        for tag, size, huge in (('big', args.size, args.huge),
                                ('small', args.size // 4, args.huge // 4)):
            d = os.path.join(ROOT, 'build', 'adversarial-bench', tag)
            subprocess.run([sys.executable, gen, d, '--size', str(size), '--huge', str(huge)],
                           check=True, stderr=subprocess.DEVNULL)
            load_adversarial(cur, 'adv_' + tag, d)
            dirs[tag] = d
        conn.commit()
        cur.execute("SELECT name, octet_length(raw) FROM adv_big ORDER BY name")
        big = cur.fetchall()
        cur.execute("SELECT name, octet_length(raw) FROM adv_small")
        small = dict(cur.fetchall())

        results = []
        summary = []
        for name, expr in funcs:
            t, err = timed(cur, "SELECT count(*) FROM ordinary WHERE NOT %s" % expr.format('raw'),
                           reps=args.reps)
            if err:
                log("%s over ordinary postings failed: %s" % (name, err))
                failures += 1
                continue
            base = t / nbytes
            worst = (0, None)
            worst_exp = (0, None)
            for adv, size in big:
                q = "SELECT %s FROM %%s WHERE name = %%%%s" % expr.format('raw')
                tb, errb = timed(cur, q % 'adv_big', (adv,), reps=args.reps)
                ts, errs = timed(cur, q % 'adv_small', (adv,), reps=args.reps)
                if errb or errs:
                    failures += 1
                    log("  %s(%s) raised %s" % (name, adv, errb or errs))
                    results.append((name, adv, size, tb, float('nan'), errb or errs))
                    continue
                ratio = (tb / size) / base
                growth = math.log(max(tb, 1e-6) / max(ts, 1e-6)) / math.log(size / small[adv])
                results.append((name, adv, size, tb, ratio, growth))
                if ratio > worst[0]:
                    worst = (ratio, adv)
                # below ~20 ms, timer noise and cache-size steps dominate
                if growth > worst_exp[0] and tb > 0.02:
                    worst_exp = (growth, adv)
            summary.append((name, base * 1e9, worst, worst_exp))

        if literal:
            t, _ = timed(cur, "SELECT count(x::salary_range) FROM unnest(%s::text[]) x, "
                         "generate_series(1, 2000) g", (LITERALS,), reps=args.reps)
            lbytes = sum(len(s.encode()) for s in LITERALS) * 2000
            base = t / lbytes
            worst = (0, None)
            for adv, size in big:
                tb, err = timed(cur, "SELECT raw::salary_range FROM adv_big WHERE name = %s",
                                (adv,), reps=args.reps)
                if err and err not in ('22P02', '22003', '54000'):
                    failures += 1
                    log("  salary_range input (%s) raised %s" % (adv, err))
                ratio = (tb / size) / base
                results.append(('salary_range_in', adv, size, tb, ratio, err or 'ok'))
                if ratio > worst[0]:
                    worst = (ratio, adv)
            summary.append(('salary_range_in', base * 1e9, worst, (float('nan'), '-')))

        log("")
        log("slowest adversarial inputs (per-byte time / ordinary postings' per-byte time):")
        for r in sorted([r for r in results if not math.isnan(r[4])], key=lambda r: -r[4])[:15]:
            log("  %-22s %-24s %9d B %9.2f ms  %6.2fx  %s" % (
                r[0], r[1], r[2], r[3] * 1000, r[4],
                ('growth exponent %.2f' % r[5]) if isinstance(r[5], float) else r[5]))
        log("")
        log("%-22s %14s %10s  %-24s %s" % ('function', 'baseline ns/B', 'worst', 'input',
                                            'max growth exponent (size x4)'))
        for name, base_ns, worst, wexp in summary:
            log("%-22s %14.1f %9.2fx  %-24s %.2f (%s)" % (name, base_ns, worst[0], worst[1],
                                                       wexp[0], wexp[1]))
        overall = max([s[2][0] for s in summary] or [0])
        log("")
        log("worst adversarial per-byte time: %.2fx ordinary postings (target <= 10x) %s"
            % (overall, 'OK' if overall <= 10 else 'OVER TARGET'))
        conn.commit()

    if not args.skip_memory:
        log("")
        log("memory over many calls in one backend (VmRSS and RssAnon from /proc/self/status, "
            "memory contexts from pg_backend_memory_contexts):")
        # Each batch is a new query: with JIT on, PostgreSQL's LLVM compiles
        # it, and libLLVM keeps about 150-250 kB per compilation outside the
        # memory contexts, which would read as growth per batch.  JIT is not
        # what is measured here.
        cur.execute("SET jit = off")
        # short texts: the first 300 characters of each ordinary posting
        cur.execute("CREATE TEMP TABLE short AS SELECT id, left(raw, 300) AS raw FROM ordinary")
        cur.execute("CREATE TEMP TABLE lits AS SELECT x AS raw FROM unnest(%s::text[]) x",
                    (LITERALS,))
        # 2,591 postings x 39 x 10 batches = 1,010,490 calls
        if have_function(cur, 'parse_salary', 1):
            memory_check(cur, 'parse_salary', 'parse_salary(o.raw)', 39, 10)
        if have_function(cur, 'extract_skills', 1):
            memory_check(cur, 'extract_skills', 'extract_skills(o.raw)', 39, 10)
        if literal:
            # 16 literals x 6,250 x 10 batches = 1,000,000 calls
            memory_check(cur, 'salary_range input', 'o.raw::salary_range', 6250, 10, 'lits')
        if have_function(cur, 'parse_posting', 1):
            # 2,591 short texts x 39 x 10 batches = 1,010,490 calls
            memory_check(cur, 'parse_posting 300c', 'parse_posting(o.raw)', 39, 10, 'short')
            # whole postings: 2,591 x 4 x 10 batches = 103,640 calls
            memory_check(cur, 'parse_posting', 'parse_posting(o.raw)', 4, 10)
        if have_function(cur, 'parse_posting', 1) and have_function(cur, 'meets_requirements', 2):
            cur.execute("CREATE TEMP TABLE parsed AS SELECT id, parse_posting(raw) AS doc FROM ordinary")
            cand = ('{"skills": ["Python", "SQL", "AWS", "Excel"], "yearsOfExperience": 6, '
                    '"educationalLevel": "bachelor", "workplaceTypes": ["remote", "hybrid"], '
                    '"salaryExpectation": "120000..160000 USD/YEAR"}')
            # 2,591 documents x 39 x 10 batches = 1,010,490 calls
            memory_check(cur, 'meets_requirements',
                         "meets_requirements('%s'::jsonb, o.doc)" % cand, 39, 10, 'parsed')
    conn.close()
    if failures:
        log("%d adversarial calls raised errors" % failures)
        sys.exit(1)


if __name__ == '__main__':
    main()

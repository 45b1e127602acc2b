#!/usr/bin/env python3
"""Time skill_overlap against plain SQL and extract_skills against md5.

Run by bench/skills.sh inside a throwaway cluster (PGHOST/PGPORT set by
pg_virtualenv).  Each query runs REPEAT times; the best wall time and the
best CPU time of the backend (from /proc, so the client must run on the
server's machine) are reported."""

import io
import json
import os
import random
import time

import psycopg2

ROWS = int(os.environ.get('ROWS', '200000'))
REPEAT = int(os.environ.get('REPEAT', '5'))
CORPUS = os.environ.get('CORPUS', '../shared/corpus/postings.jsonl')
COPIES = int(os.environ.get('COPIES', '4'))   # corpus copies in the table
PARTS = os.environ.get('PARTS', 'overlap,extract').split(',')


def pg_array(items):
    """A text[] literal for COPY's text format."""
    out = []
    for x in items:
        x = x.replace('\\', '\\\\').replace('"', '\\"')
        out.append('"%s"' % x)
    return ('{' + ','.join(out) + '}').replace('\\', '\\\\')


def backend_cpu(pid):
    """CPU seconds (user + system) used so far by backend pid."""
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def timed(cur, sql):
    """Best wall time and best backend CPU time of sql over REPEAT runs
    (after one warm-up).  The machine is shared: the backend's CPU time is
    what the query costs, the minimum the least disturbed run."""
    cur.execute('SELECT pg_backend_pid()')
    pid = cur.fetchone()[0]
    cur.execute(sql)
    cur.fetchall()
    walls = []
    cpus = []
    for _ in range(REPEAT):
        c = backend_cpu(pid)
        t = time.perf_counter()
        cur.execute(sql)
        cur.fetchall()
        walls.append(time.perf_counter() - t)
        cpus.append(backend_cpu(pid) - c)
    return min(walls), max(min(cpus), 0.01)


def main():
    conn = psycopg2.connect(dbname='postgres')
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute('DROP DATABASE IF EXISTS jobreq_bench')
    cur.execute('CREATE DATABASE jobreq_bench')
    conn.close()
    conn = psycopg2.connect(dbname='jobreq_bench')
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute('CREATE EXTENSION jobreq')
    cur.execute('SET max_parallel_workers_per_gather = 0')

    # (a) overlap, two workloads of ROWS rows each:
    #  realistic: candidates list 12 skills, postings want 8, drawn with
    #    Zipf-like frequencies (a few skills are everywhere, most are rare)
    #    from the canonical names, 20% written as an alias, 30% lower-cased;
    #    every other posting wants 3 skills the candidate has;
    #  uniform: 8 had and 5 wanted, drawn uniformly from every name and
    #    alias plus 200 unknown names (no repetition to exploit: the worst
    #    case for any lookup), every other row wanting 2 of its own.
    cur.execute('SELECT name, aliases FROM skill_taxonomy() ORDER BY name')
    tax = cur.fetchall()
    rnd = random.Random(42)
    names = [n for n, _ in tax]
    rnd.shuffle(names)
    aliases = {n: a for n, a in tax}
    weights = [1.0 / (r + 1) for r in range(len(names))]
    forms = names + [a for _, al in tax for a in al]
    forms += ['unknown skill %d' % i for i in range(200)]

    def realistic(k):
        out = []
        for n in rnd.choices(names, weights, k=k):
            if aliases[n] and rnd.random() < 0.2:
                n = rnd.choice(aliases[n])
            out.append(n.lower() if rnd.random() < 0.3 else n)
        return out

    def uniform(k):
        return [rnd.choice(forms) for _ in range(k)]

    for table, draw, nh, nw, extra in (('pairs_real', realistic, 12, 8, 3),
                                        ('pairs_uniform', uniform, 8, 5, 2)):
        if 'overlap' not in PARTS:
            break
        buf = io.StringIO()
        for i in range(ROWS):
            have = draw(nh)
            want = draw(nw) + (have[:extra] if i % 2 == 0 else [])
            buf.write('%s\t%s\n' % (pg_array(have), pg_array(want)))
        buf.seek(0)
        cur.execute('CREATE TABLE %s (have text[], want text[])' % table)
        cur.copy_expert('COPY %s FROM STDIN' % table, buf)
        cur.execute('VACUUM ANALYZE %s' % table)
        t_ext = timed(cur, 'SELECT sum(skill_overlap(have, want)) FROM %s'
                      % table)
        t_sql = timed(cur, """
            SELECT sum(CASE WHEN cardinality(want) = 0 THEN 1.0::float8
                       ELSE (SELECT count(*) FROM unnest(want) w
                              WHERE lower(w) = ANY (SELECT lower(h)
                                                      FROM unnest(have) h))::float8
                            / cardinality(want) END)
              FROM %s""" % table)
        t_scan = timed(cur, 'SELECT sum(cardinality(have) + cardinality(want)) '
                            'FROM %s' % table)
        print('skill_overlap(text[], text[]), %s: %d rows, %d had, %d-%d '
              'wanted:' % (table[6:], ROWS, nh, nw, nw + extra))
        print('                                      wall ms   backend CPU ms')
        for label, t in (('jobreq skill_overlap', t_ext),
                         ('plain SQL over arrays (baseline)', t_sql),
                         ('scan only (cardinality)', t_scan)):
            print('  %-34s %8.1f %12.1f' % (label, t[0] * 1000, t[1] * 1000))
        print('  ratio: skill_overlap is %.1fx faster than the SQL baseline '
              'by CPU time, %.1fx by wall time (target >= 10x)'
              % (t_sql[1] / t_ext[1], t_sql[0] / t_ext[0]))

    # (b) extraction throughput over the corpus
    if 'extract' not in PARTS:
        return
    cur.execute('CREATE TABLE postings (id text, raw text)')
    rows = []
    with open(CORPUS, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            rows.append((d['id'], d['raw_text'].replace('\x00', '')))
    for c in range(COPIES):
        cur.executemany('INSERT INTO postings VALUES (%s, %s)',
                        [(r[0] + '#%d' % c, r[1]) for r in rows])
    cur.execute('VACUUM ANALYZE postings')
    cur.execute('SELECT count(*), sum(octet_length(raw)) FROM postings')
    nrows, nbytes = cur.fetchone()
    t_x = timed(cur, 'SELECT sum(cardinality(extract_skills(raw))) '
                     'FROM postings')
    t_md5 = timed(cur, 'SELECT count(md5(raw)) FROM postings')
    t_len = timed(cur, 'SELECT sum(length(raw)) FROM postings')
    mb = nbytes / 1e6
    print('extract_skills over %d postings (%d copies of the corpus, '
          '%.1f MB):' % (nrows, COPIES, mb))
    print('                          wall ms  backend CPU ms   MB/s (CPU)')
    for label, t in (('extract_skills(raw)', t_x),
                     ('md5(raw) (baseline)', t_md5),
                     ('length(raw)', t_len)):
        print('  %-22s %8.1f %12.1f %12.1f' % (label, t[0] * 1000,
                                               t[1] * 1000, mb / t[1]))
    print('  ratio: extract_skills takes %.1fx the time of md5(raw) by CPU '
          'time (%.1fx by wall time)' % (t_x[1] / t_md5[1], t_x[0] / t_md5[0]))
    cur.execute('SELECT e, count(*) FROM postings, unnest(extract_skills(raw)) e '
                'GROUP BY e ORDER BY 2 DESC, 1 LIMIT 15')
    print('  most frequent: ' + ', '.join('%s (%d)' % (e, n // COPIES)
                                          for e, n in cur.fetchall()))
    conn.close()


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Recall and precision of extract_skills, reported (never fitted).

1. Dice postings of the shared corpus: the board's skill tags (`truth.skills`
   of lines with source_site 'dice').  Tags are noisy ("development",
   "full time", misspellings) and partial, so precision is a lower bound.
   A tag counts as known when normalize_skill() maps it to a taxonomy name;
   recall is reported over known tags and over all tags.
2. The 50 hand-labelled postings of dev_gold.jsonl: recall over
   `skills_core` (both readers named it), precision counting a predicted
   skill right when it is in `skills_any` (either reader named it), labels
   compared after normalize_skill().

Run by bench/skills.sh inside a throwaway cluster, or on its own with
PG* variables pointing at a database where jobreq can be created."""

import json
import os

import psycopg2

CORPUS = os.environ.get('CORPUS', '../shared/corpus/postings.jsonl')
GOLD = os.environ.get('GOLD', '../shared/corpus/dev_gold.jsonl')


def canon(cur, names):
    """Map names through normalize_skill (unknown names stay as lower-case
    text, which extraction can never produce)."""
    cur.execute('SELECT n, coalesce(normalize_skill(n), lower(n)) '
                'FROM unnest(%s::text[]) n', (list(names),))
    return dict(cur.fetchall())


def report(title, tp_r, n_true, tp_p, n_pred, extra=''):
    r = tp_r / n_true if n_true else float('nan')
    p = tp_p / n_pred if n_pred else float('nan')
    print('  %-44s recall %5.1f%% (%d/%d)  precision %5.1f%% (%d/%d)%s'
          % (title, 100 * r, tp_r, n_true, 100 * p, tp_p, n_pred, extra))


def main():
    conn = psycopg2.connect(dbname=os.environ.get('PGDATABASE',
                                                  'jobreq_bench'))
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute('CREATE EXTENSION IF NOT EXISTS jobreq')
    cur.execute('SELECT name FROM skill_taxonomy()')
    taxonomy = {r[0] for r in cur.fetchall()}

    # 1. Dice tags
    posts = []
    with open(CORPUS, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d.get('source_site') != 'dice':
                continue
            tags = (d.get('truth') or {}).get('skills') or []
            if tags:
                posts.append((d['raw_text'].replace('\x00', ''), tags))
    all_tags = {t for _, tags in posts for t in tags}
    cmap = canon(cur, all_tags)
    n_all = n_known = tp = n_pred = tp_pred = 0
    for raw, tags in posts:
        cur.execute('SELECT extract_skills(%s)', (raw,))
        pred = set(cur.fetchone()[0])
        truth = {cmap[t] for t in tags}
        known = truth & taxonomy
        n_all += len(truth)
        n_known += len(known)
        tp += len(known & pred)
        n_pred += len(pred)
        tp_pred += len(pred & known)
    print('extract_skills vs Dice skill tags (%d postings, %d distinct tags, '
          '%d of them known to the taxonomy):'
          % (len(posts), len(all_tags),
             len({t for t in all_tags if cmap[t] in taxonomy})))
    report('over tags the taxonomy knows', tp, n_known, tp_pred, n_pred)
    report('over all tags', tp, n_all, tp_pred, n_pred)

    # 2. dev_gold labels
    gold = []
    with open(GOLD, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if 'skills' in (d.get('skip') or []):
                continue
            gold.append(d)
    names = {s for d in gold for k in ('skills_core', 'skills_any')
             for s in d.get(k) or []}
    cmap = canon(cur, names)
    n_core = tp_core = n_pred = tp_any = 0
    known_core = tp_known = 0
    for d in gold:
        cur.execute('SELECT extract_skills(%s)', (d['raw_text'],))
        pred = set(cur.fetchone()[0])
        core = {cmap[s] for s in d.get('skills_core') or []}
        anyl = {cmap[s] for s in d.get('skills_any') or []}
        n_core += len(core)
        tp_core += len(core & pred)
        known_core += len(core & taxonomy)
        tp_known += len(core & taxonomy & pred)
        n_pred += len(pred)
        tp_any += len(pred & anyl)
    print('extract_skills vs dev_gold labels (%d postings):' % len(gold))
    report('recall over skills_core, precision vs skills_any', tp_core,
           n_core, tp_any, n_pred)
    report('same, recall over core labels the taxonomy knows', tp_known,
           known_core, tp_any, n_pred)
    conn.close()


if __name__ == '__main__':
    main()

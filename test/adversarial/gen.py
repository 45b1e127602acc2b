#!/usr/bin/env python3
"""Generate jobreq's adversarial inputs into a directory.

Pathological texts for the parsers: long runs of pay symbols, digits and
separators, unclosed and nested markup, thousands of experience phrases,
repeated headings, labels and skill aliases, odd Unicode, and huge single
lines.  Nothing big is kept in git; this script writes the files on demand:

    python3 test/adversarial/gen.py OUTDIR [--size BYTES] [--huge BYTES]

--size is the length of each repeated-pattern input (default 1 MiB);
--huge the length of the huge single-line inputs (default 10 MiB).
Files ending in .txt are valid UTF-8 without NUL bytes (anything a text value
in PostgreSQL can hold); files ending in .bin hold invalid UTF-8 or NULs and
can only reach the core directly (fuzz targets, test/adversarial/core.sh).
Output is deterministic.
"""
import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'corpus')


def rep(unit, size):
    """unit repeated to about size bytes (at least once)."""
    if isinstance(unit, str):
        unit = unit.encode('utf-8')
    return unit * max(1, size // len(unit))


def soup(tokens, size, seed):
    """Tokens drawn at random (fixed seed) and concatenated to size bytes."""
    rnd = random.Random(seed)
    out = []
    n = 0
    while n < size:
        t = rnd.choice(tokens)
        out.append(t)
        n += len(t.encode('utf-8'))
    return ''.join(out).encode('utf-8')


def corpus_text(name):
    """One of the project's own postings (test/corpus)."""
    with open(os.path.join(CORPUS, name), 'rb') as f:
        return f.read()


def taxonomy_names():
    """Every canonical skill name and alias of the project's taxonomy."""
    names = []
    path = os.path.join(HERE, '..', '..', 'src', 'core', 'skills.tsv')
    if not os.path.exists(path):
        return ['Python', 'SQL', 'Java']
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            names.append(cols[0])
            if len(cols) > 3 and cols[3]:
                names.extend(a for a in cols[3].split('|') if a)
    return names


def inputs(size, huge):
    """Yield (name, bytes) for every adversarial input."""
    half = size // 2
    # pay: symbols, digits, separators, ranges, suffixes, labels
    yield 'dollars', rep('$', size)
    yield 'dollar_space', rep('$ ', size)
    yield 'digits', rep('9', size)
    yield 'digits_spaced', rep('9 ', size)
    yield 'comma_groups', rep('1,', size)
    yield 'dot_groups', rep('1.', size)
    yield 'apostrophe_groups', rep("1'", size)
    yield 'space_groups', rep('1 000 ', size)
    yield 'mixed_separators', rep("1,2.3'4 5", size)
    yield 'dollar_digits', rep('$1', size)
    yield 'dollar_long_number', b'$' + rep('9', size) + b' per hour'
    yield 'decimal_long', b'$0.' + rep('0', size) + b'1'
    yield 'range_chain', rep('$1-', size)
    yield 'range_chain_k', rep('$120k-', size)
    yield 'range_chain_dash', rep('$1\u2013$2 ', size)
    yield 'range_dotdot', rep('1..', size)
    yield 'k_suffixes', rep('1k', size)
    yield 'k_run', b'$1' + rep('k', size)
    yield 'per_hour', rep('$25/hr per hour ', size)
    yield 'period_words', rep('per hour per year /yr /hr annually monthly ', size)
    yield 'currency_codes', rep('USD EUR GBP CHF A$ C$ \u20ac \u00a3 \u20b9 ', size)
    yield 'salary_labels', rep('Salary: ', size)
    yield 'salary_label_lines', rep('Salary: $100,000 - $120,000 per year\n', size)
    yield 'salary_label_empty', rep('Salary:\n', size)
    yield 'pay_words', rep('pay compensation salary wage base pay range ', size)
    yield 'up_to', rep('up to ', size) + b'$90,000'
    yield 'plus_run', rep('$120,000+', size)
    yield 'lpa', rep('\u20b912\u201318 LPA ', size)
    yield 'pay_soup', soup(['$', '1', '0', ',', '.', 'k', 'K', '-', ' - ', '\u2013',
                            ' to ', 'USD', '/yr', ' per hour', 'Salary: ', 'up to ',
                            '+', ' ', '\n', '\u20ac', '\u00a3', "'", 'CAD', 'LPA',
                            'million', 'revenue ', 'competitive'], size, 1)
    # markup
    yield 'lt_run', rep('<', size)
    yield 'lt_gt_run', rep('<>', size)
    yield 'unclosed_tags', rep('<div', size)
    yield 'unclosed_attr', b'<a href="' + rep('x', size)
    yield 'unclosed_comment', b'<!--' + rep('a', size)
    yield 'comment_opens', rep('<!--', size)
    yield 'nested_divs', rep('<div>', size)
    yield 'nested_divs_closed', rep('<div>', half) + rep('</div>', half)
    yield 'li_run', rep('<li>', size)
    yield 'li_items', rep('<li>5+ years of Python</li>', size)
    yield 'cdata_opens', rep('<![CDATA[', size)
    yield 'amp_entities', rep('&amp;', size)
    yield 'amp_nested', b'&' + rep('amp;', size) + b'lt;'
    yield 'bare_amps', rep('&', size)
    yield 'numeric_entity_opens', rep('&#', size)
    yield 'hex_entity_long', b'&#x' + rep('f', size) + b';'
    yield 'bad_entities', rep('&#99999999999;&#x110000;&#0;&#xD800;&nosuch;', size)
    yield 'script_unclosed', (b'<script type="application/ld+json">'
                              + rep('{"a":', size))
    yield 'jsonld_deep', (b'<html><script type="application/ld+json">'
                          + rep('[', half) + rep(']', half) + b'</script></html>')
    yield 'jsonld_deep_objects', (b'<script type="application/ld+json">'
                                  + rep('{"@type":"JobPosting","x":', half)
                                  + rep('}', half // 25) + b'</script>')
    yield 'jsonld_many', rep('<script type="application/ld+json">{"@type":"JobPosting",'
                             '"title":"T","baseSalary":{"currency":"USD","value":'
                             '{"minValue":1,"maxValue":2,"unitText":"YEAR"}}}</script>',
                             size)
    yield 'jsonld_long_string', (b'<script type="application/ld+json">{"@type":"JobPosting",'
                                 b'"title":"' + rep('a', size) + b'"}</script>')
    yield 'style_unclosed', b'<style>' + rep('p{x:y}', size)
    yield 'html_soup', soup(['<', '>', '</', '<li>', '<br>', '<p>', '&amp;', '&',
                             '&#', ';', '<script type="application/ld+json">',
                             '</script>', '{', '}', '"', '<!--', '-->', 'x', ' ',
                             '\n', '<h2>', 'Requirements', '</h2>', '<![CDATA['],
                            size, 2)
    yield 'brackets_open', rep('(', size)
    yield 'brackets_square', rep('[', size)
    yield 'brackets_curly', rep('{', size)
    yield 'brackets_mixed', rep('([{', half) + rep('}])', half)
    # experience and education
    yield 'years_words', rep('years ', size)
    yield 'years_plus', rep('5+ years of ', size)
    yield 'years_lines', rep('5+ years of experience\n', size)
    yield 'years_range_chain', rep('1-', size) + b' years'
    yield 'years_or', rep('3 years or ', size)
    yield 'years_long_number', rep('9', size) + b' years of experience'
    yield 'degree_or', rep("Bachelor's or Master's or ", size)
    yield 'degree_equivalent', rep("Bachelor's degree or equivalent experience ", size)
    yield 'exp_soup', soup(['5', '+', ' years', ' of ', 'experience', ' or ',
                            "Bachelor's", ' degree', 'Master', 'PhD', ' in ', '-',
                            ' to ', 'equivalent', 'required', 'preferred', '\n',
                            ', ', 'minimum ', 'at least '], size, 3)
    # layout
    yield 'headings_required', rep('Requirements:\n', size)
    yield 'headings_cycle', rep('Requirements:\nResponsibilities:\nNice to have:\n'
                                'Benefits:\nAbout us:\nSkills:\nCompensation:\n', size)
    yield 'headings_markdown', rep('## Qualifications\n', size)
    yield 'bullets', rep('\u2022 ', size)
    yield 'dash_lines', rep('- \n', size)
    yield 'colons', rep(':', size)
    yield 'label_lines', rep('Label: value\n', size)
    yield 'newlines', rep('\n', size)
    yield 'crs', rep('\r', size)
    yield 'spaces', rep(' ', size)
    yield 'tabs', rep('\t', size)
    # skills
    yield 'skill_aliases', rep('k8s GCP sklearn C++ C# .NET R Go Spark Slack Unity ', size)
    yield 'skills_runtogether', rep('PythonScalaJava', size)
    yield 'skills_comma_list', rep('Python, ', size)
    yield 'skills_or', rep('Python or ', size)
    yield 'plus_signs', rep('+', size)
    yield 'hashes', rep('#', size)
    yield 'dots', rep('.', size)
    yield 'cpp_run', rep('C++', size)
    yield 'one_word', rep('a', size)
    names = taxonomy_names()
    yield 'skills_all_distinct', rep(', '.join(names) + '\n', size)
    yield 'skills_all_or', rep(' or '.join(names) + '. ', size)
    yield 'skills_all_glued', rep(''.join(names), size)
    # Unicode that PostgreSQL accepts
    yield 'rtl_marks', rep('\u200f$100,000\u200e \u202eUSD\u202c ', size)
    yield 'zero_width_joiners', rep('\u200d', size)
    yield 'zwj_in_words', rep('Py\u200dthon 5\u200d+ ye\u200dars $1\u200d00k ', size)
    yield 'zero_width_spaces', rep('\u200b', size)
    yield 'boms', rep('\ufeff', size)
    yield 'combining_marks', b'a' + rep('\u0301', size)
    yield 'fullwidth_pay', rep('\uff04\uff11\uff12\uff10\uff0c\uff10\uff10\uff10 ', size)
    yield 'arabic_digits', rep('$\u0661\u0662\u0660,\u0660\u0660\u0660 ', size)
    yield 'nbsp_run', rep('\u00a0', size)
    yield 'line_separators', rep('\u2028\u2029', size)
    yield 'emoji_zwj', rep('\U0001f469\u200d\U0001f4bb\U0001f4b0', size)
    yield 'replacement_chars', rep('\ufffd', size)
    yield 'noncharacters', rep('\uffff\ufffe\U0010ffff', size)
    yield 'homoglyphs', rep('\u0420\u0443th\u043en 5+ \u0443ears $1\u041e0k ', size)
    # huge single lines
    posting = corpus_text('001_ml-fraud-board.txt').replace(b'\n', b' ')
    html = corpus_text('045_devops-jsonld-conflict.html').replace(b'\n', b' ')
    yield 'huge_line_posting', rep(posting, huge)
    yield 'huge_line_html', rep(html, huge)
    yield 'huge_word', rep('x', huge)
    yield 'huge_digits_line', rep('$1,000 ', huge)
    # bytes only the core can see
    yield 'overlong_slash.bin', rep(b'\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf', size)
    yield 'lone_surrogates.bin', rep(b'\xed\xa0\x80\xed\xbf\xbf$1', size)
    yield 'invalid_bytes.bin', rep(b'\xff\xfe\x80\xbf', size)
    yield 'truncated_sequences.bin', rep(b'\xe2\x82$\xe2\x82\xac1', size)
    yield 'beyond_max.bin', rep(b'\xf4\x90\x80\x80\xf8\x88\x80\x80\x80', size)
    yield 'nul_bytes.bin', rep(b'\x00', size)
    yield 'nul_in_pay.bin', rep(b'$1\x000,000 5\x00+ years \x00<li>', size)
    yield 'invalid_in_tags.bin', rep(b'<li\xff>&am\xc0p;</\xedli>', size)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('outdir')
    ap.add_argument('--size', type=int, default=1 << 20)
    ap.add_argument('--huge', type=int, default=10 << 20)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    count = 0
    for name, data in inputs(args.size, args.huge):
        fname = name if name.endswith('.bin') else name + '.txt'
        if fname.endswith('.txt'):
            text = data.decode('utf-8')          # must be valid
            assert '\x00' not in text, name
        with open(os.path.join(args.outdir, fname), 'wb') as f:
            f.write(data)
        count += 1
    print('%d inputs in %s' % (count, args.outdir), file=sys.stderr)


if __name__ == '__main__':
    main()

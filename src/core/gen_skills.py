#!/usr/bin/env python3
"""Compile the skills taxonomy (skills.tsv) into C (skills_data.c).

    python3 src/core/gen_skills.py src/core/skills.tsv src/core/skills_data.c

The input is a readable TSV, one skill per line:

    name <TAB> category <TAB> parent <TAB> aliases (|-separated) <TAB> flags

with `#` comments; `# version: N` names the taxonomy version.  flags is a
comma-separated subset of `context` (an ordinary English word that needs
technical context: Go, Spark, Slack) and `exact_case` (matches only as
written: C, R, Go).  Flags bind only single-word forms that could be an
ordinary word: "Apache Spark", "Golang" and "Unity3D" match freely, and
exact_case binds only forms of up to EXACT_CASE_MAX_LEN bytes.

The generator validates the taxonomy (duplicate names, missing parents,
cycles, alias collisions, bad flags) and fails with a message naming the
line.  It then normalizes every name and alias exactly as jr_skills.c
normalizes text, and emits:

  * the skills (name, category, parent, aliases, flags);
  * the matcher's keys: every normalized name and alias, the space-free
    variant of multi-word keys ("machine learning" -> "machinelearning"),
    and a few phrases the matcher needs besides skills: stop phrases that
    hide a skill inside ordinary English ("C-suite", "go-to-market"), cues
    that announce a list of skills ("experience with", "such as") and the
    connectors "or"/"and" that job boards glue onto list items;
  * a trie over the keys laid out as a double array (Aoe, IEEE TSE 15(9),
    1989), so the library has no start-up cost: the extractor walks it from
    every word boundary in one pass over the text;
  * a hash table of the normalized keys for whole-string lookups.

The output depends only on the input: running it twice gives the same bytes.
"""

import sys

# ---------------------------------------------------------------------------
# Normalization: must agree byte for byte with jr_skills.c (normalize_*).
# ---------------------------------------------------------------------------


def is_separator_cp(cp):
    """True for non-ASCII code points that separate words (punctuation,
    symbols, spaces, emoji), mirroring jr_skills.c."""
    return (0x80 <= cp <= 0xBF or cp in (0xD7, 0xF7)
            or 0x2000 <= cp <= 0x2BFF or 0x3000 <= cp <= 0x303F
            or 0xFE00 <= cp <= 0xFE0F or cp == 0xFEFF
            or 0xFFF0 <= cp <= 0xFFFF or 0x1F000 <= cp <= 0x1FAFF)


def is_barrier_cp(cp):
    """True for non-ASCII separators that end a list item (bullets, list
    punctuation), mirroring jr_skills.c: no multi-word key spans them."""
    return (cp in (0xB7, 0x2022, 0x2023, 0x2026, 0x2028, 0x2029, 0x2043,
                   0x2219, 0x3001, 0x3002, 0xFF0C, 0xFF1B)
            or 0x25A0 <= cp <= 0x25FF or 0x2700 <= cp <= 0x27BF)


BARRIER_ASCII = ',;:|()[]{}<>!?\n\r\t'


def is_ascii_alnum(ch):
    return ch != '' and ch.isascii() and ch.isalnum()


def normalize(s):
    """Normalized key of s: ASCII case-folded, runs of separators collapsed to
    one space -- or to one comma when the run holds a list separator (comma,
    semicolon, bracket, bullet, sentence-ending period...), which no
    multi-word key spans -- '+'/'#' kept after a word character (C++, C#), a
    leading '.' kept before a letter or digit (.NET), '&' kept between word
    characters (R&D) and otherwise read as the word "and"."""
    out = []
    pending = ''
    prev_word = False

    def emit(t):
        nonlocal pending
        if pending and out:
            out.append(pending)
        pending = ''
        out.append(t)

    def separate(barrier):
        nonlocal pending, prev_word
        if barrier:
            pending = ','
        elif not pending:
            pending = ' '
        prev_word = False

    n = len(s)
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < n else ''
        cp = ord(ch)
        if cp < 0x80:
            if ch.isalnum():
                emit(ch.lower())
                prev_word = True
            elif ch in '+#' and prev_word:
                emit(ch)
                prev_word = True
            elif ch == '.' and not prev_word and is_ascii_alnum(nxt):
                emit(ch)
                prev_word = True
            elif ch == '&' and prev_word and is_ascii_alnum(nxt):
                emit(ch)
                prev_word = True
            elif ch == '&':
                separate(False)
                emit('a')
                emit('n')
                emit('d')
                separate(False)
            else:
                separate(ch in BARRIER_ASCII or
                         (ch == '.' and not is_ascii_alnum(nxt)))
        elif is_separator_cp(cp):
            separate(is_barrier_cp(cp))
        else:
            if 0xC0 <= cp <= 0xDE and cp != 0xD7:
                ch = chr(cp + 0x20)
            emit(ch)
            prev_word = True
    return ''.join(out)


# ---------------------------------------------------------------------------
# Phrases the matcher needs besides skills.  These are grammar, not taxonomy.
# ---------------------------------------------------------------------------

# Ordinary phrases that contain a skill name but mean something else.  They
# match like skills and win by being longer, so the skill inside is hidden.
STOP_PHRASES = [
    'C-suite', 'C-level', 'C-levels', 'C-corp', 'C corporation', 'C-section',
    'Type C', 'Type-C', 'USB-C', 'USB C', 'vitamin C', 'vitamin D',
    'grade C', 'class C', 'part C', 'part D', 'plan B', 'plan C',
    'D.C.', 'R & D', 'R and D', 'go-to-market', 'go to market', 'go-live',
    'go live', 'go-getter', 'go getter', 'on the go', 'good to go',
    'go ahead', 'go-ahead', 'go above and beyond', 'go beyond',
    'go the extra mile',
    'spark joy', 'spark innovation', 'spark curiosity', 'spark change',
    'spark conversations', 'spark ideas',
    'slack time', 'cut some slack', 'pick up the slack', 'pick up slack',
    'unity of purpose', 'in unity',
    'executive chef', 'sous chef', 'pastry chef', 'head chef', 'line chef',
    'chef de cuisine', 'private chef', 'personal chef',
    'swift action', 'swift response', 'swift resolution',
    'rust belt', 'hive mind', 'guinea pig',
    'excel in', 'excel at', 'excels in', 'excels at',
    'access to', 'access the', 'have access', 'access control',
    'R-value', 'type R', 'grade R', 'R rated',
    'C grade', 'C programme', 'C of O', 'C of C', 'C of A', 'schedule C',
    'exhibit C', 'appendix C', 'section C', 'level C', 'tier C', 'C-store',
    'C store', 'C-sections', 'hepatitis C', 'hep C', 'C-diff', 'C diff',
    'C. diff', 'degrees C', 'schedule R', 'form R', 'R-squared',
    'word of mouth', 'in other words',
]

# Cues that introduce a list of skills; a context word after one counts as
# a skill.
CUE_PHRASES = [
    'experience with', 'experience in', 'experience using',
    'experienced with', 'experienced in', 'proficient in', 'proficient with',
    'proficiency in', 'proficiency with', 'knowledge of', 'familiar with',
    'familiarity with', 'expertise in', 'expertise with', 'expert in',
    'skilled in', 'skills in', 'fluent in', 'fluency in', 'background in',
    'competency in', 'such as', 'including', 'e.g.', 'languages',
    'tools', 'technologies', 'tech stack', 'frameworks', 'libraries',
    'written in', 'develop in', 'code in', 'programming in', 'coding in',
    'scripting in', 'development in', 'nice to have', 'bilingual',
    'bilingual in', 'fluent', 'fluently', 'speak', 'speaks', 'speaking',
    'read and write', 'written and spoken',
]

# Connectors that job boards glue onto list items when they drop the commas:
# "PythonScalaor Java".
JOIN_WORDS = ['or', 'and']

# A key may not be longer than this (bytes, normalized); the matcher's ring
# buffer depends on it.
MAX_KEY_LEN = 200

VALID_FLAGS = ('context', 'exact_case')

# exact_case binds forms up to this many bytes (C, R, Go, TS, SAFe, caret);
# longer forms such as "TypeScript" match in any case.
EXACT_CASE_MAX_LEN = 5

# Context groups.  A context word ("Spark", "Chef", "English") is accepted
# next to a non-context skill of the same group: technical categories form
# one group, so "Chef" next to "Terraform" is the tool but next to "food
# safety" (hospitality) it is not.  Categories listed with None never give
# context (soft skills, certifications); any other category is a group of
# its own.
TECHNICAL_CATEGORIES = (
    'programming language', 'software', 'web', 'mobile', 'database', 'data',
    'machine learning', 'cloud', 'devops', 'security', 'networking',
    'operating system', 'hardware', 'design', 'office', 'engineering',
    'science',
)
CATEGORY_GROUPS = {c: 'technical' for c in TECHNICAL_CATEGORIES}
CATEGORY_GROUPS.update({
    'finance': 'business', 'accounting': 'business',
    'trades': 'trades', 'construction': 'trades',
    'logistics': 'operations', 'manufacturing': 'operations',
    'sales': 'sales', 'marketing': 'sales', 'customer service': 'sales',
    'soft skill': None, 'certification': None, 'license': None,
})


def context_group(category):
    """Context group of a category, None when it gives no context."""
    return CATEGORY_GROUPS.get(category, category)


# Key kinds (must match jr_skills_data.h).
KIND_SKILL = 1
KIND_STOP = 2
KIND_CUE = 4
KIND_JOIN = 8

# Key flags (must match jr_skills_data.h).
KF_CONTEXT = 1
KF_EXACT_CASE = 2
KF_MULTIWORD = 4
KF_PLAIN = 8

# Skill flags (must match jr_skills_data.h).
SF_CONTEXT = 1
SF_EXACT_CASE = 2


class TaxonomyError(Exception):
    pass


def fail(path, lineno, msg):
    raise TaxonomyError('%s:%d: %s' % (path, lineno, msg))


class Skill:
    def __init__(self, lineno, name, category, parent, aliases, flags):
        self.lineno = lineno
        self.name = name
        self.category = category
        self.parent_name = parent
        self.aliases = aliases
        self.flags = flags
        self.parent = -1
        self.id = -1


def parse(path):
    """Read and validate the TSV; returns (version, skills in file order)."""
    version = None
    skills = []
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
    except UnicodeDecodeError as e:
        raise TaxonomyError('%s: not UTF-8: %s' % (path, e))
    for lineno, line in enumerate(lines, 1):
        if line.endswith('\r'):
            line = line[:-1]
        stripped = line.strip()
        if stripped == '':
            continue
        if stripped.startswith('#'):
            body = stripped[1:].strip()
            if body.lower().startswith('version:'):
                v = body.split(':', 1)[1].strip()
                if v == '' or any(c.isspace() for c in v):
                    fail(path, lineno, 'bad version comment %r' % stripped)
                if version is not None and version != v:
                    fail(path, lineno, 'second version comment %r' % v)
                version = v
            continue
        fields = line.split('\t')
        if len(fields) > 5:
            fail(path, lineno, 'expected at most 5 tab-separated fields '
                 '(name, category, parent, aliases, flags), found %d'
                 % len(fields))
        while len(fields) < 5:
            fields.append('')
        name, category, parent, aliases, flags = (x.strip() for x in fields)
        if name == '':
            fail(path, lineno, 'empty skill name')
        if category == '':
            fail(path, lineno, 'skill %r has no category' % name)
        alias_list = [a.strip() for a in aliases.split('|')] if aliases else []
        if any(a == '' for a in alias_list):
            fail(path, lineno, 'skill %r has an empty alias' % name)
        flag_list = [x.strip() for x in flags.split(',')] if flags else []
        for fl in flag_list:
            if fl not in VALID_FLAGS:
                fail(path, lineno, 'skill %r has unknown flag %r (known: %s)'
                     % (name, fl, ', '.join(VALID_FLAGS)))
        for text in [name, category, parent] + alias_list:
            if any(ord(c) < 0x20 for c in text):
                fail(path, lineno, 'control character in %r' % text)
        skills.append(Skill(lineno, name, category, parent, alias_list,
                            set(flag_list)))
    if version is None:
        raise TaxonomyError('%s: no "# version: N" comment' % path)
    if not skills:
        raise TaxonomyError('%s: no skills' % path)
    return version, skills


def validate(path, skills):
    """Resolve parents; reject duplicates, missing parents and cycles."""
    by_name = {}
    by_key = {}
    for s in skills:
        if s.name in by_name:
            fail(path, s.lineno, 'duplicate skill %r (first on line %d)'
                 % (s.name, by_name[s.name].lineno))
        key = normalize(s.name)
        if key == '':
            fail(path, s.lineno, 'skill name %r normalizes to nothing'
                 % s.name)
        if key in by_key:
            fail(path, s.lineno, 'duplicate skill %r: same as %r on line %d '
                 'once case and punctuation are ignored'
                 % (s.name, by_key[key].name, by_key[key].lineno))
        by_name[s.name] = s
        by_key[key] = s
    for i, s in enumerate(skills):
        s.id = i
    for s in skills:
        if s.parent_name == '':
            continue
        p = by_name.get(s.parent_name)
        if p is None:
            fail(path, s.lineno, 'skill %r has parent %r, which is not a '
                 'skill in this file' % (s.name, s.parent_name))
        if p is s:
            fail(path, s.lineno, 'skill %r is its own parent' % s.name)
        s.parent = p.id
    for s in skills:
        seen = [s.id]
        p = s.parent
        while p >= 0:
            if p in seen:
                cycle = ' -> '.join(skills[i].name for i in seen + [p])
                fail(path, s.lineno, 'parent cycle: %s' % cycle)
            seen.append(p)
            p = skills[p].parent
        if len(seen) > 64:
            fail(path, s.lineno, 'hierarchy deeper than 64 under %r'
                 % s.name)


def specific_form(key, single_keys):
    """True when a single-word form cannot be an ordinary word, so the
    skill's context and exact_case flags do not apply to it: it carries a
    digit or symbol ("Unity3D"), or extends another single-word form of the
    same skill ("Golang" for Go, "ReactJS" for React)."""
    if any(c.isdigit() or c in '+#.&' for c in key):
        return True
    return any(k != key and key.startswith(k) for k in single_keys)


def build_keys(path, skills):
    """Normalized keys: {key: {'skill', 'kind', 'flags', 'forms'}}."""
    keys = {}
    owner_line = {}
    for s in skills:
        forms = [s.name] + s.aliases
        for form in forms:
            key = normalize(form)
            if key == '':
                fail(path, s.lineno, 'alias %r of %r normalizes to nothing'
                     % (form, s.name))
            if len(key.encode('utf-8')) > MAX_KEY_LEN:
                fail(path, s.lineno, 'name or alias %r is longer than %d '
                     'bytes' % (form, MAX_KEY_LEN))
            k = keys.get(key)
            if k is not None and k['skill'] != s.id:
                other = skills[k['skill']]
                fail(path, s.lineno, 'alias collision: %r of %r and %r of '
                     '%r (line %d) both normalize to %r'
                     % (form, s.name, k['first_form'], other.name,
                        owner_line[key], key))
            if k is None:
                k = {'skill': s.id, 'kind': KIND_SKILL, 'forms': [],
                     'first_form': form, 'flags': 0}
                keys[key] = k
                owner_line[key] = s.lineno
            if form not in k['forms']:
                k['forms'].append(form)
    # A name with list punctuation ("governance, risk and compliance") also
    # matches written without it.
    for key in sorted(keys):
        k = keys[key]
        plain = key.replace(',', ' ')
        if plain != key and plain not in keys:
            keys[plain] = {'skill': k['skill'], 'kind': KIND_SKILL,
                           'forms': list(k['forms']), 'first_form': plain,
                           'flags': 0}
    # Flags and the space-free variants of multi-word keys.
    single = {}
    for key, k in keys.items():
        if ' ' not in key and ',' not in key:
            single.setdefault(k['skill'], []).append(key)
    joined = {}
    for key, k in keys.items():
        s = skills[k['skill']]
        if ' ' in key or ',' in key:
            k['flags'] |= KF_MULTIWORD
            j = key.replace(' ', '').replace(',', '')
            if j not in keys:
                joined.setdefault(j, set()).add(k['skill'])
        elif not specific_form(key, single[k['skill']]):
            if 'context' in s.flags:
                k['flags'] |= KF_CONTEXT
            if 'exact_case' in s.flags and len(key) <= EXACT_CASE_MAX_LEN:
                k['flags'] |= KF_EXACT_CASE
        if not k['flags'] & (KF_CONTEXT | KF_EXACT_CASE):
            k['flags'] |= KF_PLAIN
    for j in sorted(joined):
        owners = joined[j]
        if len(owners) != 1:
            continue            # ambiguous once spaces are dropped: skip
        sid = next(iter(owners))
        keys[j] = {'skill': sid, 'kind': KIND_SKILL, 'forms': [],
                   'first_form': j, 'flags': KF_PLAIN}
    # Grammar phrases.
    for phrase, kind in ([(p, KIND_STOP) for p in STOP_PHRASES]
                         + [(p, KIND_CUE) for p in CUE_PHRASES]
                         + [(p, KIND_JOIN) for p in JOIN_WORDS]):
        key = normalize(phrase)
        k = keys.get(key)
        if k is None:
            keys[key] = {'skill': -1, 'kind': kind, 'forms': [],
                         'first_form': phrase, 'flags': 0}
        elif kind == KIND_STOP:
            continue            # a real skill wins over a stop phrase
        elif k['kind'] & KIND_STOP:
            continue
        else:
            k['kind'] |= kind
    return keys


def skill_flags(s):
    f = 0
    if 'context' in s.flags:
        f |= SF_CONTEXT
    if 'exact_case' in s.flags:
        f |= SF_EXACT_CASE
    return f


# ---------------------------------------------------------------------------
# The trie of keys as a double array.
# ---------------------------------------------------------------------------


def build_trie(keylist):
    """keylist: list of normalized keys as bytes, index = key id.
    Returns (byte classes, base, check, key, number of trie nodes)."""
    alphabet = sorted({b for k in keylist for b in k})
    cls = [0] * 256
    for i, b in enumerate(alphabet):
        cls[b] = i + 1
    nclass = len(alphabet) + 1

    # Plain trie: node 0 is the root.
    children = [{}]
    keyof = [-1]
    for kid, key in enumerate(keylist):
        node = 0
        for b in key:
            c = cls[b]
            nxt = children[node].get(c)
            if nxt is None:
                nxt = len(children)
                children.append({})
                keyof.append(-1)
                children[node][c] = nxt
            node = nxt
        keyof[node] = kid

    # Depth-first order: a node's children are placed right after it, so a
    # walk down a long key reads neighbouring slots (cache lines).
    order = []
    stack = [0]
    while stack:
        node = stack.pop()
        order.append(node)
        for c in sorted(children[node], reverse=True):
            stack.append(children[node][c])

    # Double array: slot(child) = base[slot(parent)] + class, with
    # check[slot(child)] = slot(parent).  Root is slot 0.  Free slots are
    # kept in a linked list; a node's base is tried at each free slot in
    # turn, and a slot that keeps failing is dropped from the list (left as
    # a hole) so placement stays fast.
    slot = [0] * len(children)
    size = 1
    nxt = [-1]                  # next free slot, -1: end of list
    prv = [-1]
    tries = [0]
    head_free = -1
    tail_free = -1
    used = bytearray(1)
    used[0] = 1
    base_of = {}

    def grow(n):
        nonlocal size, head_free, tail_free
        while size <= n:
            i = size
            nxt.append(-1)
            prv.append(tail_free)
            tries.append(0)
            used.append(0)
            if tail_free >= 0:
                nxt[tail_free] = i
            else:
                head_free = i
            tail_free = i
            size += 1

    def unlink(i):
        nonlocal head_free, tail_free
        if prv[i] == -2:
            return              # a hole: not in the list
        p, q = prv[i], nxt[i]
        if p >= 0:
            nxt[p] = q
        else:
            head_free = q
        if q >= 0:
            prv[q] = p
        else:
            tail_free = p
        prv[i] = nxt[i] = -2

    grow(nclass + 2)
    for node in order:
        labels = sorted(children[node])
        if not labels:
            base_of[node] = 0
            continue
        f = head_free
        while True:
            if f < 0:
                grow(size)          # no free slot left: add one
                f = tail_free
            b = f - labels[0]
            if b >= 1:
                grow(b + labels[-1])
                if all(not used[b + c] for c in labels):
                    break
            nf = nxt[f]
            tries[f] += 1
            if tries[f] > 32:
                unlink(f)
            f = nf
        base_of[node] = b
        for c in labels:
            used[b + c] = 1
            unlink(b + c)
            slot[children[node][c]] = b + c
    # Pad so that base + class is always a valid index: the scan needs no
    # bounds check.
    nslots = max(max(slot), max(base_of.values())) + nclass + 1
    base = [0] * nslots
    check = [-1] * nslots
    key_s = [-1] * nslots
    for node in order:
        s = slot[node]
        base[s] = base_of[node]
        key_s[s] = keyof[node]
        for c, child in children[node].items():
            check[slot[child]] = s
    return cls, base, check, key_s, len(children)


# ---------------------------------------------------------------------------
# C output
# ---------------------------------------------------------------------------


def key_hash(data):
    """32-bit hash of bytes, eight at a time (the same function as
    key_hash() in jr_skills.c): each little-endian 64-bit word, the last
    zero-padded, is mixed in by xor, multiply and shift."""
    mask = (1 << 64) - 1
    h = 0x243F6A8885A308D3 ^ len(data)
    padded = data + b'\0' * (-len(data) % 8)
    for i in range(0, len(padded), 8):
        w = int.from_bytes(padded[i:i + 8], 'little')
        h = ((h ^ w) * 0x9E3779B97F4A7C15) & mask
        h ^= h >> 29
    return (h ^ (h >> 32)) & 0xFFFFFFFF


class Strings:
    """A pool of NUL-terminated strings, deduplicated, in first-use order."""

    def __init__(self):
        self.data = bytearray()
        self.offsets = {}

    def add(self, s):
        if s in self.offsets:
            return self.offsets[s]
        off = len(self.data)
        self.offsets[s] = off
        self.data += s.encode('utf-8') + b'\0'
        return off


def c_string_lines(data):
    """The pool as C string literal lines.  Every escape is a full
    three-digit octal escape, so a following digit is never absorbed."""
    lines = []
    cur = ''
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C, 0x3F):
            piece = chr(b)
        else:
            piece = '\\%03o' % b
        cur += piece
        if len(cur) >= 68:
            lines.append(cur)
            cur = ''
    if cur:
        lines.append(cur)
    return ['\t"%s"' % line for line in lines]


def c_int_array(ctype, name, values, per_line=12):
    out = ['const %s %s[%d] = {' % (ctype, name, max(1, len(values)))]
    for i in range(0, len(values), per_line):
        out.append('\t' + ', '.join(str(v) for v in values[i:i + per_line])
                   + ',')
    if not values:
        out.append('\t0')
    out.append('};')
    return out


def emit(version, skills, keys, out_path, src_path):
    pool = Strings()
    categories = sorted({s.category for s in skills})
    cat_index = {c: i for i, c in enumerate(categories)}

    # Deterministic key order: by kind-agnostic normalized bytes.
    keylist = sorted(keys, key=lambda k: k.encode('utf-8'))
    key_bytes = [k.encode('utf-8') for k in keylist]
    cls, base, check, key_s, nnodes = build_trie(key_bytes)

    lines = []
    w = lines.append
    w('/*')
    w(' * skills_data.c')
    w(' *\t\tThe skills taxonomy and its matcher, generated from %s by'
      % src_path.split('/')[-1])
    w(' *\t\tgen_skills.py.  Do not edit: edit the TSV and rebuild.')
    w(' */')
    w('#include "jr_skills_data.h"')
    w('')
    w('const char jr_skills_data_version[] = "%s";' % version.replace(
        '\\', '\\\\').replace('"', '\\"'))
    w('const int\tjr_skills_data_count = %d;' % len(skills))
    w('const int\tjr_skills_data_category_count = %d;' % len(categories))
    w('const int\tjr_skills_data_key_count = %d;' % len(keylist))
    w('const int\tjr_skills_data_state_count = %d;' % len(base))
    w('const int\tjr_skills_data_max_key_len = %d;'
      % max(len(k) for k in key_bytes))
    w('')

    cat_offs = [pool.add(c) for c in categories]
    groups = sorted({context_group(c) for c in categories} - {None})
    group_index = {g: i + 1 for i, g in enumerate(groups)}
    alias_offs = []
    recs = []
    for s in skills:
        first = len(alias_offs)
        for a in s.aliases:
            alias_offs.append(pool.add(a))
        depth = 0
        p = s.parent
        while p >= 0:
            depth += 1
            p = skills[p].parent
        recs.append('\t{%d, %d, %d, %d, %d, %d, %d, %d},' % (
            pool.add(s.name), cat_index[s.category], s.parent, first,
            len(s.aliases), skill_flags(s), depth,
            group_index.get(context_group(s.category), 0)))
    form_offs = []
    krecs = []
    for key in keylist:
        k = keys[key]
        first = len(form_offs)
        for f in k['forms']:
            form_offs.append(pool.add(f))
        krecs.append('\t{%d, %d, %d, %d, %d, %d, %d},' % (
            k['skill'], len(key.encode('utf-8')), k['kind'], k['flags'],
            first, len(k['forms']), pool.add(key)))

    w('const jr_skill_rec jr_skills_data[%d] = {' % len(skills))
    lines.extend(recs)
    w('};')
    w('')
    w('const jr_skill_key jr_skills_keys[%d] = {' % len(keylist))
    lines.extend(krecs)
    w('};')
    w('')
    lines.extend(c_int_array('uint32_t', 'jr_skills_category_names',
                             cat_offs))
    w('')
    lines.extend(c_int_array('uint32_t', 'jr_skills_alias_names',
                             alias_offs))
    w('')
    lines.extend(c_int_array('uint32_t', 'jr_skills_key_forms', form_offs))
    w('')
    lines.extend(c_int_array('uint8_t', 'jr_skills_trie_class', cls, 16))
    w('')
    # Hash table of the normalized keys (open addressing, linear probing)
    # for whole-string lookups.
    size = 1
    while size < 2 * len(keylist):
        size *= 2
    table = [(0, -1, 0, 0)] * size
    for kid, kb in enumerate(key_bytes):
        h = key_hash(kb)
        i = h & (size - 1)
        while table[i][1] >= 0:
            i = (i + 1) & (size - 1)
        table[i] = (h, kid, pool.add(keylist[kid]), len(kb))
    w('const int\tjr_skills_hash_size = %d;' % size)
    w('const jr_hash_slot jr_skills_hash[%d] = {' % size)
    for h, kid, off, n in table:
        w('\t{%dU, %d, %d, %d},' % (h, kid, off, n))
    w('};')
    w('')
    w('const jr_trie_state jr_skills_trie[%d] = {' % len(base))
    for st in range(len(base)):
        w('\t{%d, %d, %d},' % (base[st], check[st], key_s[st]))
    w('};')
    w('')
    w('const char jr_skills_strings[%d] =' % (len(pool.data) + 1))
    lines.extend(c_string_lines(bytes(pool.data)))
    w(';')
    text = '\n'.join(lines) + '\n'
    tmp = out_path + '.tmp'
    with open(tmp, 'w', encoding='ascii') as f:
        f.write(text)
    import os
    os.replace(tmp, out_path)
    return len(skills), len(keylist), nnodes, len(base)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: gen_skills.py skills.tsv skills_data.c\n')
        return 2
    src, out = argv[1], argv[2]
    try:
        version, skills = parse(src)
        validate(src, skills)
        keys = build_keys(src, skills)
        nskills, nkeys, nnodes, nslots = emit(version, skills, keys, out, src)
    except TaxonomyError as e:
        sys.stderr.write('gen_skills.py: error: %s\n' % e)
        return 1
    except OSError as e:
        sys.stderr.write('gen_skills.py: error: %s\n' % e)
        return 1
    sys.stderr.write('gen_skills.py: %d skills, %d keys, %d trie states '
                     '(%d slots), taxonomy version %s\n'
                     % (nskills, nkeys, nnodes, nslots, version))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

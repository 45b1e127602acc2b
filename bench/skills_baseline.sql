-- The skills taxonomy as plain tables, the way an analyst would query it
-- without jobreq's C code: the named baseline of bench/skills.py for
-- skill_overlap(text[], text[]).  Built once, before anything is timed.
--
--   bench_skill     (id, name, parent_id)        one row per canonical skill
--   bench_skill_key (key PRIMARY KEY, skill_id)  normalized name or alias
--   bench_skill_anc (skill_id, ancestor_id)      closure: a skill and every
--                                                ancestor (recursive CTE)
--
-- bench_skill_norm(text) is DESIGN.md section 4's normalization written with
-- regexp_replace (it mirrors normalize() in src/core/gen_skills.py): ASCII
-- and Latin-1 capitals folded, runs of spaces and punctuation read as one
-- space -- or one comma when the run holds a list separator -- "+" and "#"
-- kept after a word character (C++, C#), a leading "." kept before a letter
-- or digit (.NET), "&" kept between word characters (R&D) and otherwise
-- read as the word "and".  bench_skill_fold(text) is how skill_overlap
-- compares names it does not know: trimmed, ASCII case folded.

CREATE FUNCTION bench_skill_norm(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       regexp_replace(regexp_replace(
         translate(s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ',
                      'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ'),
         -- "&" not between a word and an ASCII letter or digit: "and"
         '&(?![0-9a-z])|(?<![0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2FFF\u3040-\uFDFF\uFE10-\uFEFE\uFF00-\uFFEF\U00010000-\U0001EFFF\U0001FB00-\U0010FFFF][+#]*)&',
         ' and ', 'g'),
         -- list separators (and a period not followed by a letter or digit)
         '[,;:|()\[\]{}<>!?\n\r\t\u00B7\u2022\u2023\u2026\u2028\u2029\u2043\u2219\u3001\u3002\u25A0-\u25FF\u2700-\u27BF]|\.(?![0-9a-z])',
         ',', 'g'),
         -- every other separator: "+"/"#" not after a word, "." after one
         '[^0-9a-z+#.&,\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2FFF\u3040-\uFDFF\uFE10-\uFEFE\uFF00-\uFFEF\U00010000-\U0001EFFF\U0001FB00-\U0010FFFF]|(?<![0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2FFF\u3040-\uFDFF\uFE10-\uFEFE\uFF00-\uFFEF\U00010000-\U0001EFFF\U0001FB00-\U0010FFFF][+#]*)[+#]|(?<=[0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2FFF\u3040-\uFDFF\uFE10-\uFEFE\uFF00-\uFFEF\U00010000-\U0001EFFF\U0001FB00-\U0010FFFF][+#]*)\.',
         ' ', 'g'),
       '[ ,]*,[ ,]*', ',', 'g'),
       ' +', ' ', 'g'),
       '^[ ,]+|[ ,]+$', '', 'g')
$f$;

CREATE FUNCTION bench_skill_fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
SELECT translate(btrim(s, E' \t\n\v\f\r'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                 'abcdefghijklmnopqrstuvwxyz')
$f$;

CREATE TABLE bench_skill (id int PRIMARY KEY, name text UNIQUE NOT NULL,
                          parent_id int);
INSERT INTO bench_skill
SELECT row_number() OVER (ORDER BY name) - 1, name, NULL
  FROM skill_taxonomy();
UPDATE bench_skill s SET parent_id = p.id
  FROM skill_taxonomy() t JOIN bench_skill p ON p.name = t.parent
 WHERE t.name = s.name;

-- Keys: every name and alias normalized; a key with list punctuation also
-- without it; a multi-word key also with its spaces dropped when that is
-- unambiguous ("machinelearning") -- the same keys gen_skills.py compiles.
CREATE TABLE bench_skill_key (key text PRIMARY KEY, skill_id int NOT NULL);
INSERT INTO bench_skill_key
SELECT DISTINCT bench_skill_norm(f), s.id
  FROM skill_taxonomy() t JOIN bench_skill s ON s.name = t.name,
       unnest(t.name || t.aliases) f;
INSERT INTO bench_skill_key
SELECT DISTINCT ON (replace(key, ',', ' ')) replace(key, ',', ' '), skill_id
  FROM bench_skill_key
 WHERE key LIKE '%,%'
   AND replace(key, ',', ' ') NOT IN (SELECT key FROM bench_skill_key)
 ORDER BY replace(key, ',', ' '), key;
INSERT INTO bench_skill_key
SELECT j, min(skill_id)
  FROM (SELECT translate(key, ' ,', '') AS j, skill_id
          FROM bench_skill_key WHERE key ~ '[ ,]') m
 WHERE j NOT IN (SELECT key FROM bench_skill_key)
 GROUP BY j
HAVING count(DISTINCT skill_id) = 1;

-- The closure: each skill with itself and every ancestor.
CREATE TABLE bench_skill_anc (skill_id int, ancestor_id int,
                              PRIMARY KEY (skill_id, ancestor_id));
INSERT INTO bench_skill_anc
WITH RECURSIVE up(skill_id, ancestor_id) AS (
    SELECT id, id FROM bench_skill
    UNION
    SELECT up.skill_id, s.parent_id
      FROM up JOIN bench_skill s ON s.id = up.ancestor_id
     WHERE s.parent_id IS NOT NULL)
SELECT skill_id, ancestor_id FROM up;
ANALYZE bench_skill;
ANALYZE bench_skill_key;
ANALYZE bench_skill_anc;

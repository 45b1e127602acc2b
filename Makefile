# jobreq — PGXS build.  `make`, `make install`, `make installcheck`,
# `make unitcheck` (core tests without PostgreSQL), `make dist`.

EXTENSION = jobreq
EXTVERSION := $(shell sed -n 's/^    "version": *"\([^"]*\)".*/\1/p' META.json | head -n 1)
ifeq ($(EXTVERSION),)
$(error could not read the version from META.json)
endif

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8)
PCRE2_LIBS := $(shell pkg-config --libs libpcre2-8)
JANSSON_CFLAGS := $(shell pkg-config --cflags jansson)
JANSSON_LIBS := $(shell pkg-config --libs jansson)

CORE_SRCS = $(sort $(filter-out src/core/skills_data.c,$(wildcard src/core/*.c)))
ifneq ($(wildcard src/core/gen_skills.py),)
CORE_SRCS += src/core/skills_data.c
endif
PG_SRCS = $(sort $(wildcard src/pg/*.c))

MODULE_big = jobreq
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(wildcard sql/$(EXTENSION)--*--*.sql)
SQL_PARTS = $(sort $(wildcard sql/parts/*.sql))

# pg_regress: every sql/*.sql except the install and upgrade scripts.
REGRESS = $(sort $(filter-out $(EXTENSION)--%,$(basename $(notdir $(wildcard sql/*.sql)))))
REGRESS_OPTS = --load-extension=$(EXTENSION)

PG_CPPFLAGS = -I$(srcdir)/src/core $(PCRE2_CFLAGS) $(JANSSON_CFLAGS) -DJOBREQ_VERSION='"$(EXTVERSION)"'
SHLIB_LINK = $(PCRE2_LIBS) $(JANSSON_LIBS)
EXTRA_CLEAN = src/core/skills_data.c build/unit build/unit-san results regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Objects depend on every header of the tree (few headers, so a coarse rule
# costs little and a changed struct never leaves a stale object behind).
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# The install script is assembled from sql/parts so each concern has a file.
sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) META.json
	cat $(SQL_PARTS) > $@

# The skills taxonomy (a readable TSV) is compiled into C at build time.
src/core/skills_data.c: src/core/skills.tsv src/core/gen_skills.py
	python3 src/core/gen_skills.py src/core/skills.tsv $@

# ---------------------------------------------------------------------------
# Core unit tests: built with no PostgreSQL include path, so the core is
# proven independent of postgres.h on every run.
# ---------------------------------------------------------------------------
CORE_CC ?= cc
CORE_CFLAGS ?= -std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -Wall -Wextra -Werror
CORE_SANITIZE ?=
UNIT_DIR = build/unit$(if $(CORE_SANITIZE),-san)
UNIT_TESTS = $(sort $(basename $(notdir $(wildcard test/unit/test_*.c))))

$(UNIT_DIR)/%: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h) test/unit/unit.h
	@mkdir -p $(UNIT_DIR)
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_SANITIZE) -Isrc/core -Itest/unit $(PCRE2_CFLAGS) \
		$(JANSSON_CFLAGS) -o $@ $< $(CORE_SRCS) $(PCRE2_LIBS) $(JANSSON_LIBS) -lm

unitcheck: $(addprefix $(UNIT_DIR)/,$(UNIT_TESTS))
	@status=0; for t in $(UNIT_TESTS); do \
		echo "# $$t"; $(UNIT_DIR)/$$t || status=1; \
	done; exit $$status

# ---------------------------------------------------------------------------
# PGXN release archive
# ---------------------------------------------------------------------------
dist:
	git archive --format zip --prefix=$(EXTENSION)-$(EXTVERSION)/ \
		-o $(EXTENSION)-$(EXTVERSION).zip HEAD

.PHONY: unitcheck dist

# The core sources, for the fuzz build script.
print-core-srcs:
	@echo $(CORE_SRCS)
.PHONY: print-core-srcs

# The requirement extractors as a standalone filter over postings, for
# bench/score_requirements.py (no server needed).
build/jr_requirements_cli: test/unit/requirements_cli.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) -Isrc/core $(PCRE2_CFLAGS) $(JANSSON_CFLAGS) \
		-o $@ $< $(CORE_SRCS) $(PCRE2_LIBS) $(JANSSON_LIBS) -lm

# The same with a trace of every rejected amount on stderr (rule work).
build/jr_requirements_trace: test/unit/requirements_cli.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) -DJR_REQ_TRACE -Isrc/core $(PCRE2_CFLAGS) $(JANSSON_CFLAGS) \
		-o $@ $< $(CORE_SRCS) $(PCRE2_LIBS) $(JANSSON_LIBS) -lm

# notulist — build, test and install (GNU make).
#
#   make            build build/notulist
#   make run        install missing packages, build, start on the default db
#   make check      install missing packages, build, run every test
#   make check-asan the same suite under AddressSanitizer + UBSan
#   make crash-test kill notulist CRASH_KILLS times (default 200) at random
#                   moments and check nothing acknowledged was lost
#   make bench      build a stress database and time notulist against sqlite3
#                   (tests/bench/run; writes build/bench/results.md)
#   make fuzz       fuzz the CSV importer with libFuzzer for FUZZ_SECONDS
#   make install    PREFIX=/usr/local DESTDIR=
#
# run/check/check-asan first run `deps`, then a sub-make, so that compiler
# flags from pkg-config are read after the packages exist.

VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BINDIR     := $(PREFIX)/bin
DATADIR    := $(PREFIX)/share
MANDIR     := $(DATADIR)/man
LOCALEDIR  := $(DATADIR)/locale
COMPLETIONDIR := $(DATADIR)/bash-completion/completions
BUILD      ?= build

CC         ?= cc
PKGS       := ncursesw sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null)
UTF8PROC_LIBS := $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc)

WARNINGS   := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
CPPFLAGS   += -Iinclude -Isrc/core -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 \
              -DNOTULIST_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"'
CFLAGS     ?= -O2 -g
CFLAGS     += -std=c17 $(WARNINGS) -MMD -MP
LDLIBS_CORE := $(SQLITE_LIBS) $(UTF8PROC_LIBS) -lcsv -lm

ifeq ($(SANITIZE),1)
CFLAGS     += -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=all
LDFLAGS    += -fsanitize=address,undefined
endif

CORE_SRC   := $(wildcard src/core/*.c)
CLI_SRC    := $(wildcard src/cli/*.c)
TUI_SRC    := $(wildcard src/tui/*.c)
EMBEDDED   := data/schema.sql data/demo.sql $(sort $(wildcard data/migrations/*.sql))
UNIT_SRC   := $(wildcard tests/unit/test_*.c)

OBJ        := $(BUILD)/obj
CORE_OBJ   := $(CORE_SRC:%.c=$(OBJ)/%.o) $(OBJ)/gen/embedded.o
CLI_OBJ    := $(CLI_SRC:%.c=$(OBJ)/%.o)
TUI_OBJ    := $(TUI_SRC:%.c=$(OBJ)/%.o)
CORE_LIB   := $(BUILD)/libnotulist-core.a
BIN        := $(BUILD)/notulist
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CRASHKILL  := $(BUILD)/crash/crashkill
CRASH_KILLS ?= 200
BENCH_GEN  := $(BUILD)/bench/gen_stress
BENCH_TIME := $(BUILD)/bench/benchtime
BENCH_PLANS := $(BUILD)/bench/plans
PO_FILES   := $(wildcard po/*.po)
MO_FILES   := $(PO_FILES:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/notulist.mo)

DEB_PACKAGES := build-essential pkg-config libncurses-dev libsqlite3-dev \
                libcsv-dev libcmocka-dev libutf8proc-dev sqlite3 tmux gettext \
                python3 mandoc \
                time clang libclang-rt-14-dev

.PHONY: all run check check-asan crash-test test deps install uninstall \
	clean pot pot-template fuzz bench bench-tools

all: $(BIN) $(UNIT_BIN) $(CRASHKILL) $(MO_FILES)

$(BIN): $(CLI_OBJ) $(TUI_OBJ) $(CORE_LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(TUI_OBJ) $(CORE_LIB) $(PKG_LIBS) $(LDLIBS_CORE)

$(CORE_LIB): $(CORE_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

# Core tests link the core and SQLite only: no curses, so a core file that
# reached for the screen would fail to link here.
$(BUILD)/tests/%: tests/unit/%.c $(CORE_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -MF $@.d -o $@ $< $(CORE_LIB) \
		$(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka) $(LDLIBS_CORE)

# The crash harness's timer: a test tool, linked with nothing of notulist.
$(CRASHKILL): tests/crash/crashkill.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -MF $@.d -o $@ $<

# The benchmark's tools (make bench only): the stress database generator
# uses the core like the program does; the timer runs one command and is
# linked with nothing of notulist.
$(BENCH_GEN): tests/bench/gen_stress.c $(CORE_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -MF $@.d -o $@ $< $(CORE_LIB) \
		$(LDLIBS_CORE)

$(BENCH_PLANS): tests/bench/plans.c $(CORE_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -MF $@.d -o $@ $< $(CORE_LIB) \
		$(LDLIBS_CORE)

$(BENCH_TIME): tests/bench/benchtime.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -MF $@.d -o $@ $<

bench-tools: $(BENCH_GEN) $(BENCH_TIME) $(BENCH_PLANS)

$(OBJ)/src/tui/%.o: src/tui/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJ)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(OBJ)/gen/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# data/*.sql become byte arrays (a string literal would break -Wpedantic's
# 4095-character limit), so an installed binary needs no data files.
$(BUILD)/gen/embedded.c: $(EMBEDDED) Makefile
	@mkdir -p $(@D)
	@{ echo '/* generated by make from data/; do not edit */'; \
	  echo '#include "embedded.h"'; \
	  i=0; for f in $(EMBEDDED); do \
	    echo "static const unsigned char file$$i[] = {"; \
	    od -An -v -tx1 "$$f" | sed 's/ *\([0-9a-f][0-9a-f]\)/0x\1,/g'; \
	    echo '0x00};'; i=$$((i+1)); done; \
	  echo 'const struct embedded_file embedded_files[] = {'; \
	  i=0; for f in $(EMBEDDED); do \
	    echo "{\"$$f\", file$$i, sizeof file$$i - 1},"; i=$$((i+1)); done; \
	  echo '{0, 0, 0}};'; } > $@.tmp && mv $@.tmp $@

$(BUILD)/locale/%/LC_MESSAGES/notulist.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# The template of every user-visible string; po/nl.po is merged with it.
# `make pot-template POT=FILE` writes only the template, elsewhere: the
# i18n test compares the catalogue with the sources that way.
POT        ?= po/notulist.pot

# References name the file only (no line numbers) and the template carries no
# creation date, so a change of one message changes a few lines of the
# catalogue, not hundreds: merges and reviews see only real changes.
pot: pot-template
	@for po in $(PO_FILES); do msgmerge --quiet --update --backup=none \
		--no-fuzzy-matching --add-location=file $$po $(POT); \
		sed -i '/^"POT-Creation-Date: /d' $$po; done

pot-template:
	xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
		--keyword=ngettext:1,2 --add-comments=TRANSLATORS: \
		--package-name=notulist --package-version=$(VERSION) \
		--msgid-bugs-address=notulist-maintainers --sort-by-file \
		--add-location=file \
		-o $(POT) $(sort $(CORE_SRC) $(CLI_SRC) $(TUI_SRC))
	@sed -i '/^"POT-Creation-Date: /d' $(POT)

# ---- set-up, run, tests ---------------------------------------------------

deps:
	@missing=""; \
	if ! command -v dpkg-query >/dev/null 2>&1; then \
	  echo "make deps: not a Debian system; install: $(DEB_PACKAGES)"; \
	  exit 0; fi; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | \
	    grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "make deps: installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq $$missing; \
	else \
	  echo "make deps: missing packages; run:"; \
	  echo "  sudo apt-get install -y$$missing"; exit 1; \
	fi

run: deps
	@$(MAKE) --no-print-directory all
	@if [ "$${NOTULIST_DEMO:-}" = 1 ]; then ./$(BIN) $(ARGS) init --demo || true; fi
	./$(BIN) $(ARGS)

check: deps
	@$(MAKE) --no-print-directory test

check-asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan SANITIZE=1 test

test: all
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) bash tests/run

# Not part of `make check` (which runs a bounded 20 kills in
# tests/e2e/crash.sh); CRASH_SEED and CRASH_TIMING replay a run.
crash-test: deps
	@$(MAKE) --no-print-directory all
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) CRASH_KILLS=$(CRASH_KILLS) \
		bash tests/crash/run.sh

# ---- fuzzing ----------------------------------------------------------------
# The importer under libFuzzer with ASan and UBSan (clang only).  New inputs
# go to $(BUILD)/fuzz/corpus, never into the seeds; a crash lands in
# tests/fuzz/findings/ — minimise it, add it to tests/fuzz/regressions/ and
# test_fuzz_corpus replays it in every `make check`.

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_BIN     := $(BUILD)/fuzz/fuzz_import
FUZZ_CFLAGS  := -std=c17 -g -O1 -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

$(FUZZ_BIN): tests/fuzz/fuzz_import.c $(CORE_SRC) $(BUILD)/gen/embedded.c \
             $(wildcard include/*.h src/core/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) $(WARNINGS) -o $@ \
		tests/fuzz/fuzz_import.c $(CORE_SRC) $(BUILD)/gen/embedded.c \
		$(LDLIBS_CORE)

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@mkdir -p $(BUILD)/fuzz/corpus tests/fuzz/findings
	$(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 \
		-dict=tests/fuzz/csv.dict -artifact_prefix=tests/fuzz/findings/ \
		-print_final_stats=1 \
		$(BUILD)/fuzz/corpus tests/fuzz/corpus tests/fuzz/regressions

# ---- benchmarks -------------------------------------------------------------
# Not part of `make check`: several minutes, and the numbers only mean
# something measured side by side on one machine.  The stress database is
# cached in build/bench/, keyed by the generator's source and the schema.

bench: deps
	@$(MAKE) --no-print-directory all bench-tools
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) bash tests/bench/run

# ---- install --------------------------------------------------------------

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/notulist
	install -m 0644 man/notulist.1 $(DESTDIR)$(MANDIR)/man1/notulist.1
	install -d $(DESTDIR)$(COMPLETIONDIR)
	install -m 0644 data/notulist.bash $(DESTDIR)$(COMPLETIONDIR)/notulist
	@for mo in $(MO_FILES); do \
	  lang=$${mo#$(BUILD)/locale/}; lang=$${lang%%/*}; \
	  install -d $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES; \
	  install -m 0644 $$mo $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/notulist.mo; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/notulist $(DESTDIR)$(MANDIR)/man1/notulist.1
	rm -f $(DESTDIR)$(COMPLETIONDIR)/notulist
	@for po in $(PO_FILES); do \
	  lang=$$(basename $$po .po); \
	  rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/notulist.mo; \
	done

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

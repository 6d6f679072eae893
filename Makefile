# notulist — build, test and install (GNU make).
#
#   make            build build/notulist and its catalogues (no test tools)
#   make run        install missing packages, build, start on the default db
#   make check      install missing packages, build with every core (JOBS),
#                   -Werror, run the tests (files in parallel), one summary
#   make check-asan the same suite under AddressSanitizer + UBSan
#   make crash-test kill notulist CRASH_KILLS times (default 200) at random
#                   moments and check nothing acknowledged was lost
#   make bench      build a stress database and time notulist against sqlite3
#                   (tests/bench/run; writes build/bench/results.md)
#   make fuzz       fuzz every parser and writer with libFuzzer, FUZZ_SECONDS
#                   each (make fuzz-long: 1800 s each, with the counts)
#   make install    PREFIX=/usr/local DESTDIR=  (needs no test libraries)
#
# run/check/check-asan first run `deps`, then a sub-make, so that compiler
# flags from pkg-config are read after the packages exist.
#
# CFLAGS, CPPFLAGS and LDFLAGS are the user's: they add to the project's
# own flags (make CFLAGS=-O0 keeps -std=c17, the warnings and dependency
# tracking).  -Werror is the project's own gate: make check, check-asan and
# CI (WERROR=1), never a user's or packager's build with another compiler.

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

WARNINGS   := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
WERROR     ?=
ERROR_FLAGS := $(if $(filter 1,$(WERROR)),-Werror)
NL_CPPFLAGS := -Iinclude -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 \
              -DNOTULIST_VERSION='"$(VERSION)"'
NL_CFLAGS  := -std=c17 $(WARNINGS) -MMD -MP
NL_LDFLAGS :=
CFLAGS     ?= -O2 -g
CMARK_LIBS := $(shell pkg-config --libs libcmark-gfm 2>/dev/null || \
		echo -lcmark-gfm -lcmark-gfm-extensions)
# libical is not linked: src/core/calendar.c opens it (dlopen) when a
# calendar is written, so that no other command loads it and the ICU and
# C++ libraries behind it (issue 18: 2.6 MiB more resident at start-up).
LDLIBS_CORE := $(SQLITE_LIBS) $(UTF8PROC_LIBS) $(CMARK_LIBS) -ldl \
               -lcsv -lm

# The program links the small libraries it uses (curses and terminfo,
# cmark-gfm, utf8proc, libcsv) from their static archives when these are
# installed (the Debian -dev packages ship them): each shared library is
# mapped and bound (BIND_NOW) at every start, and a check-in or `status`
# uses none of curses and cmark (issue 18: `notulist --version` 2.3 M
# instructions and 3.4 MiB resident with them shared, 1.4 M and 2.8 MiB
# static).  SQLite and the C library stay shared, as the distribution
# updates them.  STATIC_DEPS=0 links every library shared (a packager's
# choice); a missing archive falls back to the shared library.
STATIC_DEPS ?= 1
STATIC_KEEP_SHARED := -lsqlite3 -ldl -lm -lc -lpthread
static_archive = $(filter /%,$(shell $(CC) -print-file-name=lib$(1).a 2>/dev/null))
static_or_shared = $(if $(and $(filter 1,$(STATIC_DEPS)),$(filter -l%,$(1)),$(filter-out $(STATIC_KEEP_SHARED),$(1))),$(or $(call static_archive,$(1:-l%=%)),$(1)),$(1))
BIN_LIBS   := -Wl,--start-group $(foreach l,$(PKG_LIBS) $(LDLIBS_CORE),$(call static_or_shared,$(l))) -Wl,--end-group

ifeq ($(SANITIZE),1)
NL_CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=all
NL_LDFLAGS += -fsanitize=address,undefined
endif

# What every compile and link uses: the project's flags, then the user's,
# so that a user's -O0 or -Wno-... has the last word.
ALL_CPPFLAGS = $(NL_CPPFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = $(NL_CFLAGS) $(ERROR_FLAGS) $(CFLAGS)
ALL_LDFLAGS  = $(NL_LDFLAGS) $(LDFLAGS)

# Each layer is compiled seeing its own headers and the public ones of the
# layer below (HACKING.md): the core include/ and src/core/; src/ui and the
# front ends include/ and src/ui/ -- a front end cannot even find a
# core-private header.  tests/e2e/layers.sh checks what -I cannot.
CORE_INC   := -Isrc/core
UI_INC     := -Isrc/ui

CORE_SRC   := $(wildcard src/core/*.c)
UI_SRC     := $(wildcard src/ui/*.c)
CLI_SRC    := $(wildcard src/cli/*.c)
TUI_SRC    := $(wildcard src/tui/*.c)
EMBEDDED   := data/schema.sql data/demo.sql $(sort $(wildcard data/migrations/*.sql))
UNIT_SRC   := $(wildcard tests/unit/test_*.c)

OBJ        := $(BUILD)/obj
CORE_OBJ   := $(CORE_SRC:%.c=$(OBJ)/%.o) $(OBJ)/gen/embedded.o
UI_OBJ     := $(UI_SRC:%.c=$(OBJ)/%.o)
CLI_OBJ    := $(CLI_SRC:%.c=$(OBJ)/%.o)
TUI_OBJ    := $(TUI_SRC:%.c=$(OBJ)/%.o)
CORE_LIB   := $(BUILD)/libnotulist-core.a
UI_LIB     := $(BUILD)/libnotulist-ui.a
BIN        := $(BUILD)/notulist
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CRASHKILL  := $(BUILD)/crash/crashkill
KEYTABLES  := $(BUILD)/tools/keytables
STALL_SHIM := $(BUILD)/shim/stall_fsync.so
CRASH_KILLS ?= 200
BENCH_GEN  := $(BUILD)/bench/gen_stress
BENCH_TIME := $(BUILD)/bench/benchtime
BENCH_PLANS := $(BUILD)/bench/plans
PO_FILES   := $(wildcard po/*.po)
MO_FILES   := $(PO_FILES:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/notulist.mo)

DEB_PACKAGES := build-essential pkg-config libncurses-dev libsqlite3-dev \
                libcsv-dev libcmocka-dev libutf8proc-dev sqlite3 tmux gettext \
                python3 mandoc libcmark-gfm-dev libcmark-gfm-extensions-dev \
                cmark-gfm libical-dev python3-icalendar time clang \
                libclang-rt-14-dev faketime tzdata

.PHONY: all tests run check check-asan crash-test test deps install \
	uninstall clean pot pot-template fuzz fuzz-long bench bench-tools

# The program, its catalogues and the test tools the suite runs (the crash
# harness's timer, the signal tests' shim); the unit tests too where cmocka
# is installed.  `make install` needs only the program and the catalogues
# (no cmocka); `make tests` builds every test program.
HAVE_CMOCKA := $(shell pkg-config --exists cmocka 2>/dev/null && echo 1)
all: $(BIN) $(MO_FILES) $(CRASHKILL) $(STALL_SHIM) $(if $(HAVE_CMOCKA),$(UNIT_BIN))
tests: all $(UNIT_BIN) $(KEYTABLES)

# ---- flags that force a rebuild -------------------------------------------
# make compares times, not flags: an object built for PREFIX=/usr/local or
# with other CFLAGS would otherwise be installed as it is.  Each stamp holds
# the flags it stands for and is rewritten (new time) only when they differ
# from the last build's; what was built with them depends on it.  -Werror
# is left out, so `make` and `make check` share their objects (CI builds
# from a clean clone, with -Werror).  The catalogue directory reaches the
# one file that looks there (i18n.c), so a new PREFIX rebuilds that file
# and links again, nothing more; the libraries the program links
# (STATIC_DEPS) only link it again.
FLAGS_STAMP := $(BUILD)/flags.stamp
PATHS_STAMP := $(BUILD)/paths.stamp
LINK_STAMP  := $(BUILD)/link.stamp
BUILD_FLAGS = $(CC) $(NL_CPPFLAGS) $(CPPFLAGS) $(PKG_CFLAGS) $(NL_CFLAGS) \
              $(CFLAGS) $(ALL_LDFLAGS)
I18N_OBJ    := $(patsubst %.c,$(OBJ)/%.o,$(wildcard src/*/i18n.c))
# Goals that compile nothing here do not touch the stamps (check and
# check-asan compile in a sub-make, check-asan in another BUILD).
NO_BUILD_GOALS := clean deps pot pot-template uninstall check check-asan

# A dry run (make -n, make -q) writes nothing: a changed stamp is phony
# there, so that it shows everything that would be rebuilt.
DRY_RUN    := $(findstring n,$(firstword -$(MAKEFLAGS)))$(findstring q,$(firstword -$(MAKEFLAGS)))
# update-stamp FILE,TEXT
define update-stamp
ifneq ($$(file <$(1)),$(2))
ifeq ($(DRY_RUN),)
$$(shell mkdir -p $$(dir $(1)))
$$(file >$(1),$(2))
else
.PHONY: $(1)
endif
endif
endef
ifneq ($(filter-out $(NO_BUILD_GOALS),$(or $(MAKECMDGOALS),all)),)
$(eval $(call update-stamp,$(FLAGS_STAMP),$(strip $(BUILD_FLAGS))))
$(eval $(call update-stamp,$(PATHS_STAMP),LOCALEDIR=$(LOCALEDIR)))
$(eval $(call update-stamp,$(LINK_STAMP),$(strip $(BIN_LIBS))))
endif

$(FLAGS_STAMP) $(PATHS_STAMP) $(LINK_STAMP):
	@mkdir -p $(@D)
	@: >$@

$(I18N_OBJ): NL_CPPFLAGS += -DLOCALEDIR='"$(LOCALEDIR)"'
$(I18N_OBJ): $(PATHS_STAMP)

$(BIN): $(CLI_OBJ) $(TUI_OBJ) $(UI_LIB) $(CORE_LIB) $(FLAGS_STAMP) $(LINK_STAMP)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(TUI_OBJ) $(UI_LIB) $(CORE_LIB) \
		$(BIN_LIBS)

$(CORE_LIB): $(CORE_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(UI_LIB): $(UI_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

# Unit tests link the core, src/ui and SQLite only: no curses, so a core
# file that reached for the screen would fail to link here.
$(BUILD)/tests/%: tests/unit/%.c $(UI_LIB) $(CORE_LIB) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(UI_INC) $(ALL_CFLAGS) $(ALL_LDFLAGS) \
		-MF $@.d -o $@ $< $(UI_LIB) $(CORE_LIB) \
		$(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka) $(LDLIBS_CORE)

# The crash harness's timer: a test tool, linked with nothing of notulist.
$(CRASHKILL): tests/crash/crashkill.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -MF $@.d -o $@ $<

# The board's key tables as text, for the documentation check
# (tests/e2e/docs.sh): linked with the board's own objects.
$(KEYTABLES): tests/tools/keytables.c $(TUI_OBJ) $(UI_LIB) $(CORE_LIB) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(UI_INC) -Isrc/tui $(PKG_CFLAGS) $(ALL_CFLAGS) \
		$(ALL_LDFLAGS) -MF $@.d -o $@ $< $(TUI_OBJ) $(UI_LIB) $(CORE_LIB) \
		$(PKG_LIBS) $(LDLIBS_CORE)

# The signal tests' LD_PRELOAD shim (tests/shim/stall_fsync.c): built
# without the sanitizers, which insist on being loaded first themselves.
$(STALL_SHIM): tests/shim/stall_fsync.c
	@mkdir -p $(@D)
	$(CC) -shared -fPIC -O2 -std=c17 $(WARNINGS) $(ERROR_FLAGS) -o $@ $< -ldl

# The benchmark's tools (make bench only): the stress database generator
# uses the core like the program does; the timer runs one command and is
# linked with nothing of notulist.
$(BENCH_GEN): tests/bench/gen_stress.c $(CORE_LIB) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -MF $@.d -o $@ $< $(CORE_LIB) \
		$(LDLIBS_CORE)

$(BENCH_PLANS): tests/bench/plans.c $(CORE_LIB) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -MF $@.d -o $@ $< $(CORE_LIB) \
		$(LDLIBS_CORE)

$(BENCH_TIME): tests/bench/benchtime.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -MF $@.d -o $@ $<

bench-tools: $(BENCH_GEN) $(BENCH_TIME) $(BENCH_PLANS)

$(OBJ)/src/core/%.o: src/core/%.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(ALL_CFLAGS) -c -o $@ $<

$(OBJ)/src/ui/%.o: src/ui/%.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(UI_INC) $(ALL_CFLAGS) -c -o $@ $<

$(OBJ)/src/cli/%.o: src/cli/%.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(UI_INC) $(ALL_CFLAGS) -c -o $@ $<

$(OBJ)/src/tui/%.o: src/tui/%.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(UI_INC) $(PKG_CFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(OBJ)/gen/embedded.o: $(BUILD)/gen/embedded.c $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(ALL_CFLAGS) -c -o $@ $<

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
		-o $(POT) $(sort $(CORE_SRC) $(UI_SRC) $(CLI_SRC) $(TUI_SRC))
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
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@if [ "$${NOTULIST_DEMO:-}" = 1 ]; then ./$(BIN) $(ARGS) init --demo || true; fi
	./$(BIN) $(ARGS)

# Every core builds (the compiles are independent) and tests/run runs that
# many test files at a time; JOBS=1 makes both serial.
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

check: deps
	@$(MAKE) --no-print-directory -j$(JOBS) WERROR=1 test

check-asan: deps
	@$(MAKE) --no-print-directory -j$(JOBS) WERROR=1 BUILD=build/asan \
		SANITIZE=1 test

# (test_fuzz_corpus: the one replay of old builds, now test_fuzz_import.)
test: tests
	@rm -f $(BUILD)/tests/test_fuzz_corpus $(BUILD)/tests/test_fuzz_corpus.d
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) JOBS=$(JOBS) bash tests/run

# Not part of `make check` (which runs a bounded 20 kills in
# tests/e2e/crash.sh); CRASH_SEED and CRASH_TIMING replay a run.
crash-test: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all $(CRASHKILL)
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) CRASH_KILLS=$(CRASH_KILLS) \
		bash tests/crash/run.sh

# ---- fuzzing ----------------------------------------------------------------
# Every parser and writer under libFuzzer with ASan and UBSan (clang only),
# one target per file tests/fuzz/fuzz_TARGET.c, each checking the contract
# of what it fuzzes (see the top of each file).  New inputs go to
# $(BUILD)/fuzz/corpus/TARGET, never into the seeds; a finding lands in
# tests/fuzz/findings/ — minimise it, add it to tests/fuzz/regressions/TARGET
# and build/tests/test_fuzz_TARGET replays it, with the seed corpus, in
# every `make check` (compiled with cc, without libFuzzer).
#   make fuzz        every target for FUZZ_SECONDS (default 60) each
#   make fuzz-long   every target for FUZZ_SECONDS (default 1800) each,
#                    niced; prints the executions per target
# FUZZ_TARGETS=... picks targets; FUZZ_RUNS=N also stops each after N
# executions (FUZZ_RUNS=2000000 FUZZ_SECONDS=7200 make fuzz-long).

FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?=
FUZZ_CC      ?= clang
FUZZ_TARGETS := import names settings markdown cli nltime
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)
FUZZ_REPLAYS := $(FUZZ_TARGETS:%=$(BUILD)/tests/test_fuzz_%)
FUZZ_CFLAGS  := -std=c17 -g -O1 -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
# What a target needs besides the core: the CLI target runs the commands
# in-process (its file includes src/cli/main.c with main renamed).
FUZZ_SRC_cli := $(filter-out src/cli/main.c,$(CLI_SRC)) $(UI_SRC)
FUZZ_OBJ_cli := $(filter-out $(OBJ)/src/cli/main.o,$(CLI_OBJ))
# (libcmark-gfm for the markdown target is in LDLIBS_CORE: the core
# renders HTML with it.)

tests: $(FUZZ_REPLAYS)

.SECONDEXPANSION:

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(CORE_SRC) $(BUILD)/gen/embedded.c \
             $$(FUZZ_SRC_$$*) $(wildcard include/*.h src/core/*.h src/cli/*.h \
             src/cli/main.c)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(CORE_INC) $(UI_INC) $(FUZZ_CFLAGS) $(WARNINGS) $(ERROR_FLAGS) -o $@ \
		$< $(CORE_SRC) $(BUILD)/gen/embedded.c $(FUZZ_SRC_$*) \
		$(LDLIBS_CORE) $(FUZZ_LIBS_$*)

$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c \
             $(UI_LIB) $(CORE_LIB) $$(FUZZ_OBJ_$$*) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CORE_INC) $(UI_INC) -DFUZZ_TARGET='"$*"' $(ALL_CFLAGS) $(ALL_LDFLAGS) \
		-MF $@.d -o $@ tests/fuzz/replay.c $< $(FUZZ_OBJ_$*) \
		$(UI_LIB) $(CORE_LIB) \
		$(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka) \
		$(LDLIBS_CORE) $(FUZZ_LIBS_$*)

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ_BINS)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) NOTULIST_BUILD=$(BUILD) \
		bash tests/fuzz/run $(FUZZ_TARGETS)

fuzz-long: deps
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(if $(filter \
		command line environment,$(origin FUZZ_SECONDS)),$(FUZZ_SECONDS),1800)

# ---- benchmarks -------------------------------------------------------------
# Not part of `make check`: several minutes, and the numbers only mean
# something measured side by side on one machine.  The stress database is
# cached in build/bench/, keyed by the generator's source and the schema.

bench: deps
	@$(MAKE) --no-print-directory all bench-tools
	@NOTULIST_BIN=$(BIN) NOTULIST_BUILD=$(BUILD) bash tests/bench/run

# ---- install --------------------------------------------------------------

install: $(BIN) $(MO_FILES)
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

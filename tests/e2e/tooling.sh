#!/usr/bin/env bash
# End-to-end: the tools around the program work as a newcomer or a packager
# uses them — the Makefile (user flags add to the project's, -Werror only
# in `make check`, a rebuild when flags or PREFIX change, a parallel build,
# `make install` without test libraries and with the catalogue where the
# binary looks) and the test harness (a file runs alone from a fresh clone
# after `make`; tests/run runs files side by side, counts skip() as
# skipped and ends with the summary line).
#
# Every build here goes to a build directory of the test's own, so the
# binary the other tests run is never rebuilt under them.
. "$(dirname "$0")/../lib/tap.sh"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"

# mk ARGS...: make in the repository as a user would run it, into $T/b,
# whatever make or CI runs this test (their JOBS, WERROR, flags).
mk() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u JOBS -u WERROR -u SANITIZE \
		-u CFLAGS -u CPPFLAGS -u LDFLAGS -u PREFIX -u DESTDIR \
		make --no-print-directory -C "$ROOT" BUILD="$T/b" "$@"
}

# The source of the one file that looks for the catalogue.
i18n_object() {
	local src
	src=$(cd "$ROOT" && ls src/*/i18n.c | head -1)
	echo "$T/b/obj/${src%.c}.o"
}

# ---- flags ------------------------------------------------------------------

t_user_cflags_add_to_the_projects_own() {
	run mk -n CFLAGS=-O0 CPPFLAGS=-DUSER_FLAG "$T/b/obj/src/core/nl_error.o"
	expect_rc 0
	local line
	line=$(printf '%s\n' "$out" | grep -- ' -c ') || fail "no compile line"
	for flag in -O0 -DUSER_FLAG -std=c17 -Wall -Wextra -Wpedantic -MMD -Iinclude; do
		case " $line " in *" $flag "*) ;; *) fail "the compile lacks $flag:" "$line" ;; esac
	done
}

t_werror_only_in_make_check() {
	run mk -n "$T/b/obj/src/core/nl_error.o"
	expect_rc 0
	expect_out_has " -Wall "
	expect_out_lacks "-Werror"
	run mk -n check
	expect_rc 0
	printf '%s\n' "$out" | grep -- ' -c .*nl_error' | grep -q -- ' -Werror ' ||
		fail "make check does not compile with -Werror"
}

t_make_check_builds_with_every_core() {
	run mk -n check
	expect_rc 0
	expect_out_has "-j$(nproc) WERROR=1 test"
	expect_out_has "JOBS=$(nproc) bash tests/run"
	run mk -n check JOBS=1
	expect_out_has "-j1 WERROR=1 test"
	run mk -n check-asan
	expect_out_has "-j$(nproc) WERROR=1 BUILD=build/asan"
}

# The compiler's flags and the catalogue's place are stamps: changing
# either rebuilds what used them, and only that.
t_changed_flags_or_prefix_rebuild_what_used_them() {
	local i18n core="$T/b/obj/src/core/nl_error.o"
	i18n=$(i18n_object)
	run mk -s "$core" "$i18n"
	expect_rc 0
	run mk -q "$core" "$i18n"
	expect_rc 0
	run mk -q CFLAGS=-O0 "$core"
	expect_rc 1
	run mk -q PREFIX=/usr "$i18n"
	expect_rc 1
	run mk -q PREFIX=/usr "$core"
	expect_rc 0
	# A dry run wrote nothing: the old flags still hold.
	run mk -q "$core" "$i18n"
	expect_rc 0
	run mk CFLAGS=-O0 "$core"
	expect_rc 0
	expect_out_has " -O0 "
	run mk -q CFLAGS=-O0 "$core"
	expect_rc 0
}

# The program links curses, cmark-gfm, utf8proc and libcsv from their
# archives where these are installed (issue 18: a check-in uses neither
# curses nor cmark, and every shared library is mapped and bound at each
# start); STATIC_DEPS=0 links them shared; SQLite is shared either way.
# Changing it links the program again, and compiles nothing.
t_static_deps_choose_how_the_program_links() {
	local a
	a=$(cc -print-file-name=libncursesw.a)
	case "$a" in /*) ;; *) skip "no libncursesw.a installed" ;; esac
	run mk -n "$T/b/notulist"
	expect_rc 0
	expect_out_has "$a"
	expect_out_has "-lsqlite3"
	run mk -n STATIC_DEPS=0 "$T/b/notulist"
	expect_rc 0
	expect_out_lacks "$a"
	expect_out_has "-lncursesw"
	run ldd "$NL"
	expect_rc 0
	expect_out_lacks "libncursesw"
	expect_out_lacks "libcmark"
	expect_out_has "libsqlite3"
	run mk -s "$T/b/obj/src/core/nl_error.o"
	run mk -q STATIC_DEPS=0 "$T/b/obj/src/core/nl_error.o"
	expect_rc 0
}

# ---- install ----------------------------------------------------------------

t_install_needs_no_test_libraries() {
	run mk -n install
	expect_rc 0
	expect_out_has "install -m 0755"
	expect_out_lacks "cmocka"
	expect_out_lacks "tests/unit"
}

# `make`, then `make install PREFIX=...`: the installed binary finds the
# catalogue where that install put it, so it speaks Dutch.  The build of
# the binary under test is copied, times kept, as `make` left it: where its
# flags are a plain build's only the catalogue's user is compiled again
# (an ASan build's are not: then everything is, which is slower but the
# same test).
t_install_follows_prefix_and_destdir() {
	mkdir -p "$T/b"
	local part
	for part in obj gen locale libnotulist-core.a notulist flags.stamp paths.stamp; do
		[ -e "$NOTULIST_BUILD/$part" ] && cp -a "$NOTULIST_BUILD/$part" "$T/b/"
	done
	run mk -s -j2 "$T/b/notulist"
	expect_rc 0
	run mk -s PREFIX="$T/usr" install
	expect_rc 0
	run env LANG=C.UTF-8 LANGUAGE=nl "$T/usr/bin/notulist" --help
	expect_out_has "Gebruik: notulist"
	run "$T/usr/bin/notulist" --lang nl --help
	expect_out_has "Gebruik: notulist"

	local dest="$T/stage" po
	run mk -s PREFIX=/usr DESTDIR="$dest" install
	expect_rc 0
	expect_file_mode "$dest/usr/bin/notulist" 755
	expect_file_mode "$dest/usr/share/man/man1/notulist.1" 644
	expect_file_mode "$dest/usr/share/bash-completion/completions/notulist" 644
	for po in "$ROOT"/po/*.po; do
		po=$(basename "$po" .po)
		[ -f "$dest/usr/share/locale/$po/LC_MESSAGES/notulist.mo" ] ||
			fail "no catalogue for $po"
	done
	cmp -s "$T/b/notulist" "$dest/usr/bin/notulist" || fail "installed another binary"
	grep -qa "/usr/share/locale" "$dest/usr/bin/notulist" ||
		fail "the binary does not look in /usr/share/locale"
	run mk -s PREFIX=/usr DESTDIR="$dest" uninstall
	expect_rc 0
	[ -z "$(find "$dest" -type f)" ] || fail "uninstall left files:" "$(find "$dest" -type f)"
}

# ---- the test harness -------------------------------------------------------

# clone: a copy of what a fresh clone has for the tests, and the binary
# `make` would have built, in $T/clone.
clone() {
	mkdir -p "$T/clone/build" "$T/clone/tests/e2e"
	cp -r "$ROOT/tests/lib" "$ROOT/tests/run" "$T/clone/tests/"
	cp -r "$ROOT/data" "$T/clone/"
	cp "$ROOT/tests/e2e/completion.sh" "$T/clone/tests/e2e/"
	ln -s "$NL" "$T/clone/build/notulist"
	cat >"$T/clone/tests/e2e/probe.sh" <<-'EOF'
	. "$(dirname "$0")/../lib/tap.sh"
	t_english_utc_and_the_binary() {
		run nl --help
		expect_out_has "Usage: notulist"
		[ "$TZ" = UTC ] || fail "TZ is $TZ"
		[ -z "${NOTULIST_DB:-}" ] || fail "NOTULIST_DB leaks in"
	}
	run_tests
EOF
}

# README: `ONLY=regex bash tests/e2e/FILE.sh`, as written, in a Dutch
# terminal in another time zone, with NOTULIST_BIN unset or relative.
# libical (and the ICU and C++ libraries it needs) is opened only when a
# calendar is written: linked, it made every command start 2.6 MiB larger
# (issue 18).  The calendar still comes out.  (libstdc++ is not looked
# for: a sanitizer build links it through libasan.)
t_only_the_calendar_loads_libical() {
	run ldd "$NL"
	expect_rc 0
	expect_out_lacks "libical"
	expect_out_lacks "libicu"
	NOTULIST_NOW="2026-03-01 12:00:00" nl_ok init --demo
	NOTULIST_NOW="2026-03-01 12:00:00" run nl export ics --year 2026
	expect_rc 0
	expect_out_has "BEGIN:VCALENDAR"
	expect_out_has "BEGIN:VEVENT"
}

t_a_test_file_runs_alone_after_make() {
	clone
	cd "$T/clone" || fail "no clone"
	run env -u NOTULIST_BIN -u NOTULIST_BUILD LANG=nl_NL.UTF-8 LANGUAGE=nl \
		TZ=Europe/Amsterdam NOTULIST_DB=/nonexistent/x.db \
		ONLY=person_names bash tests/e2e/completion.sh
	expect_rc 0
	expect_out_eq "1..1
ok 1 - person_names_are_quoted_for_the_shell"
	run env -u NOTULIST_BUILD -u ONLY LANGUAGE=nl TZ=Europe/Amsterdam \
		NOTULIST_BIN=build/notulist NOTULIST_DB=/nonexistent/x.db \
		bash tests/e2e/probe.sh
	expect_rc 0
	expect_out_has "ok 1 - english_utc_and_the_binary"
	cd "$T/clone/tests" || fail "no tests directory"
	run env -u NOTULIST_BIN -u NOTULIST_BUILD -u ONLY bash e2e/probe.sh
	expect_out_has "ok 1 - english_utc_and_the_binary"
	rm "$T/clone/build/notulist"
	run env -u NOTULIST_BIN -u NOTULIST_BUILD -u ONLY bash e2e/probe.sh
	expect_rc 1
	expect_out_has "Bail out! no notulist at $T/clone/build/notulist; run make first"
}

# Two files that can only finish together (each waits for the other to
# start), one that skips: tests/run runs them side by side, counts the
# skip as skipped, and its last line is the summary.
t_tests_run_files_side_by_side_and_counts_skips() {
	clone
	rm "$T/clone/tests/e2e/"*.sh
	mkdir -p "$T/meet"
	local f
	for f in a b; do
		cat >"$T/clone/tests/e2e/$f.sh" <<-EOF
	. "\$(dirname "\$0")/../lib/tap.sh"
	t_meets_the_other() {
		: >"$T/meet/$f"
		local deadline=\$((SECONDS + 60))
		until [ -e "$T/meet/a" ] && [ -e "$T/meet/b" ]; do
			[ \$SECONDS -le \$deadline ] || fail "the other file never ran alongside"
			sleep 0.1
		done
	}
	run_tests
EOF
	done
	cat >"$T/clone/tests/e2e/c.sh" <<-'EOF'
	. "$(dirname "$0")/../lib/tap.sh"
	t_cannot_run_here() { skip "not here"; }
	run_tests
EOF
	run env -u ONLY -u TESTS JOBS=2 NOTULIST_BIN="$NL" NOTULIST_BUILD="$T/clone/build" \
		bash "$T/clone/tests/run"
	expect_rc 0
	[ "$(printf '%s\n' "$out" | tail -1)" = "2 passed, 0 failed, 1 skipped" ] ||
		fail "the last line is not the summary"
}

# A skip written by hand ("# SKIP" echoed, the test returning 0) counts as
# a pass; skip() is the harness's way.
t_no_test_fakes_a_skip() {
	local fakes
	fakes=$(grep -nE '(echo|printf).*#[ ]SKIP' "$ROOT"/tests/e2e/*.sh)
	[ -z "$fakes" ] || fail "use skip REASON instead:" "$fakes"
}

run_tests

#!/usr/bin/env bash
# The layers of HACKING.md hold in the sources (tests/lib/layers.py): no
# front end includes a core-private header or calls sqlite3_*, no curses
# below src/tui, include/ is only the core's public API.  Each rule is also
# shown to catch a breach planted in a copy of the tree.
. "$(dirname "$0")/../lib/tap.sh"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CHECK=(/usr/bin/python3 "$ROOT/tests/lib/layers.py")

t_the_sources_keep_the_layers() {
	run "${CHECK[@]}" "$ROOT"
	[ "$rc" = 0 ] || fail "layer breaches:" "$out"
}

# plant FILE TEXT EXPECTED: a copy of the sources with TEXT added to FILE
# must be refused, naming FILE and EXPECTED.
plant() {
	local file=$1 text=$2 expected=$3
	cp -r "$ROOT/include" "$ROOT/src" "$T/"
	[ -e "$T/$file" ] || : >"$T/$file"
	printf '%s\n' "$text" >>"$T/$file"
	run "${CHECK[@]}" "$T"
	expect_rc 1
	expect_out_has "$file"
	expect_out_has "$expected"
}

row cli_includes_a_store_header plant src/cli/cmd_status.c \
	'#include "store_internal.h"' "includes a core-private header"
row tui_reaches_into_core_by_path plant src/tui/view_board.c \
	'#include "../core/attendance_log.h"' "includes a core-private header"
row ui_includes_a_core_header plant src/ui/editor.c \
	'#include "store_meetings.h"' "includes a core-private header"
row cli_calls_sqlite plant src/cli/cmd_backup.c \
	'static void f(void) { sqlite3_exec(0, 0, 0, 0, 0); }' \
	"SQL outside src/core"
row tui_includes_sqlite plant src/tui/app.c '#include <sqlite3.h>' \
	"SQL outside src/core"
row core_includes_curses plant src/core/quorum.c '#include <curses.h>' \
	"curses outside src/tui"
row ui_includes_ncursesw plant src/ui/ui_date.c \
	'#include <ncursesw/ncurses.h>' "curses outside src/tui"
row core_includes_the_editor plant src/core/agenda.c '#include "editor.h"' \
	"core includes a header above it"
row public_header_leaks_a_private_one plant include/meetings.h \
	'#include "store_meetings.h"' "public header includes a private one"
row cli_includes_board_internals plant src/cli/main.c \
	'#include "../tui/tui_internal.h"' "the CLI reaches into the board"
row board_includes_cli_internals plant src/tui/app.c '#include "cli.h"' \
	"the board reaches into the CLI"

# What a comment or a string says is not code.
t_comments_and_strings_are_not_breaches() {
	cp -r "$ROOT/include" "$ROOT/src" "$T/"
	printf '%s\n' '/* never calls sqlite3_exec */' \
		'static const char *s = "sqlite3_open";' >>"$T/src/cli/cli.c"
	run "${CHECK[@]}" "$T"
	[ "$rc" = 0 ] || fail "a comment or string counted:" "$out"
}

run_tests

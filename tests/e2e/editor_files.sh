#!/usr/bin/env bash
# End-to-end: where the editor's temporary file lives and what becomes of
# it.  The note goes to notes.md in a directory of its own, mode 0700, in
# $XDG_RUNTIME_DIR (else $TMPDIR, else /tmp); nothing of it is left after
# the edit, nor after SIGINT, SIGTERM, SIGHUP or SIGPIPE while the editor
# is open; a NUL byte written by the editor refuses the edit and keeps the
# file, and says where.
. "$(dirname "$0")/../lib/tap.sh"

meeting() {
	nl_ok meeting add 2026-03-10 19:30
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Oude regel"
}

# editor NAME BODY: an editor script $T/NAME.sh running BODY with the file
# as $1.
editor() {
	printf '#!/bin/sh\n%s\n' "$2" >"$T/$1.sh"
	chmod +x "$T/$1.sh"
}

note_in() { env XDG_RUNTIME_DIR="$T/run" TMPDIR="$T/tmp" VISUAL= "$@"; }

t_the_note_is_in_a_private_directory_in_xdg_runtime_dir() {
	meeting
	mkdir -m 700 "$T/run" "$T/tmp"
	editor look 'echo "$1" >"$T/path"; stat -c %a "$(dirname "$1")" >"$T/dirmode"
stat -c %a "$1" >"$T/mode"; echo "Nieuwe regel" >"$1"'
	run note_in T="$T" EDITOR="$T/look.sh" "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	case $(cat "$T/path") in
	"$T/run/notulist-"??????/notes.md) ;;
	*) fail "the note was at $(cat "$T/path")" ;;
	esac
	[ "$(cat "$T/dirmode")" = 700 ] || fail "directory mode $(cat "$T/dirmode")"
	[ "$(cat "$T/mode")" = 600 ] || fail "file mode $(cat "$T/mode")"
	[ -z "$(ls -A "$T/run")" ] || fail "left in XDG_RUNTIME_DIR: $(ls -A "$T/run")"
	[ -z "$(ls -A "$T/tmp")" ] || fail "left in TMPDIR: $(ls -A "$T/tmp")"
	run nl agenda show 1 1
	expect_out_has "Nieuwe regel"
}

t_without_xdg_runtime_dir_tmpdir_is_used() {
	meeting
	mkdir -m 700 "$T/tmp"
	editor look 'echo "$1" >"$T/path"; echo "Nieuwe regel" >"$1"'
	run env -u XDG_RUNTIME_DIR TMPDIR="$T/tmp" VISUAL= T="$T" \
		EDITOR="$T/look.sh" "$NL" -d "$DB" agenda note 1 1
	expect_rc 0
	case $(cat "$T/path") in
	"$T/tmp/notulist-"??????/notes.md) ;;
	*) fail "the note was at $(cat "$T/path")" ;;
	esac
	[ -z "$(ls -A "$T/tmp")" ] || fail "left behind: $(ls -A "$T/tmp")"
}

# editing_then SIGNAL: notulist edits a note in its own process group; the
# editor says it is open (its pid in $T/open) and waits; then SIGNAL goes
# to notulist alone (TERM, HUP, PIPE) or, like Ctrl-C at a terminal, to
# the whole group (INT).  Sets $got to notulist's exit status and $err to
# what it said.
editing_then() {
	local sig=$1 pid deadline
	meeting
	mkdir -m 700 "$T/run" "$T/tmp"
	editor wait 'echo $$ >"$T/open.tmp" && mv "$T/open.tmp" "$T/open"
echo "Half af" >"$1"; exec sleep 60'
	# setsid: a process group of its own, with SIGINT not ignored (as
	# in a script's background job).
	env XDG_RUNTIME_DIR="$T/run" TMPDIR="$T/tmp" VISUAL= T="$T" \
		EDITOR="$T/wait.sh" setsid env --default-signal \
		"$NL" -d "$DB" agenda note 1 1 >"$T/.out" 2>"$T/.err" &
	pid=$!
	deadline=$((SECONDS + 30))
	until [ -e "$T/open" ]; do
		[ $SECONDS -le $deadline ] || fail "the editor never opened"
		sleep 0.02
	done
	local editor_pid
	editor_pid=$(cat "$T/open")
	if [ "$sig" = INT ]; then
		kill -s INT -- "-$pid"
	else
		kill -s "$sig" "$pid"
	fi
	# (bash would report the signal on stderr itself)
	{ wait "$pid"; } 2>/dev/null
	got=$?
	kill "$editor_pid" 2>/dev/null
	said=$(cat "$T/.err")
	[ -z "$(ls -A "$T/run")" ] || fail "left after SIG$sig: $(ls -A "$T/run")"
	[ -z "$(ls -A "$T/tmp")" ] || fail "left in TMPDIR after SIG$sig"
	run nl agenda show 1 1
	expect_out_has "Oude regel"
	expect_out_lacks "Half af"
}

t_sigterm_while_the_editor_is_open_leaves_nothing() {
	editing_then TERM
	[ "$got" = 143 ] || fail "exit status $got, not 128 + SIGTERM"
}

t_sighup_while_the_editor_is_open_leaves_nothing() {
	editing_then HUP
	[ "$got" = 129 ] || fail "exit status $got, not 128 + SIGHUP"
}

t_sigpipe_while_the_editor_is_open_leaves_nothing() {
	editing_then PIPE
	[ "$got" = 141 ] || fail "exit status $got, not 128 + SIGPIPE"
}

# Ctrl-C reaches the editor too: it stops, notulist says nothing was saved.
t_ctrl_c_while_the_editor_is_open_leaves_nothing() {
	editing_then INT
	[ "$got" = 1 ] || fail "exit status $got"
	err=$said
	expect_err_line "was stopped by signal 2; nothing was saved"
}

# A NUL byte would silently cut the text: refused, and the file is kept
# (mode 0600 in its 0700 directory) where the message says.
t_a_nul_byte_from_the_editor_keeps_the_file() {
	meeting
	mkdir -m 700 "$T/run"
	editor nul 'printf "Eerste regel\n\000Tweede regel\n" >"$1"'
	run note_in EDITOR="$T/nul.sh" "$NL" -d "$DB" agenda note 1 1
	expect_rc 1
	expect_err_line "the edited text holds a NUL byte, which would cut it short; nothing was saved, and your text is kept in $T/run/notulist-"
	local kept=${err##*kept in }
	[ -f "$kept" ] || fail "no file at $kept"
	[ "$(od -An -c "$kept" | tr -s ' ' | tr -d '\n')" = " E e r s t e r e g e l \n \0 T w e e d e r e g e l \n" ] ||
		fail "the kept file differs: $(od -An -c "$kept")"
	expect_file_mode "$kept" 600
	expect_file_mode "$(dirname "$kept")" 700
	run nl agenda show 1 1
	expect_out_has "Oude regel"
	expect_out_lacks "Eerste regel"
}

run_tests

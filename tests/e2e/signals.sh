#!/usr/bin/env bash
# End-to-end: an interrupt while notulist writes an output leaves no
# temporary file, and notulist still ends by that signal (exit status
# 128 + N).  The shim tests/shim/stall_fsync.c holds notulist inside the
# write, with its temporary file there, until the signal comes: the test
# waits for the shim's marker, never for a guessed time.
. "$(dirname "$0")/../lib/tap.sh"

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${NOTULIST_BUILD:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR ;; esac
SHIM=$BUILD_DIR/shim/stall_fsync.so

demo() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

# interrupted SIGNAL ARGS...: runs notulist ARGS (writing into $T/out),
# stalled in its first sync of a temporary file, sends SIGNAL, and checks
# the exit status and that only what was there before is left.
interrupted() {
	local sig=$1 before pid deadline
	shift
	[ -e "$SHIM" ] || fail "no shim at $SHIM (make builds it)"
	before=$(ls -A "$T/out")
	rm -f -- "$T/stalled"
	# A background job of a script starts with SIGINT ignored, and under
	# nohup SIGHUP is ignored too; notulist keeps a signal ignored that it
	# inherited so, but here it must get each as from a terminal.  The sanitizers want to be loaded
	# first; the shim is loaded before them here, which they accept when
	# told to.
	env --default-signal LD_PRELOAD="$SHIM" STALL_FSYNC_MARKER="$T/stalled" \
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		"$NL" -d "$DB" "$@" >"$T/.out" 2>"$T/.err" &
	pid=$!
	deadline=$((SECONDS + 30))
	until [ -e "$T/stalled" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid"
			fail "notulist $* ended ($?) before it synced a temporary file" \
				"$(cat "$T/.err")"
		fi
		[ $SECONDS -le $deadline ] || { kill -9 "$pid"; fail "never stalled"; }
		sleep 0.02
	done
	ls -A "$T/out" | grep -q '^\.notulist-' ||
		{ kill -9 "$pid"; fail "no temporary file while writing"; }
	kill -s "$sig" "$pid"
	wait "$pid"
	rc=$?
	local number
	number=$(kill -l "$sig")
	[ "$rc" = $((128 + number)) ] || fail "exit status $rc after SIG$sig"
	[ "$(ls -A "$T/out")" = "$before" ] ||
		fail "left behind after SIG$sig: $(ls -A "$T/out")"
}

t_every_signal_during_a_report_leaves_no_temporary_file() {
	demo
	mkdir "$T/out"
	local sig
	for sig in INT TERM HUP PIPE; do
		interrupted "$sig" report --year 2026 -o "$T/out/verslag.md"
		[ ! -e "$T/out/verslag.md" ] || fail "a report appeared after SIG$sig"
	done
}

t_a_signal_during_minutes_and_exports_keeps_the_old_file() {
	demo
	mkdir "$T/out"
	echo "oud" >"$T/out/bestand"
	interrupted TERM minutes 1 -o "$T/out/bestand"
	interrupted INT export attendance -o "$T/out/bestand"
	interrupted HUP export actions -o "$T/out/bestand"
	[ "$(cat "$T/out/bestand")" = oud ] || fail "the old file changed"
}

t_a_signal_during_a_backup_leaves_no_temporary_file() {
	demo
	mkdir "$T/out"
	interrupted TERM backup "$T/out/kopie.db"
	interrupted INT backup "$T/out/kopie.db"
	[ ! -e "$T/out/kopie.db" ] || fail "a copy appeared"
}

run_tests

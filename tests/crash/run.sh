#!/usr/bin/env bash
# tests/crash/run.sh — the crash test: notulist records a stream of
# check-ins and check-outs, through the command line and through the board,
# and is killed with SIGKILL at random moments.  After every kill the
# database must hold every action notulist had acknowledged, and be whole.
#
#   CRASH_KILLS=200 bash tests/crash/run.sh      (make crash-test)
#
# What "acknowledged" means: the command printed "Checked in NAME at …" (it
# runs on a pseudo-terminal under tests/crash/crashkill, so the line shows
# the moment it is printed, after the commit and before the database is
# closed), or the board's screen showed it (the board runs in tmux; its
# screen is read only after the pane is dead, so it is what the secretary
# saw when the process died).
#
# After every kill (and every run the kill missed):
#   - `notulist status` opens the file and shows the number present that
#     the acknowledged history gives;
#   - PRAGMA integrity_check says ok;
#   - every event stored before is still there, unchanged;
#   - the action of this run is stored if it was acknowledged, and at most
#     that one action appeared (an unacknowledged one may or may not be
#     there: the kill may have landed between the commit and the print).
#
# Kill timings (one per kill, chosen at random):
#   zero        at once (often before notulist even starts)
#   sub:US      US microseconds (< 1000) after the start
#   spread:US   anywhere over a normal action's duration
#   after:US    US microseconds after the confirmation appeared: the kill
#               lands in the close after the commit
#   board:MS    the board, MS milliseconds after the keys were sent
#   board-after the board, as soon as its screen shows the confirmation
#
# Environment: NOTULIST_BIN, NOTULIST_BUILD (for crash/crashkill),
# CRASH_KILLS (200), CRASH_SEED (random; printed), CRASH_TIMING (use this
# one timing for every kill, to replay), CRASH_BOARD (percentage of kills
# on the board, 35), CRASH_VERBOSE=1 (a line per kill).
# Exit status: 0 nothing lost; 1 something lost or broken (a LOST line
# says what, with the seed and timing to replay it); 2 usage.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NL=$(realpath "${NOTULIST_BIN:-$ROOT/build/notulist}")
BUILD=${NOTULIST_BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
CRASHKILL=${CRASHKILL:-$BUILD/crash/crashkill}
KILLS=${CRASH_KILLS:-200}
SEED=${CRASH_SEED:-$(( $(date +%s%N) % 100000 ))}
TIMING=${CRASH_TIMING:-}
BOARD_SHARE=${CRASH_BOARD:-35}
VERBOSE=${CRASH_VERBOSE:-0}
PEOPLE=24
MEETING=1
export LANG=C.UTF-8 LC_ALL= LANGUAGE= TZ=UTC NO_COLOR=
unset NOTULIST_DB XDG_DATA_HOME

[ -x "$NL" ] || { echo "crash-test: no notulist binary at $NL" >&2; exit 2; }
[ -x "$CRASHKILL" ] || { echo "crash-test: no $CRASHKILL (run make)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "crash-test: needs sqlite3" >&2; exit 2; }
case $KILLS in ''|*[!0-9]*) echo "crash-test: CRASH_KILLS must be a number" >&2; exit 2 ;; esac
if ! command -v tmux >/dev/null; then
	echo "crash-test: tmux is not installed: no kills on the board"
	BOARD_SHARE=0
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/notulist-crash.XXXXXX") ||
	{ echo "crash-test: mktemp failed" >&2; exit 1; }
DB=$WORK/crash.db
KEEP_WORK=0
SOCKET=""

# Deletes only the directory mktemp made, and leaves it when something was
# lost (its files are the evidence).
cleanup() {
	end_tmux
	[ "$KEEP_WORK" = 1 ] && return
	case $WORK in
	*/notulist-crash.??????) rm -rf -- "$WORK" ;;
	esac
}
trap cleanup EXIT

RANDOM=$SEED
# rand N: sets R to a number from 0 to N-1 (30 bits, so microsecond ranges
# work).  Never called in $(...): a subshell's draws would not advance the
# sequence, and a seed would no longer replay a run.
rand() { R=$(( (RANDOM * 32768 + RANDOM) % $1 )); }

# ---- the meeting and the model ------------------------------------------------

# Quorum 1000: never met, so "Quorum lost" never replaces the board's
# "Checked out NAME" line.
setup() {
	local i out
	out=$(NOTULIST_NOW="2026-03-10 07:00:00" "$NL" -d "$DB" municipality add Crashstad 2>&1 &&
	      for i in $(seq -w 1 $PEOPLE); do
		NOTULIST_NOW="2026-03-10 07:00:00" "$NL" -d "$DB" member add "Crash $i" --municipality Crashstad || exit 1
	      done &&
	      NOTULIST_NOW="2026-03-10 07:00:00" "$NL" -d "$DB" meeting add 2026-03-10 08:00 --quorum 1000 &&
	      NOTULIST_NOW="2026-03-10 07:59:00" "$NL" -d "$DB" meeting open $MEETING) ||
		{ echo "crash-test: setting up the meeting failed: $out" >&2; exit 1; }
	declare -gA PERSON_ID PRESENT
	local id name
	while IFS='|' read -r id name; do
		PERSON_ID[$name]=$id
		PRESENT[$name]=0
	done < <(sqlite3 "$DB" "SELECT id, name FROM person")
	events >"$WORK/events.before"
}

events() {
	# Times are stored in UTC (schema 5); compared on the local clock, as
	# NOTULIST_NOW gives them (sqlite3 reads the same TZ).
	sqlite3 -separator '|' "$DB" "SELECT id, meeting_id, person_id, kind,
		datetime(at, 'localtime'), coalesce(corrects, '')
		FROM attendance ORDER BY id"
}

present_count() {
	local n=0 name
	for name in "${!PRESENT[@]}"; do
		n=$((n + PRESENT[$name]))
	done
	echo $n
}

# Every action happens one second after the one before, so that notulist's
# own rules (nothing before the last event) never refuse the stream.
STEP=0
clock() {
	local s=$((8 * 3600 + STEP))
	printf '2026-03-10 %02d:%02d:%02d' $((s / 3600)) $((s % 3600 / 60)) $((s % 60))
}

# ---- one run ----------------------------------------------------------------------

# Sets RESULT ("killed" or "exit N"), ACK (1/0) and DESC for one action
# on the command line.
run_cli() {
	local name=$1 verb=$2 timing=$3 now=$4 args confirm
	confirm="Checked ${verb#check} $name at"
	case $timing in
	zero) args=(-d 0) ;;
	sub:*|spread:*) args=(-d "${timing#*:}") ;;
	after:*) args=(-m "$confirm" -a "${timing#*:}") ;;
	esac
	RESULT=$("$CRASHKILL" "${args[@]}" -o "$WORK/output" -- \
		env NOTULIST_NOW="$now" "$NL" -d "$DB" "$verb" $MEETING "$name")
	grep -qF "$confirm" "$WORK/output" && ACK=1 || ACK=0
}

tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }

# Ends this run's tmux server and removes its socket file, which tmux
# leaves behind (hundreds of them after a long run otherwise).
end_tmux() {
	[ -n "$SOCKET" ] || return 0
	tm kill-server 2>/dev/null
	local path=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET
	case $SOCKET in nl-crash-*) [ -S "$path" ] && rm -f -- "$path" ;; esac
	SOCKET=""
}

# screen_shows TEXT SECONDS: polls the board's screen.
screen_shows() {
	local deadline=$((SECONDS + $2))
	while [ $SECONDS -le $deadline ]; do
		tm capture-pane -p -t t 2>/dev/null | grep -qF -- "$1" && return 0
		sleep 0.01
	done
	return 1
}

# The same for the board: search the name, → goes to them without acting
# (Enter would check in, or ask before a check-out), Space checks in or
# out (the quorum of 1000 is never met, so it never asks).
run_board() {
	local name=$1 verb=$2 timing=$3 now=$4 confirm pid
	confirm="Checked ${verb#check} $name at"
	SOCKET="nl-crash-$$-$STEP"
	tm start-server \; set-option -g remain-on-exit on \; \
		set-option -g default-terminal tmux-256color \; \
		new-session -d -s t -x 80 -y 24 \
		"exec env NOTULIST_NOW='$now' '$NL' -d '$DB'"
	if ! screen_shows "Clients present" 10; then
		echo "crash-test: the board did not start:" >&2
		tm capture-pane -p -t t >&2
		exit 1
	fi
	pid=$(tm display-message -p -t t '#{pane_pid}')
	tm send-keys -t t / \; send-keys -t t -l "$name" \; send-keys -t t Right Space
	case $timing in
	board:0) ;;
	board:*) sleep "$(printf '0.%03d' "${timing#board:}")" ;;
	board-after) screen_shows "$confirm" 10 ;;
	esac
	kill -9 "$pid" 2>/dev/null
	local deadline=$((SECONDS + 10))
	while [ "$(tm display-message -p -t t '#{pane_dead}')" != 1 ]; do
		[ $SECONDS -le $deadline ] || { echo "crash-test: the board did not die" >&2; exit 1; }
		sleep 0.01
	done
	local sig
	sig=$(tm display-message -p -t t '#{pane_dead_signal}')
	case $sig in
	9|KILL|SIGKILL|"") RESULT=killed ;;
	*) RESULT="signal $sig" ;;
	esac
	[ "$(tm display-message -p -t t '#{pane_dead_status}')" = "" ] ||
		RESULT="exit $(tm display-message -p -t t '#{pane_dead_status}')"
	tm capture-pane -p -t t >"$WORK/output"
	grep -qF "$confirm" "$WORK/output" && ACK=1 || ACK=0
	end_tmux
}

# ---- after every run ----------------------------------------------------------------

lost() {
	KEEP_WORK=1
	echo "LOST at kill $LANDED (run $STEP): $*"
	echo "  seed $SEED, timing $TIMING_USED, $DESC"
	echo "  replay: CRASH_SEED=$SEED CRASH_KILLS=$((LANDED + 1)) CRASH_TIMING=$TIMING_USED make crash-test"
	echo "  files kept in $WORK"
	exit 1
}

# verify NAME VERB NOW: the checks listed at the top of this file; then
# the model follows what was stored.
verify() {
	local name=$1 verb=$2 now=$3 status integrity kind before n new
	status=$(NOTULIST_NOW="$now" "$NL" -d "$DB" status $MEETING 2>&1) ||
		lost "notulist status failed after the kill: $status"
	integrity=$(sqlite3 "$DB" "PRAGMA integrity_check" 2>&1)
	[ "$integrity" = ok ] || lost "integrity_check: $integrity"
	events >"$WORK/events.after" || lost "cannot read the events"
	before=$(wc -l <"$WORK/events.before")
	head -n "$before" "$WORK/events.after" | cmp -s - "$WORK/events.before" ||
		lost "an earlier event was lost or changed: $(diff "$WORK/events.before" "$WORK/events.after" | head -3)"
	n=$(($(wc -l <"$WORK/events.after") - before))
	kind=${verb#check}
	if [ "$n" -gt 1 ]; then
		lost "$n events appeared for one action"
	elif [ "$n" = 1 ]; then
		new=$(tail -n 1 "$WORK/events.after")
		IFS='|' read -r _ m p k at u <<<"$new"
		[ "$m|$p|$k|$at|$u" = "$MEETING|${PERSON_ID[$name]}|$kind|$now|" ] ||
			lost "an event appeared that nobody asked for: $new"
		PRESENT[$name]=$((1 - PRESENT[$name]))
	elif [ "$ACK" = 1 ]; then
		lost "acknowledged check-$kind of $name at $now is not in the database"
	fi
	case $status in
	*"clients present: $(present_count)/1000"*) ;;
	*) lost "status shows the wrong number present (expected $(present_count)): $(echo "$status" | grep 'clients present')" ;;
	esac
	mv "$WORK/events.after" "$WORK/events.before"
}

# ---- timings ------------------------------------------------------------------------

# A normal action's duration, measured on four uninterrupted runs (which
# are checked like the others).
calibrate() {
	local i total=0 name verb
	for i in 1 2 3 4; do
		STEP=$((STEP + 1))
		name="Crash $(printf %02d "$i")"
		verb=checkin
		TIMING_USED=calibration DESC="calibration: $verb $name"
		run_cli "$name" "$verb" spread:10000000 "$(clock)"
		case $RESULT in "exit 0 "*) ;; *) lost "a normal $verb failed: $RESULT: $(cat "$WORK/output")" ;; esac
		verify "$name" "$verb" "$(clock)"
		total=$((total + ${RESULT##* }))
	done
	ACTION_US=$((total / 4))
}

# Sets TIMING_USED for the next kill.  Kills in the close after the
# commit ("after") and across the action ("spread") are the ones that test
# something, so they get most of the draws; every kind gets some.
pick_timing() {
	rand 100
	local board=$R
	rand 20
	local kind=$R
	rand 1000
	local small=$R
	rand $((ACTION_US * 13 / 10))
	local spread=$R
	rand 60
	local ms=$R
	if [ -n "$TIMING" ]; then
		TIMING_USED=$TIMING
	elif [ "$board" -lt "$BOARD_SHARE" ]; then
		if [ $kind -lt 4 ]; then TIMING_USED=board:0
		elif [ $kind -lt 13 ]; then TIMING_USED=board:$ms
		else TIMING_USED=board-after
		fi
	elif [ $kind -lt 2 ]; then TIMING_USED=zero
	elif [ $kind -lt 5 ]; then TIMING_USED=sub:$small
	elif [ $kind -lt 12 ]; then TIMING_USED=spread:$spread
	else TIMING_USED=after:$((small * 3 / 2))
	fi
}

# ---- the run ------------------------------------------------------------------------

setup
LANDED=0 AFTER_ACK=0 BEFORE_ACK=0 MISSED=0 CLI_KILLS=0 BOARD_KILLS=0
calibrate
echo "crash-test: seed $SEED, $KILLS kills, a normal action takes ${ACTION_US} us (replay: CRASH_SEED=$SEED make crash-test)"

while [ "$LANDED" -lt "$KILLS" ]; do
	STEP=$((STEP + 1))
	[ $STEP -lt 50000 ] || { echo "crash-test: too many runs without kills" >&2; exit 1; }
	rand $PEOPLE
	printf -v name 'Crash %02d' $((R + 1))
	if [ "${PRESENT[$name]}" = 1 ]; then verb=checkout; else verb=checkin; fi
	now=$(clock)
	pick_timing
	DESC="$verb $name at $now"
	case $TIMING_USED in
	board*) DESC="board: $DESC"; run_board "$name" "$verb" "$TIMING_USED" "$now" ;;
	*) DESC="cli: $DESC"; run_cli "$name" "$verb" "$TIMING_USED" "$now" ;;
	esac
	case $RESULT in
	killed*)
		LANDED=$((LANDED + 1))
		if [ "$ACK" = 1 ]; then AFTER_ACK=$((AFTER_ACK + 1)); else BEFORE_ACK=$((BEFORE_ACK + 1)); fi
		case $TIMING_USED in board*) BOARD_KILLS=$((BOARD_KILLS + 1)) ;; *) CLI_KILLS=$((CLI_KILLS + 1)) ;; esac
		;;
	"exit 0"*) MISSED=$((MISSED + 1)) ;;
	*) verify "$name" "$verb" "$now"; lost "notulist ended with $RESULT: $(tr -d '\r' <"$WORK/output" | tail -2)" ;;
	esac
	verify "$name" "$verb" "$now"
	[ "$VERBOSE" = 1 ] && printf 'kill %3d  %-13s %-44s %-9s %s\n' "$LANDED" \
		"$TIMING_USED" "$DESC" "${RESULT%% *}" "$([ "$ACK" = 1 ] && echo acknowledged)"
done

echo "crash-test: seed $SEED; CLI $CLI_KILLS kills, board $BOARD_KILLS; $MISSED runs ended before their kill landed (checked too)"
echo "crash-test: $LANDED kills ($AFTER_ACK after acknowledgement, $BEFORE_ACK before), 0 lost, integrity ok"

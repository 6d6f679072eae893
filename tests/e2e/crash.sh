#!/usr/bin/env bash
# End-to-end: the crash harness (tests/crash/run.sh) inside `make check`,
# bounded to 20 kills; `make crash-test` runs 200 or more.  The harness is
# itself tested: a binary that confirms a check-in without saving it must
# be reported as a loss, or a green run would prove nothing.
. "$(dirname "$0")/../lib/tap.sh"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CRASHKILL=$(realpath "${NOTULIST_BUILD:-build}/crash/crashkill")
export CRASHKILL

t_twenty_kills_lose_nothing() {
	[ -x "$CRASHKILL" ] || fail "no $CRASHKILL (make builds it)"
	run env TMPDIR="$T" CRASH_KILLS=20 bash "$ROOT/tests/crash/run.sh"
	printf '# %s\n' "$(echo "$out" | head -1)"
	expect_rc 0
	expect_out_has "crash-test: 20 kills ("
	expect_out_has "), 0 lost, integrity ok"
}

# notulist that says "Checked in" for Crash 10 to Crash 19 and saves
# nothing; everything else is the real program (so the harness's own
# set-up and calibration pass, and only the kills can catch it).
fake_notulist() {
	cat >"$T/fake-notulist" <<EOF
#!/bin/sh
case "\$3 \$5" in
"checkin Crash 1"?)
	echo "Checked in \$5 at 08:00"
	exit 0 ;;
esac
exec '$NL' "\$@"
EOF
	chmod +x "$T/fake-notulist"
}

t_a_confirmed_but_unsaved_check_in_is_reported_lost() {
	fake_notulist
	run env TMPDIR="$T" NOTULIST_BIN="$T/fake-notulist" CRASH_KILLS=40 CRASH_BOARD=0 \
		CRASH_SEED=7 bash "$ROOT/tests/crash/run.sh"
	expect_rc 1
	expect_out_has "LOST at kill"
	expect_out_has "is not in the database"
	expect_out_has "seed 7"
	expect_out_has "replay: CRASH_SEED=7"
}

t_a_replayed_timing_is_used_for_every_kill() {
	run env TMPDIR="$T" CRASH_KILLS=3 CRASH_TIMING=after:0 CRASH_VERBOSE=1 \
		bash "$ROOT/tests/crash/run.sh"
	expect_rc 0
	[ "$(echo "$out" | grep -c '^kill .* after:0 ')" -ge 3 ] ||
		fail "not every kill used after:0"
}

run_tests

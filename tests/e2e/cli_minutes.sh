#!/usr/bin/env bash
# End-to-end: `notulist minutes` — the demo meeting against a golden file
# (UPDATE_GOLDEN=1 rewrites it), minutes that never change afterwards,
# writing to a file, and Markdown that survives what people type.
. "$(dirname "$0")/../lib/tap.sh"
GOLDEN="$(cd "$(dirname "$0")/.." && pwd)/golden/minutes_demo.md"

. "$(dirname "$0")/../lib/demo_story.sh"

minutes() { NOTULIST_NOW="${WHEN:-2026-03-20 12:00:00}" nl minutes "$@"; }

t_demo_minutes_match_the_golden_file() {
	demo_story
	run minutes 1
	expect_rc 0
	expect_empty_err
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		printf '%s\n' "$out" >"$GOLDEN"
		echo "# wrote $GOLDEN"
	fi
	[ -f "$GOLDEN" ] || fail "no golden file $GOLDEN (UPDATE_GOLDEN=1)"
	diff -u "$GOLDEN" <(printf '%s\n' "$out") >"$T/diff" ||
		fail "minutes differ from the golden file:" "$(head -40 "$T/diff")"
}

# Judged on the meeting's day: closing actions, answers that come in and
# new advice afterwards leave the minutes as they were.
t_minutes_never_change_afterwards() {
	demo_story
	run minutes 1
	local before=$out
	day 2026-03-25 action done 1
	day 2026-03-25 advice answer 2 "Er komt een terugbelservice."
	day 2026-03-26 advice add "Schuldhulp" --kind unsolicited
	day 2026-03-26 meeting approve 1
	WHEN="2026-06-01 12:00:00" run minutes 1
	[ "$out" = "$(printf '%s' "$before" | sed 's/^- These minutes: draft, not yet approved$/- These minutes: approved on 26 March 2026/')" ] ||
		fail "the minutes changed:" "$(diff <(echo "$before") <(echo "$out"))"
}

t_minutes_to_a_private_file_complete_or_not_at_all() {
	demo_story
	umask 022
	run minutes 1 -o "$T/notulen.md"
	expect_rc 0
	expect_out_eq ""
	expect_file_mode "$T/notulen.md" 600
	grep -q "^# Minutes of the client meeting of Tuesday 10 March 2026$" "$T/notulen.md" ||
		fail "not the minutes"
	run minutes 1 -o "$T/missing/dir/x.md"
	expect_rc 1
	expect_err_line "$T/missing/dir/x.md"
	run minutes 1 -o /dev/full
	expect_rc 1
	expect_err_line "/dev/full is a device, not a file; name a regular file"
	nl minutes 1 -o - >/dev/full 2>"$T/err"
	rc=$? err=$(cat "$T/err")
	expect_rc 1
	expect_err_line "cannot write the output (No space left on device)"
	[ -z "$(ls -A "$T" | grep '^\.notulist-')" ] || fail "temporary file left"
}

t_minutes_of_a_meeting_not_yet_held() {
	nl_ok meeting add 2026-04-14
	run minutes 1
	expect_rc 0
	expect_out_has "# Minutes of the client meeting of Tuesday 14 April 2026"
	expect_out_has "- These minutes: draft, not yet approved"
	expect_out_has "No attendance has been recorded."
	expect_out_has "No agenda items were recorded."
	expect_out_has "No advice was sent or answered before this meeting."
	expect_out_lacks "Time:"
	expect_out_lacks "previous meeting"
}

# Minutes drafted during the meeting speak of "so far" and "now".
t_draft_minutes_of_an_open_meeting() {
	NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo
	at 14:01 checkin 1 "Zoë de Vries"
	at 14:02 checkin 1 "Tom Schouten"
	WHEN="2026-03-10 14:30:00" run minutes 1
	expect_out_has "- Time: from 14:01 (planned 14:00)"
	expect_out_has "| Capelle aan den IJssel | 1 | 0 | 11 |"
	expect_out_has "- Also present: Tom Schouten (official)"
	expect_out_has "The quorum of 12 clients has not been reached so far.

At 14:30, 1 client was present: quorum not met."
}

# "The previous meeting" is the latest one held before this one in
# meeting order (date, start time, meetings without one last, id): a
# planned or cancelled meeting in between does not count, and on one day
# the meeting with a start time comes first (one indexed step back in the
# store, not a walk over every meeting).
t_previous_meeting_is_the_last_held_before_it() {
	nl_ok init
	nl_ok meeting add 2026-01-13 19:00
	NOTULIST_NOW="2026-01-13 18:55:00" nl_ok meeting open 1
	NOTULIST_NOW="2026-01-13 21:00:00" nl_ok meeting close 1
	nl_ok meeting add 2026-02-10 19:00
	nl_ok meeting add 2026-02-24 19:00
	nl_ok meeting cancel 3
	nl_ok meeting add 2026-03-10
	nl_ok meeting add 2026-03-10 14:00
	NOTULIST_NOW="2026-03-10 13:55:00" nl_ok meeting open 5
	NOTULIST_NOW="2026-03-10 16:00:00" nl_ok meeting close 5
	WHEN="2026-03-11 12:00:00" run minutes 5
	expect_out_has "- Minutes of the previous meeting (13 January 2026): not approved"
	WHEN="2026-03-11 12:00:00" run minutes 4
	expect_out_has "- Minutes of the previous meeting (10 March 2026): not approved"
	WHEN="2026-03-11 12:00:00" run minutes 1
	expect_out_lacks "previous meeting"
}

t_markdown_structure_survives_what_is_typed() {
	nl_ok municipality add "Aa|Bb"
	nl_ok member add "Zoë <b>" --municipality "Aa|Bb"
	nl_ok meeting add 2026-03-10 19:00
	nl_ok checkin 1 "Zoë <b>"
	nl_ok agenda add 1 "<script>alert(1)</script>"
	nl_ok agenda note 1 1 "# geen kop"$'\n'"---"$'\n'"a < b"
	run minutes 1
	expect_out_has "| Aa\\|Bb | 1 | 0 | 0 |"
	expect_out_has "- Aa\\|Bb: Zoë \\<b\\>"
	expect_out_has "### 1. \\<script\\>alert(1)\\</script\\>"
	expect_out_has "\\# geen kop  
\\---  
a \\< b"
}

t_bad_references() {
	nl_ok init
	run minutes 1
	expect_rc 1
	expect_err_line "no meeting with id 1"
	run nl minutes
	expect_rc 2
	expect_err_line "missing argument"
}

run_tests

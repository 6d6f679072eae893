#!/usr/bin/env bash
# End-to-end: meeting edit|cancel|remove and the status lists show
# (issue 14): a meeting planned by mistake is not held, nobody gets an
# absence, and every change goes to the meeting's log.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

t_edit_changes_the_plan_and_logs_old_and_new() {
	seed_body
	nl_ok meeting add 2026-03-12 19:00 --location Raadzaal
	run at 10:00 nl meeting edit 2026-03-12 --time 19:30 --location "Zaal 2" \
		--quorum 10 --chair "Voorzitter Een" --date 2026-03-13
	expect_rc 0
	expect_out_eq "Changed meeting 1 (2026-03-13 19:30, Zaal 2), quorum 10, chair Voorzitter Een"
	run nl meeting log 1
	expect_out_eq "2026-03-10 10:00  date  2026-03-12 -> 2026-03-13
2026-03-10 10:00  chair  (none) -> Voorzitter Een
2026-03-10 10:00  time  19:00 -> 19:30
2026-03-10 10:00  quorum  12 -> 10
2026-03-10 10:00  location  Raadzaal -> Zaal 2"
	run nl meeting edit 1 --quorum 10
	expect_rc 1
	expect_err_line "nothing to change: meeting 1 is already like that"
	run nl meeting edit 1
	expect_rc 2
}

t_date_changes_only_while_nothing_is_recorded() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	run nl meeting edit 1 --date 2026-03-11
	expect_rc 1
	expect_err_line "attendance is recorded for meeting 1, so its date cannot change"
	nl_ok meeting edit 1 --location Raadzaal
}

t_edit_refused_once_approved() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	at 21:00 nl_ok meeting close 1
	at 21:01 nl_ok meeting approve 1
	run nl meeting edit 1 --location Elders
	expect_rc 1
	expect_err_has "approved"
	run nl meeting cancel 1
	expect_rc 1
	run nl meeting list
	expect_out_has "approved 2026-03-10"
}

t_cancelled_meeting_is_not_held_and_nobody_is_absent() {
	seed_body
	nl_ok config set meetings_per_year 2
	nl_ok meeting add 2026-02-10 19:00
	nl_ok meeting add 2026-02-24 19:00
	run at 10:00 nl meeting cancel 2026-02-24
	expect_rc 0
	expect_out_eq "Cancelled meeting 2 (2026-02-24 19:00): it did not take place"
	run nl meeting list
	expect_out_has "2     2026-02-24 19:00 cancelled 12"
	run nl checkin 2 "Aa 1" --at 19:05
	expect_rc 1
	expect_err_line "meeting 2 was cancelled: it did not take place, so no attendance is recorded for it"
	run nl meeting open 2
	expect_rc 1
	run nl export attendance --year 2026
	expect_out_lacks "2026-02-24"
	run nl check --year 2026
	expect_out_has "0 meetings held or planned in 2026"
	run nl report --year 2026
	expect_out_has "Cancelled (did not take place, not counted): 2026-02-24."
	run nl meeting log 2
	expect_out_eq "2026-03-10 10:00  status  planned -> cancelled"
	run nl meeting cancel 2
	expect_rc 1
	expect_err_line "meeting 2 is already cancelled"
}

t_cancel_refused_while_attendance_is_in_force() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:01 nl_ok checkin 1 "Aa 1"
	run nl meeting cancel 1
	expect_rc 1
	expect_err_line "attendance is recorded for meeting 1; a cancelled meeting has none (clear it first: notulist attendance list 1)"
	at 19:05 nl_ok attendance clear 1 "Aa 1"
	at 19:06 nl_ok meeting cancel 1
	run nl meeting list
	expect_out_has "cancelled"
}

t_remove_only_an_empty_meeting() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	nl_ok meeting add 2026-03-12 19:00
	nl_ok agenda add 2 "Brieven"
	nl_ok action add 2 "Brief sturen"
	run nl meeting remove 2
	expect_rc 1
	expect_err_line "meeting 2 has 1 agenda item, 1 action item; only a meeting with nothing recorded can be removed (a meeting that did not take place: notulist meeting cancel 2)"
	at 19:01 nl_ok checkin 1 "Aa 1"
	run nl meeting remove 1
	expect_rc 1
	expect_err_has "meeting 1 has 1 attendance event"
	nl_ok meeting add 2026-03-20
	nl_ok meeting edit 3 --location Raadzaal
	run nl meeting remove 3
	expect_rc 0
	expect_out_eq "Removed meeting 3 (2026-03-20, Raadzaal)"
	run nl meeting list
	expect_out_lacks "2026-03-20"
}

# A guest is attendance too: a meeting a guest came to is neither
# cancelled nor removed.
t_a_guest_keeps_a_meeting() {
	seed_body
	nl_ok meeting add 2026-03-10 19:00
	at 19:05 nl_ok checkin 1 --guest "Wethouder Wit"
	run nl meeting cancel 1
	expect_rc 1
	expect_err_has "a cancelled meeting has none"
	run nl meeting remove 1
	expect_rc 1
	expect_err_has "meeting 1 has 1 guest;"
}

# The calendar keeps a cancelled meeting, marked CANCELLED, so that
# calendars that imported it drop it.
t_cancelled_meeting_is_cancelled_in_the_calendar() {
	seed_body
	nl_ok meeting add 2026-03-12 19:00
	nl_ok meeting add 2026-03-26 19:00
	at 10:00 nl_ok meeting cancel 2
	nl_ok export ics --year 2026 -o "$T/cal.ics"
	/usr/bin/python3 - "$T/cal.ics" <<'PY' || fail "statuses in the calendar"
import sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
got = {str(e["DTSTART"].dt.date()): str(e["STATUS"])
       for e in cal.walk("VEVENT") if "meeting" in str(e["UID"])}
assert got == {"2026-03-12": "CONFIRMED", "2026-03-26": "CANCELLED"}, got
PY
}

# A schema 8 file keeps its meetings' invitation dates through the
# rebuild of the meeting table in migration 009.
t_schema_8_file_keeps_its_invitations() {
	sqlite3 "$DB" <"$OLDPWD/tests/fixtures/schema_v8.sql" || fail "schema"
	sqlite3 "$DB" "PRAGMA application_id = 1313821781;
		PRAGMA user_version = 8;
		INSERT INTO meeting (id, date, start_time, status, created_at,
			invitation_sent_on)
		VALUES (1, '2026-03-10', '19:00', 'planned',
			'2026-03-01T09:00:00Z', '2026-03-02');" || fail "rows"
	run nl meeting list
	expect_rc 0
	expect_out_has "2026-03-10 19:00 planned"
	[ "$(sqlite3 "$DB" 'PRAGMA user_version')" = 10 ] || fail "not schema 10"
	[ "$(sqlite3 "$DB" 'SELECT invitation_sent_on FROM meeting')" = 2026-03-02 ] ||
		fail "invitation date lost"
	at 10:00 nl_ok meeting cancel 1
}

run_tests

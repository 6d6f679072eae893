#!/usr/bin/env bash
# End-to-end: a body over the years (issue 15) — member edit, show, move and
# reappoint; municipality edit, leave and rejoin; stand-ins and guests.
. "$(dirname "$0")/../lib/tap.sh"

# on DATE HH:MM CMD...: runs CMD with the clock at DATE HH:MM.
on() {
	local day=$1 hhmm=$2
	shift 2
	NOTULIST_NOW="$day $hhmm:00" "$@"
}

two_municipalities() {
	nl_ok municipality add Aa
	nl_ok municipality add Bb
}

t_member_edit_corrects_the_past_too() {
	two_municipalities
	nl_ok member add "Jan Jansn" --municipality Aa
	nl_ok meeting add 2026-03-10 14:00
	on 2026-03-10 14:00 nl_ok checkin 2026-03-10 "Jan Jansn"
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	run nl member edit "Jan Jansn" --name "Jan Jansen"
	expect_rc 0
	expect_out_eq "Changed 1 Jan Jansen (Aa) as client"
	on 2026-03-11 09:00 run nl minutes 2026-03-10
	expect_out_has "Aa: Jan Jansen"
	expect_out_lacks "Jansn"
	run nl member list
	expect_out_lacks "Jansn"
}

t_member_edit_contact_role_and_refusals() {
	two_municipalities
	nl_ok member add "Ria" --municipality Aa --email r@x.nl --phone 0612
	nl_ok member add "Ria B" --municipality Aa
	run nl member edit Ria --email "" --phone 0687654321 --role representative
	expect_rc 0
	run sqlite3 "$DB" "SELECT coalesce(email, '-'), phone, role FROM person WHERE id = 1"
	expect_out_eq "-|0687654321|representative"
	run nl member edit Ria
	expect_rc 1
	expect_err_line "nothing to change"
	run nl member edit "Ria B" --name Ria
	expect_rc 1
	expect_err_line "already a member: 1 Ria (Aa)"
	run nl member edit Ria --role emperor
	expect_rc 1
	expect_err_line 'unknown role "emperor"'
}

t_member_show_tells_contact_term_and_meetings() {
	two_municipalities
	nl_ok member add "Zoë" --municipality Aa --email z@x.nl --phone 0612345678 \
		--term-start 2024-01-01
	nl_ok member add "Kim" --municipality Aa
	nl_ok meeting add 2026-02-10 14:00
	nl_ok meeting add 2026-03-10 14:00
	on 2026-02-10 14:00 nl_ok checkin 2026-02-10 Zoë
	on 2026-02-10 15:30 nl_ok checkout 2026-02-10 Zoë
	on 2026-02-10 16:00 nl_ok meeting close 2026-02-10
	on 2026-03-10 14:00 nl_ok checkin 2026-03-10 Kim
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	on 2026-03-20 09:00 run nl member show zoë
	expect_rc 0
	expect_out_has "Zoë"
	expect_out_has "E-mail:          z@x.nl"
	expect_out_has "Phone:           0612345678"
	expect_out_has "Term:            1: 2024-01-01 to 2027-12-31"
	expect_out_has "Reappointed:     0 of 1"
	expect_out_has "Attendance 2026: 1 present, 0 excused, 1 absent (50%)"
	expect_out_has "  2     2026-03-10  absent"
	expect_out_has "  1     2026-02-10  present 14:00–15:30"
	run nl member show Nobody
	expect_rc 1
}

# The rate counts only the meetings within the member's own time.
t_member_show_counts_only_their_own_time() {
	two_municipalities
	on 2026-01-05 09:00 nl_ok member add "Kim" --municipality Aa
	on 2026-01-05 09:00 nl_ok meeting add 2026-02-10 14:00
	on 2026-02-10 14:00 nl_ok checkin 2026-02-10 Kim
	on 2026-02-10 16:00 nl_ok meeting close 2026-02-10
	on 2026-03-01 09:00 nl_ok member add "Late" --municipality Aa
	on 2026-03-20 09:00 run nl member show Late
	expect_out_has "Attendance 2026: 0 present, 0 excused, 0 absent"
	expect_out_has "No meetings held yet in their time."
}

t_member_move_keeps_the_old_municipality_before() {
	two_municipalities
	nl_ok member add "Henk" --municipality Aa
	nl_ok meeting add 2026-03-10 14:00
	nl_ok meeting add 2026-07-07 14:00
	on 2026-03-10 14:00 nl_ok checkin 2026-03-10 Henk
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	on 2026-06-01 09:00 run nl member move Henk --municipality Bb
	expect_rc 0
	expect_out_eq "Moved Henk (id 1) from Aa to Bb on 2026-06-01; earlier meetings count them for Aa"
	on 2026-07-07 14:00 nl_ok checkin 2026-07-07 Henk
	on 2026-07-07 16:00 nl_ok meeting close 2026-07-07
	on 2026-07-08 09:00 run nl export attendance --year 2026
	expect_rc 0
	expect_out_has "2026-03-10,1,1,Henk,Aa,client,present"
	expect_out_has "2026-07-07,2,1,Henk,Bb,client,present"
	on 2026-07-08 09:00 run nl minutes 2026-03-10
	expect_out_has "Aa: Henk"
	on 2026-07-08 09:00 run nl report --year 2026
	expect_rc 0
	[ "$(printf '%s\n' "$out" | grep -c '^| Henk |')" = 1 ] ||
		fail "Henk is not one row in the report" "$out"
	run nl member show Henk
	expect_out_has "Municipality:    Bb since 2026-06-01"
	expect_out_has "Before:          Aa until 2026-05-31"
	on 2026-07-08 09:00 run nl member move Henk --municipality Bb
	expect_rc 1
	expect_err_line "Henk already belongs to Bb"
	run nl member move Henk
	expect_rc 2
}

t_import_update_with_another_municipality_is_a_move() {
	two_municipalities
	nl_ok member add "Henk de Vries" --municipality Aa
	printf 'name,municipality\nHenk de Vries,Bb\n' >"$T/leden.csv"
	on 2026-06-01 09:00 run nl import members "$T/leden.csv" --update
	expect_rc 0
	run nl member list --all
	[ "$(printf '%s\n' "$out" | grep -c 'Henk de Vries')" = 1 ] ||
		fail "a second Henk" "$out"
	expect_out_has "Bb"
	run sqlite3 "$DB" "SELECT municipality_id, coalesce(starts_on, '-') FROM membership ORDER BY id"
	expect_out_eq "1|-
2|2026-06-01"
}

t_municipality_edit_name_and_decimal_comma() {
	two_municipalities
	run nl municipality edit Aa --name "Aa en Zo" --weight 1,5
	expect_rc 0
	expect_out_eq "Changed municipality 1 Aa en Zo (weight 1.5)"
	run nl municipality add Cc --weight 2,25
	expect_out_eq "Added municipality 3 Cc (weight 2.25)"
	run nl municipality edit Bb --name "aa en zo"
	expect_rc 1
	expect_err_line 'municipality "Aa en Zo" already exists (id 1)'
	for w in 0 1,2,3 abc 1.5,0; do
		run nl municipality edit Bb --weight "$w"
		expect_rc 2
		expect_err_line "is not a number above 0"
	done
	run nl municipality edit Bb
	expect_rc 1
	expect_err_line "nothing to change"
}

t_municipality_leave_keeps_history_and_stops_expecting() {
	nl_ok municipality add Aa
	nl_ok municipality add Krimpen
	nl_ok member add "Anna" --municipality Aa
	nl_ok member add "Kees" --municipality Krimpen
	nl_ok meeting add 2026-03-10 14:00
	nl_ok meeting add 2026-10-06 14:00
	on 2026-03-10 14:00 nl_ok checkin 2026-03-10 Anna
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	on 2026-09-02 09:00 run nl municipality leave Krimpen --on 2026-09-01
	expect_rc 0
	expect_out_has "Krimpen takes no part from 2026-09-01 on"
	expect_out_has "  2 Kees (Krimpen)"
	expect_out_has "--deactivate-members"
	on 2026-10-06 14:00 nl_ok checkin 2026-10-06 Anna
	on 2026-10-06 14:05 run nl status 2026-10-06
	expect_out_lacks "Krimpen"
	on 2026-10-06 16:00 nl_ok meeting close 2026-10-06
	on 2026-10-07 09:00 run nl minutes 2026-03-10
	expect_out_has "| Krimpen | 0 | 0 | 1 |"
	on 2026-10-07 09:00 run nl minutes 2026-10-06
	expect_out_lacks "Krimpen"
	on 2026-10-07 09:00 run nl check
	expect_out_lacks "Krimpen"
	on 2026-10-07 09:00 run nl municipality leave Krimpen --on 2026-09-01 --deactivate-members
	expect_rc 0
	expect_out_has "Deactivated its members:"
	run sqlite3 "$DB" "SELECT active, active_to FROM person WHERE name = 'Kees'"
	expect_out_eq "0|2026-08-31"
	on 2026-10-07 09:00 run nl municipality leave Krimpen --on 2026-10-01
	expect_rc 1
	expect_err_line "Krimpen left on 2026-09-01 already"
	on 2026-10-07 09:00 run nl municipality rejoin Krimpen --on 2027-01-01
	expect_rc 0
	expect_out_eq "Krimpen takes part again from 2027-01-01 on"
	run nl municipality leave Krimpen
	expect_rc 2
}

t_reappointment_limit_and_unlimited() {
	nl_ok municipality add Aa
	nl_ok member add "Ria" --municipality Aa --term-start 2019-01-01
	nl_ok member add "Kim" --municipality Aa
	on 2026-01-05 09:00 run nl member reappoint Ria
	expect_rc 0
	expect_out_eq "Reappointed Ria (id 1): term 2 from 2023-01-01 to 2026-12-31"
	on 2026-01-05 09:00 run nl member reappoint Ria
	expect_rc 1
	expect_err_line "Ria was reappointed 1 time already, the most the settings allow (term_reappointments)"
	nl_ok config set term_reappointments 0
	on 2026-01-05 09:00 run nl member reappoint Ria --on 2027-01-01
	expect_rc 0
	expect_out_eq "Reappointed Ria (id 1): term 3 from 2027-01-01 to 2030-12-31"
	run nl member reappoint Kim
	expect_rc 1
	expect_err_line "Kim has no term of office to renew"
	run nl member edit Kim --term-start 2026-01-01 --term-end 2025-01-01
	expect_rc 1
	expect_err_line "a term cannot end before it starts"
}

t_check_warns_about_terms_with_the_code_term() {
	nl_ok municipality add Aa
	nl_ok member add "Ria" --municipality Aa --term-start 2022-04-01
	nl_ok member add "Old" --municipality Aa --term-start 2021-01-01 --term-end 2025-12-31
	nl_ok member add "Kim" --municipality Aa --term-start 2025-01-01
	on 2026-03-01 09:00 run nl check --format csv
	expect_out_has 'warn,members,term,1,"the term of office of Ria ends on 2026-03-31, in 30 days'
	expect_out_has 'warn,members,term,2,"Old is still in office, but their term ended on 2025-12-31'
	on 2026-03-01 09:00 run nl check
	expect_out_has "the term of office of Ria ends on 2026-03-31"
	expect_out_lacks ",term,3,"
}

t_stand_in_takes_an_absent_members_seat() {
	two_municipalities
	nl_ok member add "Piet Vos" --municipality Aa
	nl_ok member add "Anna" --municipality Aa
	nl_ok member add "Jan Smit" --municipality Aa --role stand-in
	nl_ok member add "Bert" --municipality Bb
	nl_ok config set quorum_min 2
	nl_ok meeting add 2026-03-10 14:00
	on 2026-03-10 13:00 nl_ok excuse 2026-03-10 "Piet Vos"
	on 2026-03-10 14:00 run nl checkin 2026-03-10 "Jan Smit"
	expect_rc 1
	expect_err_line "Jan Smit is a stand-in: say whose seat they take"
	on 2026-03-10 14:00 nl_ok checkin 2026-03-10 Anna
	on 2026-03-10 14:01 run nl checkin 2026-03-10 "Jan Smit" --for Anna
	expect_rc 1
	expect_err_line "Anna is present, so nobody can stand in for them"
	on 2026-03-10 14:01 run nl checkin 2026-03-10 "Jan Smit" --for Bert
	expect_rc 1
	expect_err_line "Jan Smit stands in for members of Aa, and Bert is of Bb"
	on 2026-03-10 14:02 run nl checkin 2026-03-10 "Jan Smit" --for "Piet Vos"
	expect_rc 0
	expect_out_has "Jan Smit stands in for Piet Vos"
	expect_out_has "clients present: 2/2 — QUORUM MET"
	on 2026-03-10 14:03 run nl checkin 2026-03-10 "Piet Vos"
	expect_rc 1
	expect_err_line "Jan Smit stands in for Piet Vos and is present: check Jan Smit out first"
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	on 2026-03-11 09:00 run nl minutes 2026-03-10
	expect_out_has "Aa: Anna, Jan Smit (for Piet Vos)"
	expect_out_has "| Aa | 2 | 1 | 0 |"
	on 2026-03-11 09:00 run nl export attendance --meeting 2026-03-10
	expect_out_has ",counts_for_quorum,for_person_id"
	expect_out_has ",Jan Smit,Aa,stand-in,present,2026-03-10 14:02:00,2026-03-10 16:00:00,118,yes,1"
}

t_guest_is_listed_apart_and_never_counted() {
	nl_ok municipality add Aa
	nl_ok member add "Anna" --municipality Aa
	nl_ok config set quorum_min 1
	nl_ok meeting add 2026-03-10 14:00
	on 2026-03-10 14:00 run nl checkin 2026-03-10 --guest "Els de Wit" --organisation GGD
	expect_rc 0
	expect_out_eq "Opened meeting 1 (2026-03-10 14:00)
Guest Els de Wit (GGD) arrived at 14:00; not counted for the quorum"
	on 2026-03-10 14:01 run nl status 2026-03-10
	expect_out_has "clients present: 0/1"
	on 2026-03-10 14:01 run nl checkin 2026-03-10 --guest "els de wit"
	expect_rc 1
	expect_err_line "Els de Wit is already recorded as a guest at 14:00"
	on 2026-03-10 14:01 run nl checkin 2026-03-10 Anna --guest X
	expect_rc 2
	on 2026-03-10 14:02 nl_ok checkin 2026-03-10 --guest "Tijdelijk"
	on 2026-03-10 14:03 run nl undo 2026-03-10
	expect_rc 0
	expect_out_eq "Undone: arrival of guest Tijdelijk at 14:02"
	on 2026-03-10 16:00 nl_ok meeting close 2026-03-10
	on 2026-03-11 09:00 run nl minutes 2026-03-10
	expect_out_has "Guests: Els de Wit (GGD)"
	expect_out_lacks "Tijdelijk"
	run nl member list --all
	expect_out_lacks "Els"
}

# A schema 6 file (fixture schema, a municipality marked inactive, some
# attendance) opens as schema 7: the inactive municipality has left on the
# day it was entered, its history stays, and stand-ins can be added.
t_schema_6_file_migrates_to_7() {
	sqlite3 "$DB" <"$TEST_ROOT/tests/fixtures/schema_v6.sql" || fail "fixture"
	sqlite3 "$DB" "
		INSERT INTO municipality VALUES (1, 'Aa', 'aa', 1, 1, '2026-01-05T09:00:00Z');
		INSERT INTO municipality VALUES (2, 'Krimpen', 'krimpen', 1, 0, '2026-01-06T09:00:00Z');
		INSERT INTO person (id, name, name_key, municipality_id, role, active,
			created_at) VALUES (1, 'Anna', 'anna', 1, 'client', 1,
			'2026-01-05T09:00:00Z'), (2, 'Kees', 'kees', 2, 'client', 1,
			'2026-01-05T09:00:00Z');
		INSERT INTO meeting (id, date, status, quorum_min, opened_at, closed_at,
			created_at) VALUES (1, '2026-01-05', 'closed', 1,
			'2026-01-05T13:00:00Z', '2026-01-05T15:00:00Z', '2026-01-05T09:00:00Z');
		INSERT INTO attendance (meeting_id, person_id, kind, at, recorded_at)
			VALUES (1, 2, 'in', '2026-01-05T13:00:00Z', '2026-01-05T13:00:00Z');
		PRAGMA application_id = 1313821781;
		PRAGMA user_version = 6;" || fail "data"
	on 2026-03-01 09:00 run nl municipality list
	expect_rc 0
	expect_out_has "Krimpen                      1       1  (left on 2026-01-06)"
	[ "$(sqlite3 "$DB" 'PRAGMA user_version')" -ge 7 ] || fail "not upgraded past schema 6"
	[ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity"
	run sqlite3 "$DB" "SELECT municipality_id, left_on, coalesce(rejoined_on, '-')
		FROM municipality_departure"
	expect_out_eq "2|2026-01-06|-"
	on 2026-03-01 09:00 run nl minutes 2026-01-05
	expect_out_has "Krimpen: Kees"
	on 2026-03-01 09:00 nl_ok member add "Jan Smit" --municipality Aa --role stand-in
	on 2026-03-01 09:00 run nl municipality rejoin Krimpen --on 2026-03-01
	expect_rc 0
}

run_tests

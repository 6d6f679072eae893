#!/usr/bin/env bash
# End-to-end: action items — adding, the carried-over list of a meeting,
# owners, due dates, closing and reopening.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

on() { NOTULIST_NOW="$1 12:00:00" "${@:2}"; }

# Meeting 1 on 2026-01-12 (held, closed), meeting 2 today, 2026-03-10.
two_meetings() {
	seed_body
	nl_ok meeting add 2026-01-12 19:00
	nl_ok meeting add 2026-03-10 19:00
	nl_ok agenda add 1 "Brieven"
	nl_ok checkin 1 "Aa 1" --at 19:05
	nl_ok meeting close 1
}

t_meeting_list_shows_new_and_carried_over() {
	two_meetings
	run nl action add 1 "Navragen hoe de GR brieven laat testen" --owner GR \
		--due 2026-02-01 --item 1
	expect_rc 0
	expect_out_eq "Added action 1 to meeting 1: Navragen hoe de GR brieven laat testen"
	nl_ok action add 1 "Voorbeelden verzamelen" --owner "aa 2"
	nl_ok action add 2 "Folder maken" --owner "Cc 1"
	run nl action list --meeting 2
	expect_rc 0
	expect_out_eq "ID    STATUS   DUE        ALERT    OWNER                ORIGIN               ACTION
1     open     2026-02-01 OVERDUE  GR                   from 2026-01-12 #1   Navragen hoe de GR brieven laat testen
2     open     -          -        Aa 2                 from 2026-01-12      Voorbeelden verzamelen
3     open     -          -        Cc 1                 new                  Folder maken"
	run nl action list --meeting 1
	expect_out_lacks "Folder maken"
	run nl action list
	expect_out_has "1     open     2026-02-01 OVERDUE  GR                   2026-01-12 #1        Navragen"
	expect_out_has "3     open     -          -        Cc 1                 2026-03-10           Folder maken"
}

t_owner_is_a_person_when_the_name_fits_exactly() {
	two_meetings
	nl_ok action add 2 "Bellen" --owner "aa 3"
	nl_ok action add 2 "Schrijven" --owner "Voorzitter"
	nl_ok action add 2 "Niemand"
	nl_ok member erase "Aa 3" --yes
	run nl action list
	# The person's row is named: after erasure only the pseudonym shows.
	expect_out_has "client-0003          2026-03-10           Bellen"
	expect_out_lacks "Aa 3"
	expect_out_has "Voorzitter           2026-03-10           Schrijven"
	expect_out_has "-                    2026-03-10           Niemand"
}

t_bad_input_is_refused() {
	two_meetings
	run nl action add 2 "Bellen" --due 2026-02-30
	expect_rc 2
	expect_err_line '--due "2026-02-30" is not a date YYYY-MM-DD'
	run nl action add 2 "Bellen" --due 2026-03-09
	expect_rc 1
	expect_err_line "the due date 2026-03-09 is before the meeting (2026-03-10)"
	run nl action add 2 "Bellen" --item 7
	expect_rc 1
	expect_err_line "meeting 2 has no agenda item 7"
	run nl action add 2 "Bellen" --item abc
	expect_rc 2
	expect_err_line '"abc" is not an agenda position (1, 2, …)'
	run nl action add 2 "  "
	expect_rc 1
	expect_err_line "description is empty"
	run nl action add 9 "Bellen"
	expect_rc 1
	expect_err_line "no meeting with id 9"
	run nl action add 2
	expect_rc 2
	run nl action list
	expect_out_lacks "Bellen"
}

t_done_drop_and_reopen() {
	two_meetings
	nl_ok action add 2 "Bellen"
	nl_ok action add 2 "Schrijven"
	run on 2026-03-31 nl action done 1
	expect_rc 0
	expect_out_eq "Action 1 done on 2026-03-31: Bellen"
	run nl action done 1
	expect_rc 1
	expect_err_line "action 1 is already done (on 2026-03-31)"
	run nl action drop 2
	expect_out_eq "Action 2 dropped on 2026-03-10: Schrijven"
	run nl action done 2
	expect_err_line "action 2 is already dropped (on 2026-03-10)"
	run nl action reopen 1
	expect_out_eq "Action 1 is open again: Bellen"
	run nl action reopen 1
	expect_rc 1
	expect_err_line "action 1 is open"
	run nl action done 9
	expect_rc 1
	expect_err_line "no action item with id 9"
	run nl action done x
	expect_rc 1
	expect_err_line '"x" is not an id (1, 2, …)'
	run nl action list --open
	expect_out_has "Bellen"
	expect_out_lacks "Schrijven"
}

# An action leaves later meetings' lists once it was closed before them;
# closed on the meeting's own day, that meeting still hears of it.
t_closed_actions_leave_later_lists() {
	two_meetings
	nl_ok action add 1 "Vroeg klaar"
	nl_ok action add 1 "Vandaag klaar"
	nl_ok action add 1 "Later klaar"
	on 2026-02-01 nl_ok action done 1
	on 2026-03-10 nl_ok action done 2
	on 2026-03-20 nl_ok action done 3
	run on 2026-04-01 nl action list --meeting 2
	expect_out_lacks "Vroeg klaar"
	expect_out_has "2     done     -          -        -                    from 2026-01-12      Vandaag klaar"
	expect_out_has "3     done     -          -        -                    from 2026-01-12      Later klaar"
	run on 2026-04-01 nl action list --meeting 2 --open
	expect_out_lacks "klaar"
}

t_overdue_is_judged_on_today() {
	two_meetings
	nl_ok action add 2 "Bellen" --due 2026-03-31
	run on 2026-03-31 nl action list
	expect_out_has "2026-03-31 -        "
	run on 2026-04-01 nl action list
	expect_out_has "2026-03-31 OVERDUE  "
	on 2026-04-02 nl_ok action done 1
	run on 2026-04-03 nl action list
	expect_out_has "2026-03-31 -        "
}

t_approved_meeting_keeps_its_actions_but_they_can_close() {
	two_meetings
	nl_ok action add 1 "Bellen"
	nl_ok meeting approve 1
	run nl action add 1 "Te laat"
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were approved on 2026-03-10; its record can no longer change"
	run nl action done 1
	expect_rc 0
}

t_edit_changes_only_what_is_given() {
	two_meetings
	nl_ok agenda add 2 "Folders"
	nl_ok action add 2 "Folder maken" --owner GR --due 2026-04-01
	run nl action edit 1 --text "Folder drukken" --owner "cc 1" --item 1
	expect_rc 0
	expect_out_eq "Changed action 1: Folder drukken"
	run nl action list
	expect_out_has "1     open     2026-04-01 -        Cc 1                 2026-03-10 #1        Folder drukken"
	run nl action edit 1 --owner "" --due - --item -
	expect_rc 0
	run nl action list
	expect_out_has "1     open     -          -        -                    2026-03-10           Folder drukken"
}

# refused RC MESSAGE ARGS...: `action edit ARGS` fails so.
refused() {
	run nl action edit "${@:3}"
	expect_rc "$1"
	expect_err_line "$2"
}

t_edit_refusals() {
	two_meetings
	nl_ok action add 2 "Folder maken"
	refused 2 "say what to change: --text, --owner, --due or --item" 1
	refused 1 '"x" is not an id (1, 2, …)' x --text a
	refused 1 "no action item with id 9" 9 --text a
	refused 2 '--due "2026-02-30" is not a date YYYY-MM-DD' 1 --due 2026-02-30
	refused 1 "the due date 2026-03-09 is before the meeting (2026-03-10)" 1 --due 2026-03-09
	refused 1 "meeting 2 has no agenda item 4" 1 --item 4
	refused 2 '"y" is not an agenda position (1, 2, …)' 1 --item y
	refused 1 "description is empty" 1 --text " "
	run nl action list
	expect_out_has "Folder maken"
}

t_remove_an_action_entered_by_mistake() {
	two_meetings
	nl_ok action add 2 "Folder maken"
	nl_ok action add 2 "Bellen"
	run nl action remove 1
	expect_rc 0
	expect_out_eq "Removed action 1: Folder maken"
	run nl action list
	expect_out_lacks "Folder maken"
	expect_out_has "Bellen"
	run nl action remove 1
	expect_rc 1
	expect_err_line "no action item with id 1"
}

t_approved_meeting_refuses_edit_and_remove() {
	two_meetings
	nl_ok action add 1 "Bellen"
	nl_ok meeting approve 1
	run nl action edit 1 --text "Mailen"
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were approved on 2026-03-10; its record can no longer change"
	run nl action remove 1
	expect_rc 1
	expect_err_line "the minutes of meeting 1 were approved on 2026-03-10; its record can no longer change"
	run nl action list
	expect_out_has "Bellen"
}

run_tests

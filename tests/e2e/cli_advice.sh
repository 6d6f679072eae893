#!/usr/bin/env bash
# End-to-end: the advice register — sending, the answer deadline, answers
# and the alerts of the list.
. "$(dirname "$0")/../lib/tap.sh"

on() { NOTULIST_NOW="$1 12:00:00" "${@:2}"; }

t_add_with_the_default_deadline() {
	run nl advice add "Brieven in eenvoudige taal" --kind solicited
	expect_rc 0
	expect_out_eq "Added advice 1 (solicited): Brieven in eenvoudige taal; answer due 2026-04-21"
	nl_ok config set advice_response_weeks 8
	run nl advice add "Wachttijden" --kind ongevraagd --sent 2026-01-31
	expect_out_eq "Added advice 2 (unsolicited): Wachttijden; answer due 2026-03-28"
	run nl advice add "Loket" --kind solicited --sent 2026-02-01 --due 2026-02-15
	expect_out_eq "Added advice 3 (solicited): Loket; answer due 2026-02-15"
}

t_kind_and_dates_are_checked() {
	run nl advice add "Loket"
	expect_rc 2
	expect_err_line "say which kind: --kind solicited or --kind unsolicited"
	run nl advice add "Loket" --kind vriendelijk
	expect_rc 2
	expect_err_line 'unknown kind "vriendelijk" (solicited, unsolicited)'
	run nl advice add "Loket" --kind solicited --sent 2026-02-30
	expect_rc 2
	expect_err_line '--sent "2026-02-30" is not a date YYYY-MM-DD'
	run nl advice add "Loket" --kind solicited --sent 2026-02-10 --due 2026-02-09
	expect_rc 1
	expect_err_line "the answer cannot be due (2026-02-09) before the advice is sent (2026-02-10)"
	run nl advice add "" --kind solicited
	expect_rc 1
	expect_err_line "subject is empty"
	run nl advice list
	expect_out_lacks "Loket"
}

t_answer_once_unless_replaced() {
	nl_ok advice add "Loket" --kind solicited --sent 2026-01-20
	run nl advice answer 1 --on 2026-03-03 "De GR past de openingstijden aan."
	expect_rc 0
	expect_out_eq "Recorded the answer to advice 1, received 2026-03-03 (in time)"
	run nl advice answer 1 "Nog een antwoord"
	expect_rc 1
	expect_err_line "advice 1 was already answered on 2026-03-03; use --replace to record another answer"
	run nl advice answer 1 --on 2026-03-04 "Een beter antwoord" --replace
	expect_rc 0
	expect_out_eq "Recorded the answer to advice 1, received 2026-03-04 (1 day late)"
}

t_answer_dates_and_text_are_checked() {
	nl_ok advice add "Loket" --kind solicited --sent 2026-01-20
	run nl advice answer 1 --on 2026-01-19 "Ja"
	expect_rc 1
	expect_err_line "advice 1 was sent on 2026-01-20; the answer cannot have come before that (2026-01-19)"
	run nl advice answer 1 --on 2026-03-11 "Ja"
	expect_rc 1
	expect_err_line "2026-03-11 is in the future; record the answer when it has come"
	run nl advice answer 1 --on 2026-31-01 "Ja"
	expect_rc 2
	expect_err_line '--on "2026-31-01" is not a date YYYY-MM-DD'
	run nl advice answer 1 ""
	expect_rc 1
	expect_err_line "answer is empty"
	run nl advice answer 7 "Ja"
	expect_rc 1
	expect_err_line "no advice with id 7"
	run nl advice answer 1
	expect_rc 2
	run nl advice list --open
	expect_out_has "Loket"
}

t_list_marks_overdue_and_late() {
	nl_ok advice add "Telefoon" --kind unsolicited --sent 2025-11-03 --due 2025-12-15
	nl_ok advice add "Brieven" --kind solicited --sent 2026-01-01 --due 2026-02-12
	nl_ok advice add "Loket" --kind solicited --sent 2026-02-01
	nl_ok advice answer 2 --on 2026-02-20 "Ja"
	run nl advice list
	expect_rc 0
	expect_out_eq "ID    KIND         SENT       DUE        ANSWERED   ALERT    SUBJECT
1     unsolicited  2025-11-03 2025-12-15 -          OVERDUE  Telefoon
2     solicited    2026-01-01 2026-02-12 2026-02-20 LATE     Brieven
3     solicited    2026-02-01 2026-03-15 -          -        Loket"
	run nl advice list --open
	expect_out_lacks "Brieven"
	expect_out_has "Telefoon"
}

# Six weeks from 17 January 2028 is 28 February; answered on 1 March of a
# leap year, that is two days late.
t_leap_february() {
	run on 2028-01-17 nl advice add "Loket" --kind solicited
	expect_out_has "answer due 2028-02-28"
	run on 2028-02-29 nl advice list
	expect_out_has "OVERDUE"
	run on 2028-03-10 nl advice answer 1 --on 2028-03-01 "Ja"
	expect_out_eq "Recorded the answer to advice 1, received 2028-03-01 (2 days late)"
}

t_edit_changes_only_what_is_given() {
	nl_ok advice add "Loket" --kind solicited --sent 2026-02-01
	run nl advice edit 1 --subject "Loket en telefoon" --kind unsolicited
	expect_rc 0
	expect_out_eq "Changed advice 1 (unsolicited, sent 2026-02-01, answer due 2026-03-15): Loket en telefoon"
	run nl advice edit 1 --sent 2026-02-03
	expect_out_eq "Changed advice 1 (unsolicited, sent 2026-02-03, answer due 2026-03-15): Loket en telefoon"
	run nl advice edit 1 --due 2026-03-20
	expect_out_eq "Changed advice 1 (unsolicited, sent 2026-02-03, answer due 2026-03-20): Loket en telefoon"
	run nl advice list
	expect_out_has "1     unsolicited  2026-02-03 2026-03-20 -          -        Loket en telefoon"
}

# refused RC MESSAGE ARGS...: `advice edit ARGS` fails so.
refused() {
	run nl advice edit "${@:3}"
	expect_rc "$1"
	expect_err_line "$2"
}

t_edit_refusals() {
	nl_ok advice add "Loket" --kind solicited --sent 2026-02-01
	nl_ok advice answer 1 --on 2026-02-10 "Goed idee"
	refused 2 "say what to change: --subject, --kind, --sent, --due or --meeting" 1
	refused 1 '"x" is not an id (1, 2, …)' x --subject a
	refused 1 "no advice with id 9" 9 --subject a
	refused 2 'unknown kind "vriendelijk" (solicited, unsolicited)' 1 --kind vriendelijk
	refused 2 '--sent "2026-02-30" is not a date YYYY-MM-DD' 1 --sent 2026-02-30
	refused 1 "the answer cannot be due (2026-01-31) before the advice is sent (2026-02-01)" 1 --due 2026-01-31
	refused 1 "advice 1 was answered on 2026-02-10; it cannot have been sent after that (2026-02-11)" 1 --sent 2026-02-11
	refused 1 "subject is empty" 1 --subject ""
	run nl advice list
	expect_out_has "1     solicited    2026-02-01 2026-03-15 2026-02-10 -        Loket"
}

t_remove_an_advice_entered_by_mistake() {
	nl_ok advice add "Loket" --kind solicited
	nl_ok advice add "Wachttijden" --kind solicited
	nl_ok advice answer 1 "Goed idee"
	run nl advice remove 1
	expect_rc 0
	expect_out_eq "Removed advice 1: Loket"
	run nl advice list
	expect_out_lacks "Loket"
	expect_out_has "Wachttijden"
	run nl advice remove 1
	expect_rc 1
	expect_err_line "no advice with id 1"
}

# An advice that names a meeting whose minutes are approved belongs to that
# final record: it is still answered, no longer edited or removed, and no
# advice is added to it afterwards.
t_an_approved_meetings_advice_is_final() {
	nl_ok municipality add Aa
	nl_ok member add "Aa 1" --municipality Aa
	nl_ok meeting add 2026-03-03 19:00
	nl_ok checkin 1 "Aa 1" --at 19:05
	nl_ok meeting close 1
	nl_ok advice add "Loket" --kind solicited --sent 2026-03-04 --meeting 1
	nl_ok meeting approve 1
	local refused="the minutes of meeting 1 were approved on 2026-03-10; its record can no longer change"
	run nl advice edit 1 --subject "Loket en telefoon"
	expect_rc 1
	expect_err_line "$refused"
	run nl advice remove 1
	expect_rc 1
	expect_err_line "$refused"
	run nl advice add "Later" --kind solicited --meeting 1
	expect_rc 1
	expect_err_line "$refused"
	run nl advice answer 1 "Goed idee"
	expect_rc 0
	run nl advice list
	expect_out_has "Loket"
	expect_out_lacks "Later"
}

# Approved minutes show the advice of their period, whether or not it names
# the meeting: that advice is final too, and no edit may move another into
# them.  What they no longer show stays open to correction.
t_advice_in_approved_minutes_is_final() {
	nl_ok municipality add Aa
	nl_ok member add "Aa 1" --municipality Aa
	nl_ok meeting add 2026-01-12 19:00
	nl_ok meeting add 2026-03-03 19:00
	nl_ok checkin 1 "Aa 1" --at "2026-01-12 19:05"
	nl_ok meeting close 1 --at "2026-01-12 21:00"
	nl_ok checkin 2 "Aa 1" --at "2026-03-03 19:05"
	nl_ok meeting close 2 --at "2026-03-03 21:00"
	nl_ok advice add "Oud en beantwoord" --kind solicited --sent 2025-12-01
	nl_ok advice answer 1 --on 2025-12-20 "Ja"
	nl_ok advice add "Loket" --kind solicited --sent 2026-02-10
	nl_ok advice add "Later" --kind solicited --sent 2026-03-05
	nl_ok meeting approve 2
	run nl minutes 2
	local before=$out
	expect_out_has "Loket"
	run nl advice edit 2 --subject "Loket en telefoon"
	expect_rc 1
	expect_err_line "advice 2 is in the minutes of meeting 2 (2026-03-03), approved on 2026-03-10; it can no longer change"
	run nl advice remove 2
	expect_rc 1
	expect_err_line "advice 2 is in the minutes of meeting 2 (2026-03-03), approved on 2026-03-10; it can no longer change"
	run nl advice edit 3 --sent 2026-03-01
	expect_rc 1
	expect_err_line "advice 3 would then be in the minutes of meeting 2 (2026-03-03), approved on 2026-03-10; they can no longer change"
	run nl advice edit 3 --subject "Later, anders"
	expect_rc 0
	run nl advice edit 1 --subject "Oud, beantwoord voor januari"
	expect_rc 0
	run nl minutes 2
	[ "$out" = "$before" ] || fail "the approved minutes changed"
	run nl advice list
	expect_out_has "Loket"
	LANG=C.UTF-8 LANGUAGE=nl run nl advice remove 2
	expect_rc 1
	expect_err_line "advies 2 staat in het verslag van vergadering 2 (2026-03-03), vastgesteld op 2026-03-10; het kan niet meer veranderen"
}

run_tests

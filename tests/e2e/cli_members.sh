#!/usr/bin/env bash
# End-to-end: municipalities and people.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/seed.sh"

t_municipality_add_and_list() {
	run nl municipality add "Capelle aan den IJssel" --weight 3
	expect_rc 0
	expect_out_eq "Added municipality 1 Capelle aan den IJssel (weight 3)"
	nl_ok municipality add Zuidplas
	nl_ok member add "Zoë de Vries" --municipality "capelle aan den ijssel"
	run nl municipality list
	expect_rc 0
	expect_out_has "Capelle aan den IJssel       3       1"
	expect_out_has "Zuidplas                     1       0"
}

t_municipality_names_are_unique_ignoring_case() {
	nl_ok municipality add Zuidplas
	run nl municipality add ZUIDPLAS
	expect_rc 1
	expect_err_line 'municipality "Zuidplas" already exists (id 1)'
}

t_municipality_weight_must_be_positive() {
	for w in 0 -1 abc 1e400 nan; do
		run nl municipality add "W $w" --weight "$w"
		expect_rc 2
		expect_err_line "is not a number above 0"
	done
}

t_member_add_names_the_person() {
	nl_ok municipality add Zuidplas
	run nl member add "  Gülşen Demir " --municipality zuidplas --email g@example.org
	expect_rc 0
	expect_out_eq "Added 1 Gülşen Demir (Zuidplas) as client"
}

# Contact details are written to the file and never read back into the
# program (struct person has no room for them): check the row itself.
t_member_add_stores_contact_details() {
	nl_ok municipality add Zuidplas
	nl_ok member add "Gülşen Demir" --municipality zuidplas \
		--email g@example.org --phone " 06-12345678 "
	nl_ok member add "Jan Jansen" --municipality zuidplas
	run sqlite3 "$DB" "SELECT name, coalesce(email, '-'), coalesce(phone, '-')
		FROM person ORDER BY id"
	expect_out_eq "Gülşen Demir|g@example.org|06-12345678
Jan Jansen|-|-"
}

t_member_roles_in_english_and_dutch() {
	nl_ok municipality add Zuidplas
	run nl member add "Ria" --municipality Zuidplas --role vertegenwoordiger
	expect_out_has "as representative"
	run nl member add "Voorzitter" --role chair
	expect_rc 0
	expect_out_eq "Added 2 Voorzitter as chair"
	run nl member add "X" --municipality Zuidplas --role emperor
	expect_rc 2
	expect_err_line 'unknown role "emperor"'
}

t_client_needs_a_municipality() {
	run nl member add "Zwerver"
	expect_rc 1
	expect_err_line "a client needs a municipality (--municipality)"
}

t_unknown_municipality() {
	run nl member add "Zoë" --municipality Atlantis
	expect_rc 1
	expect_err_line 'unknown municipality "Atlantis"'
}

t_duplicate_member_is_refused() {
	nl_ok municipality add Aa
	nl_ok municipality add Bb
	nl_ok member add "Jan Jansen" --municipality Aa
	run nl member add "jan jansen" --municipality Aa
	expect_rc 1
	expect_err_line "already a member: 1 Jan Jansen (Aa)"
	run nl member add "Jan Jansen" --municipality Bb
	expect_rc 0
}

t_bad_names_are_refused() {
	nl_ok municipality add Aa
	run nl member add "$(printf 'Tab\there')" --municipality Aa
	expect_rc 1
	expect_err_line "name contains a control character"
	run nl member add "$(head -c 10000 /dev/zero | tr '\0' 'a')" --municipality Aa
	expect_rc 1
	expect_err_line "name is too long"
	run nl member add "   " --municipality Aa
	expect_rc 1
	expect_err_line "name is empty"
	run nl member add "$(printf '\xc2\xa0\xc2\xa0')" --municipality Aa
	expect_rc 1
	expect_err_line "name is empty"
	run nl member add "$(printf 'bad \xff byte')" --municipality Aa
	expect_rc 1
	expect_err_line "name is not valid UTF-8"
	run nl checkin 1 "$(head -c 10000 /dev/zero | tr '\0' 'a')"
	expect_rc 1
	run nl member list
	expect_out_eq "$(nl member list | head -1)"
}

t_hundred_accented_letters_fit() {
	nl_ok municipality add Aa
	local name
	name=$(printf 'ë%.0s' $(seq 1 100))
	run nl member add "$name" --municipality Aa
	expect_rc 0
}

t_member_list_and_deactivate() {
	seed_body
	run nl member deactivate "aa 3"
	expect_rc 0
	expect_out_eq "Deactivated 3 Aa 3 (Aa)"
	run nl member list
	expect_out_lacks "Aa 3 "
	run nl member list --all
	expect_out_has "STATUS"
	expect_out_has "inactive"
	run nl member deactivate 3
	expect_rc 1
	expect_err_line "Aa 3 is already inactive"
	run nl member activate 3
	expect_rc 0
	expect_out_eq "Reactivated 3 Aa 3 (Aa)"
}

t_person_names_match_case_but_not_accents() {
	nl_ok municipality add Aa
	nl_ok member add "Zoë de Vries" --municipality Aa
	run nl member deactivate "ZOË DE VRIES"
	expect_rc 0
	run nl member activate "Zoe de Vries"
	expect_rc 1
	expect_err_line 'no person named "Zoe de Vries"; did you mean: 1 Zoë de Vries (Aa)'
}

t_ambiguous_name_lists_candidates() {
	nl_ok municipality add Aa
	nl_ok municipality add Bb
	nl_ok member add "Jan Jansen" --municipality Aa
	nl_ok member add "Jan Jansen" --municipality Bb
	run nl member deactivate "Jan Jansen"
	expect_rc 1
	expect_err_line '2 people are called "Jan Jansen"; use the id: 1 Jan Jansen (Aa), 2 Jan Jansen (Bb)'
	run nl member deactivate 2
	expect_rc 0
}

t_unknown_id() {
	nl_ok init
	run nl member deactivate 42
	expect_rc 1
	expect_err_line "no person with id 42"
}

t_sql_in_names_is_just_text() {
	nl_ok municipality add "Aa'; DROP TABLE person; --"
	run nl member add "Robert'); DROP TABLE person;--" --municipality "aa'; drop table person; --"
	expect_rc 0
	run nl member list
	expect_out_has "Robert'); DROP TABLE person;--"
}

run_tests

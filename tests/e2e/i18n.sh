#!/usr/bin/env bash
# End-to-end: languages.  The Dutch catalogue is complete for the current
# sources; the language follows the locale (LANGUAGE, LANG) and --lang
# overrides it; machine output (keys, codes, ISO dates) is the same in every
# language, and so is CSV (English column keys, ISO dates); the board, the
# meeting list and the record views speak Dutch in a real terminal.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SELF="$ROOT/tests/e2e/$(basename "$0")"

demo() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

# nl_in LANGSPEC ARGS...: notulist under a locale, e.g. nl_in "LANG=C" --help.
nl_in() {
	local spec=$1
	shift
	# shellcheck disable=SC2086
	env LC_ALL= LANG=C.UTF-8 LANGUAGE= $spec "$NL" -d "$DB" "$@"
}

# ---- the catalogue --------------------------------------------------------

t_catalogue_has_no_untranslated_or_fuzzy_entries() {
	command -v msgfmt >/dev/null || fail "msgfmt (gettext) is not installed"
	run msgfmt --check --statistics -o /dev/null "$ROOT/po/nl.po"
	expect_rc 0
	case "$err" in
	*untranslated* | *fuzzy*) fail "po/nl.po is not complete: $err" ;;
	*" translated message"*) ;;
	*) fail "no statistics from msgfmt: $err" ;;
	esac
}

# A string added to the sources but not to po/nl.po fails here, even before
# anyone runs `make pot`: the template is made afresh from the sources.
t_catalogue_covers_every_string_in_the_sources() {
	run make -s -C "$ROOT" POT="$T/now.pot" pot-template
	expect_rc 0
	[ -s "$T/now.pot" ] || fail "no template written"
	grep -q 'msgid " Clients present %d' "$T/now.pot" || fail "template lacks the board"
	run msgcmp "$ROOT/po/nl.po" "$T/now.pot"
	[ "$rc" = 0 ] && return 0
	# msgcmp names the template's line of each message it misses.
	local line missing=""
	for line in $(printf '%s\n' "$err" |
		sed -n 's/^.*now\.pot:\([0-9]*\): this message is used but not defined.*$/\1/p'); do
		missing="$missing$(sed -n "1,${line}p" "$T/now.pot" |
			grep '^msgid ' | tail -1)"$'\n'
	done
	err=""
	fail "po/nl.po lacks translations; run make pot and translate:" "$missing"
}

# References carry file names only and no creation date, so `make pot`
# after a small change gives a small diff (issue 20): a line number here
# would move with every edit above it and conflict in every merge.
t_catalogue_references_have_no_line_numbers() {
	local f
	for f in "$ROOT/po/nl.po" "$ROOT/po/notulist.pot"; do
		! grep -nE '^#: .*:[0-9]+' "$f" | head -3 | grep . ||
			fail "$f has line numbers in its references; run make pot"
		! grep -q '^"POT-Creation-Date:' "$f" ||
			fail "$f carries a creation date; run make pot"
	done
	run make -s -C "$ROOT" POT="$T/now.pot" pot-template
	expect_rc 0
	! grep -qE '^#: .*:[0-9]+' "$T/now.pot" || fail "pot-template writes line numbers"
}

# unreached_translator_comments POT SOURCE...: prints file:line of every
# TRANSLATORS: comment in the sources that is not among the catalogue's
# extracted comments.  xgettext keeps such a comment only when it stands
# directly above the line with _() (or ngettext); anywhere else it is
# dropped without a word, and the translator never sees it.
unreached_translator_comments() {
	python3 - "$@" <<'PY'
import re, sys
pot, sources = sys.argv[1], sys.argv[2:]
def norm(text):
    return ' '.join(text.split())
entries, comment = [], []
for line in open(pot, encoding='utf-8'):
    if line.startswith('#.'):
        text = line[2:].strip()
        comment.append(re.sub(r'^\*\s?', '', text) if comment else text)
    elif comment:
        entries.append(norm(' '.join(comment)))
        comment = []
reached = ' | '.join(entries)
for path in sources:
    text = open(path, encoding='utf-8').read()
    for m in re.finditer(r'/\*\s*(TRANSLATORS:.*?)\*/', text, re.S):
        body = norm(re.sub(r'^\s*\*', ' ', m.group(1), flags=re.M))
        if body not in reached:
            line = text.count('\n', 0, m.start()) + 1
            print('%s:%d: %s' % (path, line, body[:50]))
PY
}

t_translator_comments_reach_the_catalogue() {
	run make -s -C "$ROOT" POT="$T/now.pot" pot-template
	expect_rc 0
	local lost
	lost=$(cd "$ROOT" && unreached_translator_comments "$T/now.pot" \
		$(find src -name '*.c' | sort))
	[ -z "$lost" ] || fail "TRANSLATORS: comments that are not directly above _():" "$lost"
	[ "$(grep -c '^#\. TRANSLATORS:' "$T/now.pot")" -ge 20 ] ||
		fail "the catalogue has too few translator comments"
}

# The check itself: a comment one line too high is reported, with its
# file and line; one directly above _() is not.
t_a_misplaced_translator_comment_is_reported() {
	cat >"$T/x.c" <<-'EOF'
	void f(void)
	{
		/* TRANSLATORS: reaches the catalogue. */
		g(_("first"));
		/* TRANSLATORS: lost above the call. */
		h(1,
		  _("second"));
	}
	EOF
	run xgettext --from-code=UTF-8 --language=C --keyword=_ \
		--add-comments=TRANSLATORS: -o "$T/x.pot" "$T/x.c"
	expect_rc 0
	run unreached_translator_comments "$T/x.pot" "$T/x.c"
	expect_out_eq "$T/x.c:5: TRANSLATORS: lost above the call."
}

t_catalogue_is_built_where_the_uninstalled_binary_looks() {
	[ -f "$(dirname "$NL")/locale/nl/LC_MESSAGES/notulist.mo" ] ||
		fail "no $(dirname "$NL")/locale/nl/LC_MESSAGES/notulist.mo"
}

# ---- choosing the language ------------------------------------------------

t_help_follows_LANGUAGE_under_c_utf8() {
	run nl_in "LANGUAGE=nl" --help
	expect_rc 0
	expect_out_has "Gebruik: notulist"
	expect_out_has "Commando's:"
	expect_out_has "aankomst vastleggen"
	expect_out_lacks "Commands:"
}

# dutch_env: prints what the environment needs for nl_NL.UTF-8.  Nothing
# when the system has it: the caller's LOCPATH is kept (setting one would
# hide the system's locale-archive, where Debian's locales package puts
# it).  Otherwise LOCPATH=DIR, with the locale built there once by
# localedef.  Fails when neither is possible.
dutch_env() {
	local dir="$TEST_TMP_ROOT/locale"
	if [ "$(LC_ALL=nl_NL.UTF-8 locale charmap 2>/dev/null)" = UTF-8 ]; then
		return 0
	fi
	[ -d "$dir/nl_NL.UTF-8" ] ||
		{ mkdir -p "$dir" &&
		  localedef -i nl_NL -f UTF-8 "$dir/nl_NL.UTF-8" >/dev/null 2>&1; } ||
		return 1
	[ "$(LOCPATH=$dir LC_ALL=nl_NL.UTF-8 locale charmap 2>/dev/null)" = UTF-8 ] ||
		return 1
	echo "LOCPATH=$dir"
}

t_help_follows_LANG_in_a_dutch_locale() {
	local loc
	loc=$(dutch_env) || skip "cannot make nl_NL.UTF-8"
	run nl_in "$loc LANG=nl_NL.UTF-8" --help
	expect_out_has "Gebruik: notulist"
	run nl_in "$loc LANG=nl_NL.UTF-8" --lang en --help
	expect_out_has "Usage: notulist"
}

# A Dutch locale writes 2,5; notulist keeps numbers as scripts and its
# settings expect them, in and out.
t_numbers_keep_a_decimal_point_in_a_dutch_locale() {
	local loc
	loc=$(dutch_env) || skip "cannot make nl_NL.UTF-8"
	nl_ok init
	run nl_in "$loc LANG=nl_NL.UTF-8" municipality add Zuidplas --weight 2.5
	expect_rc 0
	expect_out_has "(gewicht 2.5)"
	run nl_in "$loc LANG=nl_NL.UTF-8" config set balance_tolerance 1.5
	expect_rc 0
	run nl_in "$loc LANG=nl_NL.UTF-8" municipality list
	expect_out_has "2.5"
	run nl_in "" config get balance_tolerance
	expect_out_eq "1.5"
}

# The two cases above on a machine where nl_NL.UTF-8 is installed the
# Debian way, in /usr/lib/locale/locale-archive (CI has no Dutch locale):
# built with localedef --prefix and mounted over /usr/lib/locale in a
# private mount namespace, so the machine itself is not touched.
t_dutch_locale_cases_pass_with_nl_NL_in_the_locale_archive() {
	[ -z "${I18N_INNER:-}" ] || skip "inside the archive run"
	[ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null ||
		skip "no mount namespace here (needs root)"
	local root="$T/root" cases='dutch_locale$|decimal_point_in_a_dutch_locale'
	mkdir -p "$root/usr/lib/locale"
	cp -a /usr/lib/locale/. "$root/usr/lib/locale/"
	rm -f "$root/usr/lib/locale/locale-archive"
	localedef --prefix="$root" -i nl_NL -f UTF-8 nl_NL.UTF-8 >/dev/null 2>&1 ||
		skip "localedef cannot build nl_NL.UTF-8"
	run unshare -m sh -c 'mount --bind "$1" /usr/lib/locale &&
		[ "$(LC_ALL=nl_NL.UTF-8 locale charmap)" = UTF-8 ] &&
		shift && exec env -u LOCPATH I18N_INNER=1 ONLY="$1" bash "$2"' \
		_ "$root/usr/lib/locale" "$cases" "$SELF"
	[ "$(printf '%s\n' "$out" | grep -c '^ok [0-9]* - [a-z_A-Z]*$')" = 2 ] ||
		fail "expected both cases to pass there (not skip):" "$out"
	expect_rc 0
}

t_lang_nl_works_under_plain_c() {
	# gettext ignores LANGUAGE under the C locale ...
	run nl_in "LANG=C LANGUAGE=nl" --help
	expect_out_has "Usage: notulist"
	# ... so --lang switches the messages' locale itself.
	run nl_in "LANG=C" --lang nl --help
	expect_out_has "Gebruik: notulist"
	run nl_in "LANG=C" --lang=nl --help
	expect_out_has "Commando's:"
}

t_lang_en_overrides_a_dutch_environment() {
	run nl_in "LANGUAGE=nl" --lang en --help
	expect_out_has "Usage: notulist"
	expect_out_lacks "Gebruik"
	run nl_in "LANGUAGE=nl" --lang en frobnicate
	expect_rc 2
	expect_err_line 'unknown command "frobnicate"'
}

t_an_unknown_language_is_a_usage_error() {
	run nl_in "" --lang de --help
	expect_rc 2
	expect_err_line "--lang needs nl or en"
	run nl_in "LANGUAGE=nl" --lang fr status
	expect_rc 2
	expect_err_line "--lang heeft nl of en nodig"
}

t_errors_in_dutch() {
	demo
	run nl_in "LANGUAGE=nl" frobnicate
	expect_rc 2
	expect_err_line 'notulist: onbekend commando "frobnicate" (zie: notulist --help)'
	run nl_in "LANGUAGE=nl" checkin 1 "Niemand Bekend"
	expect_rc 1
	expect_err_line 'niemand heet "Niemand Bekend"'
	run nl_in "LANGUAGE=nl" meeting add 2026-02-30
	expect_rc 1
	expect_err_line '"2026-02-30" is geen datum JJJJ-MM-DD'
	run nl_in "LANGUAGE=nl" meeting add 2026-04-14 25:00
	expect_rc 1
	expect_err_line '"25:00" is geen tijd UU:MM (00:00-23:59)'
	run nl_in "LANGUAGE=nl" checkin 1 "Kees de Graaf" --at 14:61
	expect_rc 2
	expect_err_has '--at "14:61" is geen tijd UU:MM (00:00-23:59) of JJJJ-MM-DDTUU:MM; gebruik:'
	run nl_in "LANGUAGE=nl" check --year 20x6
	expect_rc 3
	expect_err_has '--year "20x6" is geen jaartal JJJJ; gebruik:'
	run nl_in "LANGUAGE=nl" member add "Els" --municipality Zuidplas --role baas
	expect_rc 2
	expect_err_line 'onbekende rol "baas"'
	run nl_in "LANGUAGE=nl" checkin 1
	expect_rc 2
	expect_err_line "notulist checkin: argument ontbreekt; gebruik: notulist checkin MEETING PERSON"
}

t_dutch_role_names_are_accepted_and_shown() {
	demo
	run nl_in "LANGUAGE=nl" member add "Els Kok" --municipality Zuidplas --role vertegenwoordiger
	expect_rc 0
	expect_out_has "Els Kok (Zuidplas) toegevoegd als vertegenwoordiger"
	run nl_in "" member list
	expect_out_has "representative"
}

t_attendance_in_dutch_keeps_iso_dates() {
	demo
	run nl_in "LANGUAGE=nl" meeting add 2026-03-12 19:30 --location Raadzaal
	expect_rc 0
	expect_out_eq "Vergadering 2 (2026-03-12 19:30, Raadzaal) toegevoegd, quorum 12"
	NOTULIST_NOW="2026-03-10 14:05:00" run nl_in "LANGUAGE=nl" checkin 1 "Zoë de Vries"
	expect_rc 0
	expect_out_has "Vergadering 1 (2026-03-10 14:00, "
	expect_out_has "Zoë de Vries ingecheckt om 14:05"
	expect_out_has "cliënten aanwezig: 1/12 — QUORUM NIET GEHAALD"
	NOTULIST_NOW="2026-03-10 14:06:00" run nl_in "LANGUAGE=nl" status
	expect_out_has "Personen: 1 aanwezig, 0 vertrokken, 0 afgemeld, "
	expect_out_has "Evenwicht (aanwezig / verwacht; marge 1):"
	expect_out_has "niet gehaald (hoogste 1/12)"
}

# ---- machine output does not change with the language ---------------------

t_config_keys_are_the_same_in_every_language() {
	nl_ok init
	local en nl
	en=$(nl_in "" config list | cut -c1-50)
	nl=$(nl_in "LANGUAGE=nl" config list | cut -c1-50)
	[ -n "$en" ] && [ "$en" = "$nl" ] ||
		fail "config list keys or values differ:" "$(diff <(echo "$en") <(echo "$nl"))"
	run nl_in "LANGUAGE=nl" config list
	expect_out_has "quorum_min                           12           # cliënten nodig voor het quorum"
	run nl_in "LANGUAGE=nl" config get bell
	expect_out_eq "on"
	run nl_in "LANGUAGE=nl" config set bell uit
	expect_out_eq "bell = uit"
	run nl_in "" config get bell
	expect_out_eq "uit"
}

t_check_levels_and_categories_stay_english() {
	demo
	local en nl
	NOTULIST_NOW="2026-03-10 14:00:00" run nl_in "" check
	expect_rc 1
	en=$(printf '%s\n' "$out" | cut -d: -f1)
	NOTULIST_NOW="2026-03-10 14:00:00" run nl_in "LANGUAGE=nl" check
	expect_rc 1
	nl=$(printf '%s\n' "$out" | cut -d: -f1)
	[ -n "$en" ] && [ "$en" = "$nl" ] ||
		fail "levels or categories differ:" "$(diff <(echo "$en") <(echo "$nl"))"
	expect_out_has "WARN  meetings: 1 vergadering gehouden of gepland in 2026; het doel is 3"
}

t_version_and_ids_are_the_same() {
	demo
	[ "$(nl_in "" --version)" = "$(nl_in "LANGUAGE=nl" --version)" ] ||
		fail "--version differs"
	local en nl
	en=$(nl_in "" meeting list | tail -n +2 | awk '{print $1, $2, $3}')
	nl=$(nl_in "LANGUAGE=nl" meeting list | tail -n +2 | awk '{print $1, $2, $3}')
	[ "$en" = "$nl" ] || fail "meeting list ids, dates or times differ"
	case "$en" in "1 2026-03-10 14:00"*) ;; *) fail "not ISO: $en" ;; esac
}

# ---- tables still line up in Dutch -----------------------------------------

# col_of TEXT LINE: the display column where TEXT starts in LINE.
col_of() {
	local before=${2%%"$1"*}
	printf '%s' "$before" | wc -m
}

t_member_list_columns_line_up_in_dutch() {
	demo
	nl_ok member add "Els Kok" --municipality Zuidplas --role representative
	nl_ok member deactivate "Kees de Graaf"
	run nl_in "LANGUAGE=nl" member list --all
	local header status_col line
	header=$(printf '%s\n' "$out" | head -1)
	status_col=$(col_of STATUS "$header")
	for line in "$(printf '%s\n' "$out" | grep 'Els Kok')" \
		"$(printf '%s\n' "$out" | grep 'Kees de Graaf')"; do
		case "$line" in *vertegenwoordiger*) ;; *inactief*) ;; *) fail "row: $line" ;; esac
		local word=actief
		case "$line" in *inactief*) word=inactief ;; esac
		[ "$(col_of "$word" "$line")" = "$status_col" ] ||
			fail "status column moved:" "$header" "$line"
	done
}

t_report_members_table_in_dutch() {
	demo
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 16:00:00" nl_ok meeting close 1
	NOTULIST_NOW="2026-03-11 10:00:00" run nl_in "LANGUAGE=nl" report
	expect_rc 0
	expect_out_has "# Cliëntenparticipatie 2026"
	expect_out_has "## Leden"
	expect_out_has "| Naam | Gemeente | Aanwezig | Afgemeld | Afwezig | Opkomst |"
	expect_out_has "| Zoë de Vries | Capelle aan den IJssel | 1 | 0 | 0 | 100% |"
}

# ---- CSV: messages in Dutch, the data itself unchanged -----------------------

t_import_members_summary_in_dutch() {
	nl_ok init
	nl_ok municipality add Zuidplas
	printf 'name,municipality,role\nEls Kok,Zuidplas,client\nJan Jansen,Nergenshuizen,client\n' >"$T/in.csv"
	run nl_in "LANGUAGE=nl" import members "$T/in.csv" --create-municipalities --dry-run
	expect_rc 0
	expect_out_eq "$T/in.csv: 2 toegevoegd, 0 bijgewerkt, 0 overgeslagen, 1 gemeente aangemaakt (proefrun: niets opgeslagen)"
	printf 'name,municipality,role\nEls Kok,Zuidplas,baas\nJan Jansen,Zuidplas,client,x\n' >"$T/bad.csv"
	run nl_in "LANGUAGE=nl" import members "$T/bad.csv"
	expect_rc 1
	expect_err_has 'onbekende rol "baas"'
	expect_err_has "4 velden, maar de kopregel noemt 3 kolommen"
	expect_err_has "$T/bad.csv: niets geïmporteerd (2 fouten)"
	printf 'name\nPiet,x\n' >"$T/one.csv"
	run nl_in "LANGUAGE=nl" import members "$T/one.csv"
	expect_err_has "2 velden, maar de kopregel noemt maar 1 kolom"
	expect_err_has "niets geïmporteerd (1 fout)"
	run nl_in "" import members "$T/one.csv"
	expect_err_has "2 fields, but the header names 1 column"
	expect_err_has "nothing imported (1 error)"
}

t_export_says_where_the_rows_went_in_dutch() {
	demo
	nl_ok action add 1 "Navragen bij de GR" --due 2026-04-01
	run nl_in "LANGUAGE=nl" export actions -o "$T/acties.csv"
	expect_rc 0
	expect_out_eq "1 rij geschreven naar $T/acties.csv"
	nl_ok action add 1 "Brief testen"
	run nl_in "LANGUAGE=nl" export actions -o "$T/acties.csv"
	expect_out_eq "2 rijen geschreven naar $T/acties.csv"
	run nl_in "" export actions -o "$T/acties.csv"
	expect_out_eq "Wrote 2 rows to $T/acties.csv"
	run nl_in "LANGUAGE=nl" export actions --delimiter pipe
	expect_rc 2
	expect_err_has "--delimiter moet ',', ';' of tab zijn, niet \"pipe\""
}

# Spreadsheets and scripts read the columns by name and the dates as ISO:
# the export is byte for byte the same in every language.
t_csv_export_is_the_same_in_every_language() {
	demo
	nl_ok action add 1 "Navragen bij de GR" --due 2026-04-01
	NOTULIST_NOW="2026-03-10 14:05:00" nl_ok checkin 1 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 16:00:00" nl_ok meeting close 1
	local what en nl
	for what in "attendance" "quorum 1" "actions"; do
		# shellcheck disable=SC2086
		en=$(NOTULIST_NOW="2026-03-11 10:00:00" nl_in "" export $what)
		# shellcheck disable=SC2086
		nl=$(NOTULIST_NOW="2026-03-11 10:00:00" nl_in "LANGUAGE=nl" export $what)
		[ -n "$en" ] && [ "$en" = "$nl" ] ||
			fail "export $what differs in Dutch:" "$(diff <(echo "$en") <(echo "$nl"))"
	done
	run nl_in "LANGUAGE=nl" export attendance
	expect_out_has "meeting_date,meeting_id,person_id,name,municipality,role,status,first_arrival,last_departure,minutes_present,counts_for_quorum"
	expect_out_has "2026-03-10,1,"
	expect_out_has ",client,present,"
	expect_out_lacks "cliënt"
	expect_out_lacks "aanwezig"
	run nl_in "LANGUAGE=nl" export actions
	expect_out_has "action_id,meeting_id,meeting_date,description,owner,due_date,status,closed_on"
	expect_out_has ",2026-04-01,open,"
}

# check --format csv: the sentence is in the user's language, the columns
# a script reads (level, category, code) are not.
t_check_csv_keeps_english_keys_in_dutch() {
	demo
	local en nl
	en=$(NOTULIST_NOW="2026-03-10 14:00:00" nl_in "" check --format csv | cut -d, -f1-4)
	nl=$(NOTULIST_NOW="2026-03-10 14:00:00" nl_in "LANGUAGE=nl" check --format csv | cut -d, -f1-4)
	[ -n "$en" ] && [ "$en" = "$nl" ] ||
		fail "check CSV keys differ:" "$(diff <(echo "$en") <(echo "$nl"))"
	NOTULIST_NOW="2026-03-10 14:00:00" run nl_in "LANGUAGE=nl" check --format csv
	expect_out_has "level,category,code,subject_id,message"
	expect_out_has "warn,meetings,meetings-below-target,,1 vergadering gehouden of gepland in 2026; het doel is 3"
}

# A quorum of one is "1 cliënt", in the minutes as everywhere.
t_minutes_quorum_of_one_in_the_singular() {
	demo
	nl_ok meeting add 2026-03-12 --quorum 1
	NOTULIST_NOW="2026-03-12 14:02:00" nl_ok checkin 2 "Zoë de Vries"
	NOTULIST_NOW="2026-03-12 16:00:00" nl_ok meeting close 2
	run nl_in "LANGUAGE=nl" minutes 2
	expect_out_has "Het quorum van 1 cliënt werd gehaald om 14:02."
	run nl_in "" minutes 2
	expect_out_has "The quorum of 1 client was reached at 14:02."
}

t_action_and_advice_lists_fit_the_dutch_alert() {
	demo
	nl_ok meeting add 2026-01-12 14:00
	nl_ok action add 2 "Navragen" --owner GR --due 2026-02-15
	nl_ok advice add "Wachttijden" --kind unsolicited --sent 2025-11-03 --due 2025-12-15
	local header row
	NOTULIST_NOW="2026-03-10 13:00:00" run nl_in "LANGUAGE=nl" action list
	header=$(printf '%s\n' "$out" | head -1)
	row=$(printf '%s\n' "$out" | grep Navragen)
	case "$row" in *" ACHTERSTALLIG GR "*) ;; *) fail "alert cut or run together: $row" ;; esac
	[ "$(col_of ACTIEHOUDER "$header")" = "$(col_of "GR " "$row")" ] ||
		fail "owner column moved:" "$header" "$row"
	NOTULIST_NOW="2026-03-10 13:00:00" run nl_in "LANGUAGE=nl" advice list
	expect_out_has " ACHTERSTALLIG Wachttijden"
	# English keeps its columns.
	NOTULIST_NOW="2026-03-10 13:00:00" run nl_in "" action list
	expect_out_has "2026-02-15 OVERDUE  GR"
}

# ---- the board in Dutch ------------------------------------------------------

t_board_in_dutch() {
	demo
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24 LANGUAGE=nl
	wait_for "Cliënten aanwezig 0 / 12 — GEEN QUORUM"
	wait_for "Vergadering 1 (open) · di 10 mrt 2026 14:00"
	wait_for "Voorzitter: Margreet Ooms"
	wait_for "Evenwicht — nog niemand aanwezig"
	wait_for "Presentie — 0 aanwezig, 0 vertrokken, 0 afgemeld, 22 niet aangekomen"
	wait_for "Capelle aan den IJssel — 0 van 12 aanwezig"
	wait_for "niet aangekomen"
	wait_for "Spc in/uit  a binnenloper  / zoeken  x afgemeld"
	wait_for "? hulp  q stoppen"
	keys / ; type_text "zoe"; keys Enter
	wait_for "Zoë de Vries ingecheckt om 14:05"
	wait_for "aanwezig sinds 14:05"
	keys u
	wait_for "Inchecken van Zoë de Vries om 14:05 ongedaan maken? j/n"
	sleep 0.5
	keys j
	wait_for "Ongedaan gemaakt: inchecken van Zoë de Vries om 14:05"
	keys '?'
	wait_for "notulist — toetsen"
	wait_for "in- of uitchecken (vraagt eerst bij verlies quorum)"
	keys Space
	wait_gone "notulist — toetsen"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "quit did not exit 0"
}

t_board_quorum_words_in_dutch() {
	demo
	nl_ok meeting add 2026-03-10 --quorum 1
	nl_ok meeting open 2
	NOTULIST_NOW="2026-03-10 14:02:00" nl_ok checkin 2 "Zoë de Vries"
	NOTULIST_NOW="2026-03-10 14:30:00" tui_start 80 24 LANGUAGE=nl
	wait_for "Cliënten aanwezig 1 / 1 — quorum gehaald"
	keys / ; type_text zoe; keys Enter
	wait_for "Dit brengt het quorum op 0/1. Zoë de Vries (aanwezig sinds 14:02)"
	sleep 0.5
	keys j
	wait_for "Quorum verloren om 14:30 (0/1)"
	wait_for "GEEN QUORUM, verloren om 14:30"
	wait_for "vertrokken om 14:30"
}

t_meeting_list_in_dutch() {
	demo
	nl_ok meeting add 2026-03-01 19:00 --location Raadzaal
	NOTULIST_NOW="2026-03-10 14:00:00" tui_start 80 24 LANGUAGE=nl
	wait_for "notulist — vergaderingen"
	wait_for "Nr.  Datum           Tijd   Status    Locatie"
	wait_for "    2  zo 1 mrt 2026   19:00  gepland   Raadzaal"
	wait_for "    1  di 10 mrt 2026  14:00  gepland   "
	wait_for "Enter openen/tonen  n nieuwe vergadering"
	keys Enter
	wait_for "Vergadering 1 is geopend"
	wait_for "Vergadering 1 (open) · di 10 mrt 2026 14:00"
	keys w
	wait_for "notulist — continuïteitswaarschuwingen 2026"
	wait_for "WAARSCHUWING vergaderingen: 1 vergadering gehouden of gepland in 2026"
}

# The record views: Dutch words, dates as people read them, (j/n) answered
# with j.
t_record_views_in_dutch() {
	demo
	nl_ok meeting add 2026-01-12 14:00
	nl_ok agenda add 2 "Brieven van de GR"
	nl_ok action add 2 "Navragen hoe de GR brieven laat testen" --owner GR \
		--due 2026-02-15 --item 1
	nl_ok agenda add 1 "Opening"
	nl_ok agenda add 1 "Bejegening aan het loket" --topic treatment --by "Zoë de Vries"
	nl_ok agenda decide 1 2 "De voorzitter bespreekt dit met de GR."
	nl_ok agenda current 1 2
	nl_ok action add 1 "Klachtenformulier opvragen" --owner GR --due 2026-04-01 --item 2
	nl_ok advice add "Wachttijden aan de telefoon" --kind unsolicited \
		--sent 2025-11-03 --due 2025-12-15
	nl_ok advice add "Brieven in eenvoudige taal" --kind solicited --sent 2026-01-20
	nl_ok advice answer 2 --on 2026-03-05 "Alle brieven worden getest."
	nl_ok meeting open 1
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24 LANGUAGE=nl
	wait_for "Nu: 2. Bejegening aan het loket"
	keys g
	wait_for "Agenda · Vergadering 1 (open) · di 10 mrt 2026 14:00"
	wait_for "b Vergadering   g Agenda   c Actielijst   v Adviezen"
	wait_for "2 agendapunten"
	wait_for "besproken  Zoë de Vries"
	wait_for "Thema: overig · gepland"
	keys Down
	wait_for "Thema: bejegening · ingebracht door Zoë de Vries (cliënt) · besproken"
	wait_for "Besluit: De voorzitter bespreekt dit met de GR."
	wait_for "a nieuw  n aantekeningen  d besluit"
	keys X
	wait_for 'Punt 2 "Bejegening aan het loket" van de agenda halen? (j/n)'
	keys n
	wait_gone "(j/n)"
	keys c
	wait_for "Actielijst · Vergadering 1 (open)"
	wait_for "2 openstaand, 1 achterstallig"
	wait_for "Afgesproken in deze vergadering"
	wait_for "Meegenomen uit de vergadering van ma 12 jan 2026"
	wait_for "ACHTERSTALLIG 15 feb 2026 GR"
	wait_for "open          1 apr 2026  GR"
	wait_for "afgesproken in de vergadering van di 10 mrt 2026, agendapunt 2"
	keys d
	wait_for "Actiepunt #2 afgehandeld op di 10 mrt 2026: Klachtenformulier opvragen"
	keys v
	wait_for "Adviesregister · Vergadering 1 (open)"
	wait_for "1 zonder antwoord, 1 achterstallig"
	wait_for "ongevraagd 15 dec 2025             ACHTERSTALLIG Wachttijden"
	wait_for "gevraagd   3 mrt 2026  5 mrt 2026  TE LAAT"
	wait_for "Ongevraagd advies van ma 3 nov 2025; antwoord uiterlijk ma 15 dec 2025"
	wait_for "Nog geen antwoord: 85 dagen over de termijn"
	keys Down
	wait_for "Beantwoord op do 5 mrt 2026, 2 dagen te laat"
	# Dutch yes is j.
	keys X
	wait_for 'Advies #2 "Brieven in eenvoudige taal" verwijderen? (j/n)'
	keys j
	wait_for "Advies #2 verwijderd: Brieven in eenvoudige taal"
	run nl_in "" advice list
	expect_out_lacks "Brieven in eenvoudige taal"
	keys '?'
	wait_for "advies registreren (soort, onderwerp, verzonden, termijn)"
	wait_for "onterecht ingevoerd advies verwijderen (vraagt eerst)"
	keys Space q
	[ "$(tui_exit_status)" = 0 ] || fail "quit did not exit 0"
}

t_board_lang_option_under_plain_c() {
	demo
	nl_ok meeting open 1
	# No UTF-8 terminal: the Dutch words lose their accents, not their
	# language.
	TUI_ARGS="--lang nl" tui_start 80 24 LANG=C
	wait_for "Clienten aanwezig 0 / 12"
	wait_for "GEEN QUORUM"
	wait_for "Zoe de Vries"
}

t_board_lang_en_under_dutch_environment() {
	demo
	nl_ok meeting open 1
	TUI_ARGS="--lang en" tui_start 80 24 LANGUAGE=nl
	wait_for "Clients present 0 / 12 — NO QUORUM"
	wait_for "Meeting 1 (open) · Tue 10 Mar 2026 14:00"
}

run_tests

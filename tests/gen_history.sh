#!/usr/bin/env bash
# tests/gen_history.sh — builds a realistic three-year history of a client
# body through the notulist CLI only, for end-to-end tests of `check` and
# the annual report, and for trying them by hand:
#
#   NOTULIST_BIN=build/notulist tests/gen_history.sh /tmp/history.db [SEED]
#   NOTULIST_NOW="2026-03-20 12:00" build/notulist -d /tmp/history.db check
#
# Deterministic: every step runs on a fixed clock (NOTULIST_NOW), and the
# seed (default 47) only varies arrival minutes before the start, which no
# rule looks at.  About two hundred commands; a few seconds.
#
# The story (quorum 12, target 3 meetings a year, looked at on 2026-03-20):
#  * Noorderveen (weight 3, 10 clients), Oosterlo (1, 4), Zuidhaven (1, 4);
#    chair Marleen Hendriks and, now and then, a guest.  Everyone is entered
#    on 2024-01-08; each year's meetings are planned in the first week.
#  * 2024: three meetings of 16 clients.
#  * 2025: the meeting of 10 June never took place, so only two were held;
#    at 16 September three clients left early and the quorum was lost
#    20:40–20:55.  Pieter Smit (1 May) and Ilse de Groot (1 June) leave,
#    Kees de Boer (15 November) too; Yara El Amrani joins on 1 August.
#  * 2026: Wim Vos leaves on 10 January, Fatima Yilmaz on 1 February.
#    20 January is held without quorum (11 present); on 10 March the quorum
#    is lost 20:45–21:05, and three clients are checked out as the meeting
#    closes at 21:30.  June and October are planned.
#  * Sanne Mulder stops coming after 2024, without notice; Johan Peters
#    sends apologies every time from 2025 on.
#  * Minutes are approved at the next meeting, except those of 20 January
#    2026, forgotten on 10 March.
#
# What a careful secretary would raise on 2026-03-20: 14 active clients
# (two cancellations from no quorum); Noorderveen 7 where its weight expects
# 8.4; 20 January without quorum; attendance 16, 14, 11, 12 — falling; the
# lost quorum of 10 March; Sanne Mulder missing four meetings in a row;
# Johan Peters not seen in twelve months; the minutes of 20 January.
set -euo pipefail

DB=${1:?usage: gen_history.sh DB [SEED]}
SEED=${2:-47}
NL=${NOTULIST_BIN:-$(dirname "$0")/../build/notulist}
RANDOM=$SEED

# on DAY HH:MM ARGS...: one notulist command with the clock at that moment.
on() {
	local when="$1 $2:00"
	shift 2
	NOTULIST_NOW="$when" "$NL" -d "$DB" "$@" >/dev/null
}

declare -A NAME=(
	[anouk]="Anouk de Vries" [bram]="Bram Jansen" [chloe]="Chloë Bakker"
	[daan]="Daan Visser" [eva]="Eva Smit" [sanne]="Sanne Mulder"
	[pieter]="Pieter Smit" [kees]="Kees de Boer" [wim]="Wim Vos"
	[noor]="Noor Dekker"
	[fenna]="Fenna Kramer" [gijs]="Gijs Meijer" [ilse]="Ilse de Groot"
	[jesse]="Jesse Bos" [yara]="Yara El Amrani"
	[johan]="Johan Peters" [lotte]="Lotte Willems" [mees]="Mees van Dijk"
	[fatima]="Fatima Yilmaz"
)
ACTIVE=() # clients in the order entered, as the body stands at each step

join() { # DAY MUNICIPALITY KEY...
	local day=$1 municipality=$2 key
	shift 2
	for key in "$@"; do
		on "$day" 10:00 member add "${NAME[$key]}" --municipality "$municipality"
		ACTIVE+=("$key")
	done
}

leave() { # DAY KEY
	local key
	on "$1" 10:00 member deactivate "${NAME[$2]}"
	for key in "${!ACTIVE[@]}"; do
		[ "${ACTIVE[$key]}" = "$2" ] && unset 'ACTIVE[key]'
	done
	ACTIVE=("${ACTIVE[@]}")
}

# hold ID DAY "EXCUSED KEYS" "ABSENT KEYS": apologies in the morning, then
# everyone else active arrives between 19:15 and 19:29 (entered afterwards,
# at 22:00, with --at), the chair at 19:20.
hold() {
	local id=$1 day=$2 excused=" $3 " absent=" $4 " key
	for key in $3; do
		on "$day" 09:00 excuse "$id" "${NAME[$key]}"
	done
	on "$day" 22:00 checkin "$id" "Marleen Hendriks" --at 19:20
	for key in "${ACTIVE[@]}"; do
		case "$excused$absent" in *" $key "*) continue ;; esac
		on "$day" 22:00 checkin "$id" "${NAME[$key]}" \
			--at "19:$((15 + RANDOM % 15))"
	done
}

at() { # ID DAY HH:MM in|out KEY...
	local id=$1 day=$2 hhmm=$3 kind=$4 key
	shift 4
	for key in "$@"; do
		on "$day" 22:00 "check$kind" "$id" "${NAME[$key]}" --at "$hhmm"
	done
}

close() { on "$2" 22:00 meeting close "$1" --at "$3"; }

# approve ID DAY: the minutes of meeting ID approved at the meeting of DAY,
# when the command exists (it arrives with the meeting record).
approve() {
	if "$NL" meeting approve --help >/dev/null 2>&1; then
		on "$2" 21:00 meeting approve "$1"
	fi
}

# ---- 2024 -------------------------------------------------------------------
on 2024-01-08 09:00 init
on 2024-01-08 09:00 municipality add Noorderveen --weight 3
on 2024-01-08 09:00 municipality add Oosterlo
on 2024-01-08 09:00 municipality add Zuidhaven
join 2024-01-08 Noorderveen anouk bram chloe daan eva sanne pieter kees wim noor
join 2024-01-08 Oosterlo fenna gijs ilse jesse
join 2024-01-08 Zuidhaven johan lotte mees fatima
on 2024-01-08 10:00 member add "Marleen Hendriks" --role chair
on 2024-01-08 10:00 member add "Ruud Gastman" --role guest
for day in 2024-02-13 2024-06-11 2024-10-08; do
	on 2024-01-08 11:00 meeting add "$day" 19:30 --location Raadzaal \
		--chair "Marleen Hendriks"
done

hold 1 2024-02-13 "fatima" "jesse"
on 2024-02-13 22:00 checkin 1 "Ruud Gastman" --at 19:30
close 1 2024-02-13 21:30
approve 1 2024-06-11
hold 2 2024-06-11 "chloe" "noor"
close 2 2024-06-11 21:30
approve 2 2024-10-08
hold 3 2024-10-08 "gijs" "wim"
close 3 2024-10-08 21:45

# ---- 2025 -------------------------------------------------------------------
for day in 2025-03-11 2025-06-10 2025-09-16; do
	on 2025-01-07 10:00 meeting add "$day" 19:30 --location Raadzaal \
		--chair "Marleen Hendriks"
done
approve 3 2025-03-11
hold 4 2025-03-11 "johan" "sanne"
close 4 2025-03-11 21:30
leave 2025-05-01 pieter
# meeting 5 (10 June) never takes place and stays planned
leave 2025-06-01 ilse
join 2025-08-01 Oosterlo yara
approve 4 2025-09-16
hold 6 2025-09-16 "johan" "sanne kees"
on 2025-09-16 22:00 checkin 6 "Ruud Gastman" --at 19:30
at 6 2025-09-16 20:40 out eva noor fenna
at 6 2025-09-16 20:55 in noor
close 6 2025-09-16 21:30
leave 2025-11-15 kees

# ---- 2026 -------------------------------------------------------------------
for day in 2026-01-20 2026-03-10 2026-06-09 2026-10-13; do
	on 2026-01-06 10:00 meeting add "$day" 19:30 --location Raadzaal \
		--chair "Marleen Hendriks"
done
leave 2026-01-10 wim
approve 6 2026-01-20
hold 7 2026-01-20 "johan daan" "sanne mees"
close 7 2026-01-20 21:15
leave 2026-02-01 fatima
hold 8 2026-03-10 "johan" "sanne"
at 8 2026-03-10 20:45 out jesse
at 8 2026-03-10 21:05 in jesse
at 8 2026-03-10 21:30 out anouk bram gijs
close 8 2026-03-10 21:30

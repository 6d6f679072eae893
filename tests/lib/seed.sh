# tests/lib/seed.sh — small, fully known bodies for end-to-end tests.

# seed_body: municipalities Aa (weight 2), Bb (1), Cc (1), each with clients
# named after it (Aa 1 … Aa 8, Bb 1 … Bb 4, Cc 1 … Cc 4: 16 clients), a chair
# "Voorzitter Een" and a guest "Gast Twee".
seed_body() {
	nl_ok municipality add Aa --weight 2
	nl_ok municipality add Bb
	nl_ok municipality add Cc
	local m i n
	for m in Aa Bb Cc; do
		n=4
		[ "$m" = Aa ] && n=8
		for i in $(seq 1 $n); do
			nl_ok member add "$m $i" --municipality "$m"
		done
	done
	nl_ok member add "Voorzitter Een" --role chair
	nl_ok member add "Gast Twee" --role guest
}

# at HH:MM CMD...: runs CMD with the clock at 2026-03-10 HH:MM.
at() {
	local hhmm=$1
	shift
	NOTULIST_NOW="2026-03-10 $hhmm:00" "$@"
}

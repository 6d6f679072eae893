# bash completion for notulist: commands, options, and the names of
# people, municipalities and meetings from the database in use (-d FILE or
# NOTULIST_DB).  The program itself decides what fits (notulist complete),
# so this file never needs to change when a command is added.

_notulist()
{
	local cur=${COMP_WORDS[COMP_CWORD]} IFS=$'\n' candidates c
	candidates=$(command notulist complete -- \
		"${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
	COMPREPLY=()
	if [ "$candidates" = ":files" ]; then
		COMPREPLY=($(compgen -f -- "$cur"))
		return 0
	fi
	for c in $candidates; do
		[ "$c" = ":files" ] && continue
		COMPREPLY+=("$(printf '%q' "$c")")
	done
	return 0
}

complete -F _notulist notulist

# bash completion for notulist: commands, options, and the names of
# people, municipalities and meetings from the database in use (-d FILE or
# NOTULIST_DB).  The program itself decides what fits (notulist complete),
# so this file never needs to change when a command is added.
#
# bash hands over the words as typed, quotes and backslashes included
# ("Jan\ de\ ", "\"Zo"): they are read as the shell will read them before
# notulist is asked, and the answers are quoted to fit what was typed —
# escaped with backslashes, or inside the quote the word opened (bash
# closes it).  Names match without regard to case or accents ("em" offers
# "Émile").

# _notulist_dequote WORD: sets _notulist_word to WORD as the shell will
# pass it (quotes removed, escapes resolved, a leading ~/ expanded) and
# _notulist_quote to the quote still open at its end ("", ' or ").
_notulist_dequote()
{
	local in=$1 out="" c q="" i
	for ((i = 0; i < ${#in}; i++)); do
		c=${in:i:1}
		if [ "$q" = "'" ]; then
			if [ "$c" = "'" ]; then q=""; else out+=$c; fi
		elif [ "$q" = '"' ]; then
			if [ "$c" = '"' ]; then
				q=""
			elif [ "$c" = '\' ] && [[ ${in:i+1:1} == [\"\\\$\`] ]]; then
				out+=${in:i+1:1}
				i=$((i + 1))
			else
				out+=$c
			fi
		elif [ "$c" = '\' ]; then
			out+=${in:i+1:1}
			i=$((i + 1))
		elif [ "$c" = "'" ] || [ "$c" = '"' ]; then
			q=$c
		else
			out+=$c
		fi
	done
	case $out in "~/"*) out=$HOME/${out#"~/"} ;; esac
	_notulist_word=$out
	_notulist_quote=$q
}

# _notulist_quoted TEXT QUOTE: TEXT as it must be inserted after an open
# QUOTE (or with none).
_notulist_quoted()
{
	local text=$1
	case $2 in
	"'") printf '%s' "${text//\'/\'\\\'\'}" ;;
	'"')
		text=${text//\\/\\\\}
		text=${text//\"/\\\"}
		text=${text//\$/\\\$}
		printf '%s' "${text//\`/\\\`}"
		;;
	*) printf '%q' "$text" ;;
	esac
}

_notulist()
{
	local IFS=$'\n' candidates c i words=() quote
	for ((i = 1; i <= COMP_CWORD; i++)); do
		_notulist_dequote "${COMP_WORDS[i]}"
		words+=("$_notulist_word")
	done
	quote=$_notulist_quote
	candidates=$(command notulist complete -- "${words[@]}" 2>/dev/null) ||
		return 0
	COMPREPLY=()
	if [ "$candidates" = ":files" ]; then
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -f -- "${words[COMP_CWORD - 1]}"))
		return 0
	fi
	for c in $candidates; do
		[ "$c" = ":files" ] && continue
		COMPREPLY+=("$(_notulist_quoted "$c" "$quote")")
	done
	return 0
}

complete -F _notulist notulist

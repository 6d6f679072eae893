# tests/lib/tmux.sh — drive the real notulist board in a real terminal.
# Each test gets a private tmux server (-L, -f /dev/null), a fixed size and
# LANG=C.UTF-8 in the pane; screens are read with capture-pane and waited
# for by polling, never by fixed sleeps.  Source after tests/lib/tap.sh.

TUI_TIMEOUT=${TUI_TIMEOUT:-10}

tm() { tmux -L "$TMUX_SOCKET" -f /dev/null "$@"; }

# tui_start [COLS ROWS [VAR=value ...]]: starts the board on $DB (with the
# global options in $TUI_ARGS, e.g. TUI_ARGS="--lang nl").  A small
# launcher in $T records the exit status, so tests never depend on how
# quickly tmux notices that a pane's process has ended.
tui_start() {
	local cols=${1:-80} rows=${2:-24} env_args=""
	shift 2 2>/dev/null || shift $#
	# A new server per start: a restart never talks to a dying one.
	TUI_STARTS=$((${TUI_STARTS:-0} + 1))
	TMUX_SOCKET="nl-$$-${T##*/}-$TUI_STARTS"
	TUI_SOCKETS="${TUI_SOCKETS:-} $TMUX_SOCKET"
	TUI_EXIT="$T/.tui_exit.$TUI_STARTS"
	trap tui_cleanup EXIT
	for a in "$@"; do env_args="$env_args '$a'"; done
	cat >"$T/.tui_run.$TUI_STARTS" <<LAUNCH
#!/bin/sh
env LANG=C.UTF-8 LC_ALL= HOME='$HOME' NOTULIST_NOW='${NOTULIST_NOW:-}' $env_args '$NL' ${TUI_ARGS:-} -d '$DB'
echo \$? >'$TUI_EXIT'
LAUNCH
	tm start-server \; set-option -g remain-on-exit on \; \
		set-option -g default-terminal "${TUI_TERM:-tmux-256color}" \; \
		new-session -d -s t -x "$cols" -y "$rows" "sh $T/.tui_run.$TUI_STARTS"
}

# Ends every server this test started and removes the socket files that
# tmux leaves behind.
tui_cleanup() {
	local s dir=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)
	for s in ${TUI_SOCKETS:-}; do
		tmux -L "$s" kill-server 2>/dev/null
		case $s in nl-*) [ -S "$dir/$s" ] && rm -f -- "$dir/$s" ;; esac
	done
}

screen() { tm capture-pane -p -t t; }

# wait_for TEXT: polls until the screen shows TEXT (fixed string).
wait_for() {
	local deadline=$((SECONDS + TUI_TIMEOUT))
	while [ $SECONDS -le $deadline ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	fail "screen never showed: $1" "$(screen)"
}

# wait_for_joined TEXT: as wait_for, on the screen read as one line (line
# ends and runs of blanks one space), for a message that wraps where the
# screen's width puts it.
wait_for_joined() {
	local deadline=$((SECONDS + TUI_TIMEOUT))
	while [ $SECONDS -le $deadline ]; do
		screen | tr -s ' \n' '  ' | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	fail "screen never showed: $1" "$(screen)"
}

wait_gone() {
	local deadline=$((SECONDS + TUI_TIMEOUT))
	while [ $SECONDS -le $deadline ]; do
		screen | grep -qF -- "$1" || return 0
		sleep 0.05
	done
	fail "screen still shows: $1" "$(screen)"
}

# keys KEY...: tmux key names (Enter, Escape, Down, C-l, Space, …).
keys() { tm send-keys -t t "$@"; }
# type_text TEXT: literal text, UTF-8 included.
type_text() { tm send-keys -t t -l -- "$1"; }

resize() { tm resize-window -t t -x "$1" -y "$2"; }

# tui_exit_status: waits for notulist to end and prints its exit status
# (128+N after signal N), or "running".
tui_exit_status() {
	local deadline=$((SECONDS + TUI_TIMEOUT))
	while [ $SECONDS -le $deadline ]; do
		if [ -s "$TUI_EXIT" ]; then
			cat "$TUI_EXIT"
			return 0
		fi
		sleep 0.05
	done
	echo "running"
}

# tui_pid: the notulist process (a child of the launcher in the pane).
tui_pid() { pgrep -P "$(tm display-message -p -t t '#{pane_pid}')" | head -1; }

# tests/lib/tap.sh — a small TAP harness for end-to-end tests that run the
# real notulist binary.  Source it, define functions named t_<what>, then
# call run_tests.  Each test runs in its own subshell with a fresh temporary
# directory ($T), database ($DB) and $HOME, so no test can touch a user's
# real data or another test's.  An assertion that fails prints why and
# ends its test; the other tests still run.  ONLY=regex runs a subset.
#
#   t_checkin_by_name() {
#       nl_ok meeting add 2026-03-10 19:00
#       run nl checkin 1 "Zoë"
#       expect_rc 1; expect_err_line "no person named"
#   }
#   run_tests

NL=${NOTULIST_BIN:?NOTULIST_BIN must name the binary under test}
TEST_TMP_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/notulist-test.XXXXXX")
trap 'rm -rf "$TEST_TMP_ROOT"' EXIT

# The binary on the test database.
nl() { "$NL" -d "$DB" "$@"; }

# run CMD...: captures $out, $err and $rc without stopping the test.
run() {
	"$@" >"$T/.out" 2>"$T/.err"
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}

fail() {
	printf '#   %s\n' "$@"
	[ -n "${out:-}" ] && printf '#   stdout: %s\n' "$(printf '%s' "$out" | head -20 | sed '2,$s/^/#           /')"
	[ -n "${err:-}" ] && printf '#   stderr: %s\n' "$(printf '%s' "$err" | head -5)"
	exit 1
}

# nl_ok ARGS...: runs notulist and fails the test unless it exits 0.
nl_ok() {
	run nl "$@"
	[ "$rc" = 0 ] || fail "notulist $* exited $rc"
}

expect_rc() { [ "$rc" = "$1" ] || fail "expected exit $1, got $rc"; }
expect_out_has() {
	case "$out" in *"$1"*) ;; *) fail "stdout lacks: $1" ;; esac
}
expect_out_lacks() {
	case "$out" in *"$1"*) fail "stdout has: $1" ;; esac
}
expect_err_has() {
	case "$err" in *"$1"*) ;; *) fail "stderr lacks: $1" ;; esac
}
expect_out_eq() {
	[ "$out" = "$1" ] || fail "stdout differs; expected:" "$1"
}
# Exactly one line on stderr, containing the text.
expect_err_line() {
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [ -n "$err" ] ||
		fail "expected one line on stderr"
	expect_err_has "$1"
}
expect_empty_err() { [ -z "$err" ] || fail "unexpected stderr"; }
expect_file_mode() {
	local mode
	mode=$(stat -c %a "$1") || fail "no file $1"
	[ "$mode" = "$2" ] || fail "$1 has mode $mode, expected $2"
}
# Fingerprint of a file, to prove a failing command left it untouched.
checksum() { sha256sum "$1" | cut -d' ' -f1; }

run_tests() {
	local names n=0 name
	names=$(grep -oE '^t_[A-Za-z0-9_]+\(\)' "$0" | tr -d '()')
	[ -n "${ONLY:-}" ] && names=$(echo "$names" | grep -E "$ONLY")
	echo "1..$(echo "$names" | grep -c .)"
	for name in $names; do
		n=$((n + 1))
		T="$TEST_TMP_ROOT/$name"
		mkdir -p "$T/home"
		if (
			export HOME="$T/home" DB="$T/notulist.db" T
			export NOTULIST_NOW="${TEST_NOW:-2026-03-10 19:00:00}"
			cd "$T" && "$name"
		) >"$TEST_TMP_ROOT/$name.log" 2>&1 </dev/null; then
			echo "ok $n - ${name#t_}"
		else
			echo "not ok $n - ${name#t_}"
			sed 's/^/# /' "$TEST_TMP_ROOT/$name.log" | head -40
		fi
	done
}

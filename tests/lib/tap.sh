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
#
# Table-driven tests add one row per case with `row NAME COMMAND...`; each
# row runs like a t_ function (own $T, $DB, $HOME; stdin from /dev/null),
# as COMMAND with its words exactly as given.  A test that cannot run here
# (no mount namespace, not root) calls `skip REASON` and is reported as
# "ok N - name # SKIP REASON".

# Run on its own (`ONLY=regex bash tests/e2e/FILE.sh`, from anywhere), a
# file tests what `make` built, in the environment tests/run gives it.
# NOTULIST_BIN may be relative to where it was started (tests cd into their
# own directory); NOTULIST_BUILD is relative to the repository, as in make.
TEST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case ${NOTULIST_BUILD:=build} in
/*) ;;
*) NOTULIST_BUILD="$TEST_ROOT/$NOTULIST_BUILD" ;;
esac
NL=$(realpath -e -- "${NOTULIST_BIN:-$NOTULIST_BUILD/notulist}" 2>/dev/null) ||
	{ echo "Bail out! no notulist at ${NOTULIST_BIN:-$NOTULIST_BUILD/notulist}; run make first"; exit 1; }
NOTULIST_BIN=$NL
export NOTULIST_BIN NOTULIST_BUILD
export LANG=C.UTF-8 LC_ALL= LANGUAGE= TZ=UTC
unset NOTULIST_DB NOTULIST_NOW NOTULIST_DEMO XDG_DATA_HOME NO_COLOR
TEST_TMP_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/notulist-test.XXXXXX") ||
	{ echo "Bail out! mktemp failed"; exit 1; }
# Only ever deletes the directory mktemp made; tests that take permissions
# away (a read-only directory, an unreadable file) would otherwise leave it.
cleanup_tmp_root() {
	case $TEST_TMP_ROOT in
	*/notulist-test.??????)
		chmod -R u+rwX -- "$TEST_TMP_ROOT" 2>/dev/null
		rm -rf -- "$TEST_TMP_ROOT" ;;
	esac
}
trap cleanup_tmp_root EXIT

ROW_NAMES=()
ROW_COMMANDS=()

# row NAME COMMAND...: one case of a table (see the top of this file).
row() {
	local name=$1
	shift
	ROW_NAMES+=("$name")
	ROW_COMMANDS+=("$(printf '%q ' "$@")")
}

# skip REASON: ends the current test as skipped.
skip() {
	printf '%s\n' "$*" >"$T/.skip"
	exit 0
}

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

# run_one NUMBER NAME COMMAND: runs one test in a fresh directory and
# prints its TAP line.
run_one() {
	local n=$1 name=$2 command=$3
	T="$TEST_TMP_ROOT/$name"
	mkdir -p "$T/home"
	if (
		export HOME="$T/home" DB="$T/notulist.db" T
		export NOTULIST_NOW="${TEST_NOW:-2026-03-10 19:00:00}"
		cd "$T" && eval "$command"
	) >"$TEST_TMP_ROOT/$name.log" 2>&1 </dev/null; then
		if [ -e "$T/.skip" ]; then
			echo "ok $n - ${name#t_} # SKIP $(head -1 "$T/.skip")"
		else
			echo "ok $n - ${name#t_}"
		fi
	else
		echo "not ok $n - ${name#t_}"
		sed 's/^/# /' "$TEST_TMP_ROOT/$name.log" | head -40
	fi
}

run_tests() {
	local names n=0 name i total
	names=$(grep -oE '^t_[A-Za-z0-9_]+\(\)' "$0" | tr -d '()')
	[ -n "${ONLY:-}" ] && names=$(echo "$names" | grep -E "$ONLY")
	total=$(echo "$names" | grep -c .)
	local dup
	dup=$(printf '%s\n' "${ROW_NAMES[@]}" | sort | uniq -d | head -1)
	[ -z "$dup" ] || { echo "Bail out! two rows named $dup"; exit 1; }
	for i in "${!ROW_NAMES[@]}"; do
		if [ -z "${ONLY:-}" ] || echo "${ROW_NAMES[$i]}" | grep -qE "$ONLY"; then
			total=$((total + 1))
		fi
	done
	echo "1..$total"
	for name in $names; do
		n=$((n + 1))
		run_one "$n" "$name" "$name"
	done
	for i in "${!ROW_NAMES[@]}"; do
		name=${ROW_NAMES[$i]}
		if [ -n "${ONLY:-}" ] && ! echo "$name" | grep -qE "$ONLY"; then
			continue
		fi
		n=$((n + 1))
		run_one "$n" "$name" "${ROW_COMMANDS[$i]}"
	done
}

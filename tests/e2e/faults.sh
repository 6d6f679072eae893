#!/usr/bin/env bash
# End-to-end: the fault and bad-input catalogue.  One row per case; every
# row asserts the same four things, because they are what the secretary and
# a script rely on when something goes wrong:
#   - exactly one printable line on stderr, saying what (and which file);
#   - the right exit status (1 failed, 2 usage);
#   - nothing on stdout;
#   - the database unchanged: `sqlite3 .dump` and integrity_check equal
#     before and after where notulist opened the file read-write ("dump"),
#     or the same bytes and no -wal/-shm/-journal left beside it for files
#     it must refuse without writing anything ("sha"), or the same kind of
#     file with nothing made beside it for a directory, FIFO or device given
#     as the database ("same"), or no database made at all ("none"); and a
#     device, FIFO or directory given as an output (set-ups set $TARGET) is
#     still what it was.
# Rows run in $T: paths in a row are relative to it (a row's words are
# fixed when the table is read, before $T or $DB exist).
# Rows that need a mount namespace (read-only bind mounts, a small tmpfs
# for disk full) or root (to act as nobody) report "# SKIP reason" where
# that is not allowed.  Cases that are not a single failing command (a lock
# that is waited for, two writers at once, a board whose file disappears)
# are t_ functions below the table.
. "$(dirname "$0")/../lib/tap.sh"
. "$(dirname "$0")/../lib/tmux.sh"

LONG=$(printf 'x%.0s' $(seq 1 10000))
ESC=$'Zo\033[31m\xc3\xab'
NEWLINE=$'Zo\xc3\xab\nde Vries'
BAD_UTF8=$'Zo\xff de Vries'
ZOE="Zoë de Vries"

# ---- the checker ------------------------------------------------------------

# fault EXIT GUARD SETUP EXPECT COMMAND...: the row checker.
fault() {
	local want=$1 guard=$2 setup=$3 expect=$4
	shift 4
	"$setup"
	guard_before "$guard"
	run "$@"
	expect_rc "$want"
	expect_err_line "$expect"
	expect_printable_err
	[ -z "$out" ] || fail "stdout is not empty"
	guard_after "$guard"
}

expect_printable_err() {
	if printf '%s' "$err" | LC_ALL=C grep -q '[[:cntrl:]]'; then
		fail "stderr holds control characters"
	fi
}

# The contents and health of a database, for before/after comparison.
db_state() {
	sqlite3 "$1" .dump "PRAGMA integrity_check" 2>&1
}

# Files SQLite may leave beside a database.
siblings() {
	local s
	for s in -wal -shm -journal; do
		[ -e "$1$s" ] && echo "$1$s"
	done
}

# Set-ups that take a permission away from the tests' own user (when not
# root) set RELAX and RESTRICT, so that the guard can read the database.
relax() { [ -z "${RELAX:-}" ] || eval "$RELAX"; }
restrict() { [ -z "${RESTRICT:-}" ] || eval "$RESTRICT"; }

guard_before() {
	relax
	case $1 in
	dump) STATE_BEFORE=$(db_state "$DB") ;;
	sha) SHA_BEFORE=$(checksum "$DB") ;;
	same) TYPE_BEFORE=$(stat -c %F "$DB") ;;
	none) ;;
	*) fail "unknown guard $1" ;;
	esac
	SIBLINGS_BEFORE=$(siblings "$DB")
	TARGET_TYPE=""
	[ -z "${TARGET:-}" ] || TARGET_TYPE=$(stat -c %F "$TARGET")
	restrict
}

guard_after() {
	local state
	relax
	if [ -n "${TARGET:-}" ] && [ "$(stat -c %F "$TARGET")" != "$TARGET_TYPE" ]; then
		fail "$TARGET is no longer a $TARGET_TYPE"
	fi
	case $1 in
	dump)
		state=$(db_state "$DB")
		[ "$state" = "$STATE_BEFORE" ] || fail "the database changed" \
			"$(diff <(echo "$STATE_BEFORE") <(echo "$state") | head -5)"
		[ "$(echo "$state" | tail -1)" = ok ] || fail "integrity: $state"
		return ;;
	sha) [ "$(checksum "$DB")" = "$SHA_BEFORE" ] || fail "the file changed" ;;
	same) [ "$(stat -c %F "$DB")" = "$TYPE_BEFORE" ] ||
		fail "$DB is no longer a $TYPE_BEFORE" ;;
	none) [ ! -e "$DB" ] || fail "a database was made at $DB" ;;
	esac
	[ "$(siblings "$DB")" = "$SIBLINGS_BEFORE" ] ||
		fail "files left beside the database: $(siblings "$DB")"
}

# ---- set-ups ----------------------------------------------------------------

demo_db() { NOTULIST_NOW="2026-03-10 13:00:00" nl_ok init --demo; }

open_db() { demo_db; nl_ok meeting open 1; }
# A meeting on the evening before summer time starts (2026-03-29).
spring_db() { demo_db; nl_ok meeting add 2026-03-28 23:00; }
no_db() { :; }
empty_file() { : >"$DB"; }
default_home() { unset XDG_DATA_HOME; DB=$T/home/.local/share/notulist/notulist.db; }
text_file() { printf 'naam;gemeente\nZoë;Capelle\n' >"$DB"; }
other_program() { sqlite3 "$DB" "CREATE TABLE recipes (name TEXT)"; }
truncated() { demo_db; head -c 5000 "$DB" >"$T/cut" && mv "$T/cut" "$DB"; }
newer_schema() { demo_db; sqlite3 "$DB" "PRAGMA user_version = 99"; }
no_version() { demo_db; sqlite3 "$DB" "PRAGMA user_version = 0"; }
directory() { DB=$T/a-directory; mkdir "$DB"; }
fifo() { DB=$T/a-fifo; mkfifo "$DB"; }
# As root a regression would litter /dev (an old notulist wrote
# /dev/null-journal), so root gets a null device of its own.
dev_null() {
	DB=/dev/null
	if [ "$(id -u)" = 0 ]; then
		mknod "$T/null" c 1 3 && chmod 666 "$T/null" && DB=$T/null
	fi
}
symlink_loop() { DB=$T/loop1; ln -s loop2 "$T/loop1"; ln -s loop1 "$T/loop2"; }
missing_dir() { DB=$T/no/such/dir/notulist.db; }
dangling_symlink() { DB=$T/link.db; ln -s "$T/nowhere/notulist.db" "$DB"; }

# Files of another user (root gives them to nobody; others cannot).
give_away() {
	[ "$(id -u)" = 0 ] || skip "giving a file to another user needs root"
	chown 65534:65534 "$@"
}
foreign_empty_file() { : >"$DB"; chmod 666 "$DB"; give_away "$DB"; }
foreign_database() { demo_db; give_away "$DB"; }
foreign_wal() { demo_db; : >"$DB-wal"; chmod 666 "$DB-wal"; give_away "$DB-wal"; }

# Outputs that are not files: the report may write into /dev/full (and
# fail), a backup must never be renamed over a device, FIFO or directory.
# The device is made here rather than risking the system's /dev/full.
demo_to_dev_full() { demo_db; TARGET=/dev/full; }
open_to_dev_full() { open_db; TARGET=/dev/full; }
to_device() {
	[ "$(id -u)" = 0 ] || skip "making a device node needs root"
	demo_db
	TARGET=$T/device
	mknod "$TARGET" c 1 7 || skip "mknod is not allowed here"
}
to_fifo() { demo_db; TARGET=$T/fifo; mkfifo "$TARGET"; }
to_directory() { demo_db; TARGET=$T/directory; mkdir "$TARGET"; }
to_socket() {
	demo_db
	TARGET=$T/socket
	/usr/bin/python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$TARGET"
}
# A symbolic link at the output path: to a file elsewhere, to nothing, or
# to the database itself.
to_link() { demo_db; TARGET=$T/notulen.md; echo echt >"$T/echt.md"; ln -s echt.md "$TARGET"; }
to_dangling_link() { demo_db; TARGET=$T/notulen.md; ln -s nowhere.md "$TARGET"; }
to_link_to_db() { demo_db; TARGET=$T/notulen.md; ln -s "$DB" "$TARGET"; }
# The database under a second name (a hard link) and in another spelling.
to_hard_link() { demo_db; ln "$DB" "$T/kopie.db"; }
nl_backup_to_target() { timeout 60 "$NL" -d "$DB" backup "$TARGET"; }
nl_in_subdir() { mkdir -p "$T/sub" && "$NL" -d "$DB" "$@"; }
# Writing into a FIFO nobody reads blocks for ever: a regression must
# fail the row, not hang the suite.
nl_timed() { timeout 60 "$NL" -d "$DB" "$@"; }

# The root page of the person table filled with garbage: every command that
# looks a person up trips over it.
corrupt_page() {
	demo_db
	local page
	page=$(sqlite3 "$DB" "SELECT rootpage FROM sqlite_master WHERE name = 'person'")
	head -c 4096 /dev/zero | tr '\0' 'U' |
		dd of="$DB" bs=4096 seek=$((page - 1)) conv=notrunc 2>/dev/null
}

home_unset() { unset HOME XDG_DATA_HOME; DB=$T/home/.local/share/notulist/notulist.db; }
home_empty() { export HOME="" XDG_DATA_HOME=""; DB=$T/home/.local/share/notulist/notulist.db; }
home_is_file() {
	printf 'not a directory\n' >"$T/home-file"
	export HOME=$T/home-file
	unset XDG_DATA_HOME
	DB=$T/home-file/.local/share/notulist/notulist.db
}
xdg_under_file() {
	printf 'not a directory\n' >"$T/xdg-file"
	export XDG_DATA_HOME=$T/xdg-file/data
	DB=$T/xdg-file/data/notulist/notulist.db
}

# ---- commands under special conditions --------------------------------------

# notulist with the default database (no -d), for the HOME/XDG rows.
nl_default() { "$NL" "$@"; }
nl_here() { "$NL" -d notulist.db "$@"; }
nl_piped() { echo | "$NL" -d "$DB" "$@"; }
nl_env_db() { NOTULIST_DB=$DB "$NL" "$@"; }

# Closes standard output before notulist starts.
nl_closed_stdout() { "$NL" -d "$DB" "$@" >&-; }
nl_dev_full() { "$NL" -d "$DB" "$@" >/dev/full; }
# In Amsterdam on the morning after the clocks went forward.
nl_amsterdam() {
	TZ=Europe/Amsterdam NOTULIST_NOW="2026-03-29 09:00:00" "$NL" -d "$DB" "$@"
}

# A terminal for the board: stdin and stdout are a pseudo-terminal (script),
# stderr goes to a file that is then shown as this function's stderr.
nl_on_tty() {
	local env_args=("$@")
	command -v script >/dev/null || skip "script(1) is not installed"
	script -qec "$(printf '%q ' env "${env_args[@]}" "$NL" -d "$DB") 2>$T/.tty-err" \
		/dev/null >"$T/.tty-out"
	local rc=$?
	cat "$T/.tty-err" >&2
	# What the board drew before failing, minus the terminal's newline
	# conversions, is the stdout of this row.
	tr -d '\r' <"$T/.tty-out"
	return $rc
}

# Mount namespaces: root gets one directly, anyone else through a user
# namespace (unshare -r); where neither is allowed the row is skipped.
ns_flags() {
	if [ "$(id -u)" = 0 ]; then echo -m; else echo -rm; fi
}
need_mount_ns() {
	unshare "$(ns_flags)" true 2>/dev/null ||
		skip "no mount namespace allowed here (unshare $(ns_flags))"
}

# ro_bind PATH ARGS...: notulist ARGS on $DB with PATH (the file or its
# directory) bind-mounted read-only, as root.
ro_bind() {
	local path=$1
	shift
	need_mount_ns
	unshare "$(ns_flags)" sh -c \
		'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" &&
		 shift && exec "$@"' _ "$path" "$NL" -d "$DB" "$@"
}
ro_file() { ro_bind "$DB" "$@"; }
ro_dir() { ro_bind "$(dirname "$DB")" "$@"; }

# as_nobody ARGS...: notulist ARGS run as the unprivileged user nobody when
# the tests run as root (root ignores file modes); as themselves otherwise.
as_nobody() {
	if [ "$(id -u)" = 0 ]; then
		command -v setpriv >/dev/null || skip "setpriv is not installed"
		setpriv --reuid=65534 --regid=65534 --clear-groups \
			"$NL" -d "$DB" "$@"
	else
		"$NL" -d "$DB" "$@"
	fi
}

# A directory that nobody can reach (the test directories are mode 0700).
nobody_dir() {
	chmod 711 "$TEST_TMP_ROOT" "$T"
	mkdir -m 755 "$T/nb"
	demo_db
	nl_ok meeting open 1
	mv "$DB" "$T/nb/notulist.db"
	DB=$T/nb/notulist.db
	# nobody's own database: another user's is refused outright.
	[ "$(id -u)" != 0 ] || chown 65534:65534 "$DB"
}
nobody_ro_file() {
	nobody_dir
	chmod 400 "$DB"
	chmod 777 "$T/nb"  # the directory stays writable for nobody
}
nobody_ro_dir() {
	nobody_dir
	if [ "$(id -u)" = 0 ]; then
		chown 65534:65534 "$DB"
	else
		RELAX='chmod 755 "$T/nb"' RESTRICT='chmod 555 "$T/nb"'
		restrict
	fi
}
nobody_unreadable() {
	nobody_dir
	if [ "$(id -u)" = 0 ]; then
		chmod 000 "$DB"
	else
		RELAX='chmod 600 "$DB"' RESTRICT='chmod 000 "$DB"'
		restrict
	fi
}

# fault_full FREE_KIB EXPECT ARGS...: notulist ARGS on a copy of the demo
# database on a 512 KiB tmpfs that has FREE_KIB left; "new" as the first of
# ARGS makes notulist create a new database there instead.
fault_full() {
	local free=$1 expect=$2
	shift 2
	need_mount_ns
	local new=false
	if [ "$1" = new ]; then new=true; shift; else open_db; fi
	mkdir "$T/full" "$T/after"
	[ $new = true ] || STATE_BEFORE=$(db_state "$DB")
	unshare "$(ns_flags)" bash -c '
		set -u
		T=$1 DB=$2 NL=$3 free=$4 new=$5; shift 5
		mount -t tmpfs -o size=512k,mode=0700 tmpfs "$T/full" || exit 99
		[ "$new" = true ] || cp "$DB" "$T/full/notulist.db"
		avail=$(df --output=avail -k "$T/full" | tail -1)
		fill=$((avail - free))
		[ "$fill" -le 0 ] || head -c "${fill}k" /dev/zero >"$T/full/fill" 2>/dev/null
		"$NL" -d "$T/full/notulist.db" "$@" >"$T/.out" 2>"$T/.err"
		rc=$?
		cp -p "$T/full"/notulist.db* "$T/after/" 2>/dev/null
		exit $rc' _ "$T" "$DB" "$NL" "$free" "$new" "$@" </dev/null
	rc=$?
	[ "$rc" != 99 ] || skip "cannot mount a tmpfs here"
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
	expect_rc 1
	expect_err_line "$expect"
	expect_printable_err
	[ -z "$out" ] || fail "stdout is not empty"
	if [ $new = true ]; then
		[ -z "$(ls "$T/after")" ] || fail "files left: $(ls "$T/after")"
		return
	fi
	local state
	state=$(db_state "$T/after/notulist.db")
	[ "$state" = "$STATE_BEFORE" ] || fail "the database changed"
}

# hold_lock SECONDS: another program takes the write lock on $DB and keeps
# it; returns once the lock is held (the holder says so with a file, so no
# probe of ours can take the lock from under it).
hold_lock() {
	rm -f -- "$T/.locked"
	{ echo '.timeout 5000'; echo 'BEGIN IMMEDIATE;'
	  echo ".shell touch '$T/.locked' && sleep $1"; echo 'ROLLBACK;'; } |
		sqlite3 -bail "$DB" >/dev/null 2>&1 &
	HOLDER=$!
	local deadline=$((SECONDS + 5))
	until [ -e "$T/.locked" ]; do
		[ $SECONDS -le $deadline ] || fail "the lock holder never took the lock"
		sleep 0.02
	done
}

# hold_reader: another program keeps a read transaction open on $DB, so
# the WAL is neither folded into the database nor removed, until the test
# kills $READER; returns once the transaction is open.
hold_reader() {
	{ echo 'BEGIN; SELECT count(*) FROM person;'
	  echo ".shell touch '$T/.reading' && sleep 30"; } |
		sqlite3 -bail "$DB" >/dev/null 2>&1 &
	READER=$!
	local deadline=$((SECONDS + 5))
	until [ -e "$T/.reading" ]; do
		[ $SECONDS -le $deadline ] || fail "the reader never started"
		sleep 0.02
	done
}

# fault_locked: a writer holds the lock for 7 s, longer than the 5 s busy
# timeout: the check-in gives up after about 5 s with a clear message.
fault_locked() {
	open_db
	STATE_BEFORE=$(db_state "$DB")
	hold_lock 7
	local start end
	start=$(date +%s%N)
	run nl checkin 1 "$ZOE"
	end=$(date +%s%N)
	wait "$HOLDER"
	expect_rc 1
	expect_err_line "database is busy (another program is writing to it); try again"
	[ -z "$out" ] || fail "stdout is not empty"
	local ms=$(((end - start) / 1000000))
	[ $ms -ge 4500 ] && [ $ms -le 6800 ] || fail "gave up after $ms ms"
	guard_after dump
}

# ---- the table ----------------------------------------------------------------
#    name                       exit guard setup          stderr contains …                         command

# Files that are not notulist's database
row text_file                   fault 1 sha  text_file     "not a notulist database (not an SQLite file)" nl status
row other_programs_sqlite_file  fault 1 sha  other_program "not a notulist database (an SQLite database of another program)" nl member list
row truncated_file              fault 1 sha  truncated     "database file is corrupt" nl member list
row corrupt_page_status         fault 1 sha  corrupt_page  "database file is corrupt (database disk image is malformed)" nl status 1
row corrupt_page_checkin        fault 1 sha  corrupt_page  "database file is corrupt (database disk image is malformed)" nl checkin 1 "$ZOE"
row newer_schema_version        fault 1 sha  newer_schema  "database has schema version 99, newer than this notulist supports (10); upgrade notulist" nl member list
row no_schema_version           fault 1 sha  no_version    "notulist database without a schema version; it is damaged" nl checkin 1 "$ZOE"
row directory_as_database       fault 1 same directory     "is a directory, not a database file" nl status
row fifo_as_database            fault 1 same fifo          "is a FIFO, not a database file" nl status
row dev_null_as_database        fault 1 same dev_null      "null: is a device, not a database file" nl init
row notulist_db_is_a_directory  fault 1 same directory     "is a directory, not a database file" nl_env_db member list
row symlink_loop                fault 1 none symlink_loop  "loop1: Too many levels of symbolic links" nl status
row dangling_symlink            fault 1 none dangling_symlink "link.db; create one with notulist init" nl status
row dangling_symlink_init       fault 1 none dangling_symlink "link.db: No such file or directory" nl init
row missing_directory           fault 1 none missing_dir   "no/such/dir/notulist.db: No such file or directory" nl init
row empty_database_name         fault 2 none no_db         "-d needs a file" "$NL" -d "" status

# Read commands never create a database: a mistyped -d says there is none
# (nl_here names the database as typed, relative to $T)
NO_DB="notulist.db; create one with notulist init"
row status_without_database     fault 1 none no_db         "notulist: no database at $NO_DB" nl_here status
row check_without_database      fault 3 none no_db         "notulist: no database at $NO_DB" nl_here check
row report_without_database     fault 1 none no_db         "notulist: no database at $NO_DB" nl_here report
row minutes_without_database    fault 1 none no_db         "notulist: no database at $NO_DB" nl_here minutes 1
row export_att_without_database fault 1 none no_db         "notulist: no database at $NO_DB" nl_here export attendance
row export_quo_without_database fault 1 none no_db         "notulist: no database at $NO_DB" nl_here export quorum 1
row export_act_without_database fault 1 none no_db         "notulist: no database at $NO_DB" nl_here export actions
row member_list_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here member list
row municipality_list_no_db     fault 1 none no_db         "notulist: no database at $NO_DB" nl_here municipality list
row meeting_list_without_db     fault 1 none no_db         "notulist: no database at $NO_DB" nl_here meeting list
row agenda_list_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here agenda list 1
row agenda_show_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here agenda show 1 1
row action_list_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here action list
row advice_list_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here advice list
row backup_without_database     fault 1 none no_db         "notulist: no database at $NO_DB" nl_here backup copy.db
row config_get_without_database fault 1 none no_db         "notulist: no database at $NO_DB" nl_here config get quorum_min
row config_list_without_db      fault 1 none no_db         "notulist: no database at $NO_DB" nl_here config list
row status_of_an_empty_file     fault 1 sha  empty_file    "notulist: no database at $NO_DB" nl_here status
row default_db_read_makes_no_dir fault 1 none default_home "home/.local/share/notulist/notulist.db; create one with notulist init" nl_default status

# Someone else's database, also an empty file planted in a shared folder,
# or a -wal beside ours that another user made
row foreign_empty_file_init     fault 1 sha  foreign_empty_file "notulist.db belongs to another user (uid 65534); notulist opens only a database of your own" nl init
row foreign_empty_file_status   fault 1 sha  foreign_empty_file "notulist.db belongs to another user (uid 65534)" nl status
row foreign_empty_file_add      fault 1 sha  foreign_empty_file "notulist.db belongs to another user (uid 65534)" nl municipality add Zuidplas
row foreign_database_status     fault 1 sha  foreign_database "notulist.db belongs to another user (uid 65534)" nl status
row foreign_database_checkin    fault 1 sha  foreign_database "notulist.db belongs to another user (uid 65534)" nl checkin 1 "$ZOE"
row foreign_wal_beside_ours     fault 1 sha  foreign_wal   "notulist.db-wal belongs to another user (uid 65534)" nl member list

# Read-only and unreadable: as root through read-only bind mounts, as nobody
# through file modes
row read_only_file_root         fault 1 dump open_db       "database is read-only; nothing was saved" ro_file checkin 1 "$ZOE"
row read_only_dir_root          fault 1 dump open_db       "is not writable (Read-only file system); notulist keeps the -wal and -shm files there" ro_dir checkin 1 "$ZOE"
row read_only_file_nobody       fault 1 dump nobody_ro_file "database is read-only; nothing was saved" as_nobody checkin 1 "$ZOE"
row read_only_dir_nobody        fault 1 dump nobody_ro_dir "nb is not writable (Permission denied); notulist keeps the -wal and -shm files there" as_nobody checkin 1 "$ZOE"
row unreadable_file_nobody      fault 1 dump nobody_unreadable "cannot open the database (Permission denied)" as_nobody status

# Another writer holds the lock past the busy timeout
row locked_past_busy_timeout    fault_locked

# Disk full: a 512 KiB tmpfs with nothing or 36 KiB left
row disk_full_0k_checkin        fault_full 0  "disk or database full; nothing was saved" checkin 1 "$ZOE"
row disk_full_36k_checkin       fault_full 36 "disk or database full; nothing was saved" checkin 1 "$ZOE"
row disk_full_0k_member_add     fault_full 0  "disk or database full; nothing was saved" member add "Nieuw Lid" --municipality Zuidplas
row disk_full_36k_member_add    fault_full 36 "disk or database full; nothing was saved" member add "Nieuw Lid" --municipality Zuidplas
row disk_full_0k_new_database   fault_full 0  "disk or database full; nothing was saved" new init
row disk_full_36k_new_database  fault_full 36 "disk or database full; nothing was saved" new init

# Output that cannot be written
row status_to_dev_full          fault 1 dump open_to_dev_full "cannot write the output (No space left on device)" nl_dev_full status
row member_list_to_dev_full     fault 1 dump demo_to_dev_full "cannot write the output (No space left on device)" nl_dev_full member list
row status_with_closed_stdout   fault 1 dump open_db       "cannot write the output (Bad file descriptor)" nl_closed_stdout status

# Outputs onto the database: -o and backup refuse the database and the
# files SQLite keeps beside it, by name (the -wal need not exist yet) and
# by device and inode (a hard or symbolic link is the database too)
row minutes_onto_the_database   fault 1 dump demo_db       "notulist.db is the database itself; name another file" nl minutes 1 -o notulist.db
row report_onto_the_database    fault 1 dump demo_db       "notulist.db is the database itself; name another file" nl report -o notulist.db
row export_onto_the_database    fault 1 dump demo_db       "notulist.db is the database itself; name another file" nl export attendance -o ./notulist.db
row export_quorum_onto_the_db   fault 1 dump demo_db       "is the database itself" nl_in_subdir export quorum 1 -o sub/../notulist.db
row export_actions_onto_the_db  fault 1 dump demo_db       "is the database itself" nl export actions -o notulist.db
row minutes_onto_a_hard_link    fault 1 dump to_hard_link  "kopie.db is the database itself; name another file" nl minutes 1 -o kopie.db
row minutes_onto_a_link_to_db   fault 1 dump to_link_to_db "notulen.md is the database itself; name another file" nl minutes 1 -o notulen.md
row report_onto_the_wal         fault 1 dump demo_db       "notulist.db-wal is the -wal file of the database" nl report -o notulist.db-wal
row minutes_onto_the_shm        fault 1 dump demo_db       "is the -shm file of the database" nl minutes 1 -o notulist.db-shm
row export_onto_the_journal     fault 1 dump demo_db       "is the -journal file of the database" nl export actions -o notulist.db-journal
row backup_onto_the_database    fault 1 dump demo_db       "notulist.db is the database itself; name another file" nl backup notulist.db
row backup_onto_a_hard_link     fault 1 dump to_hard_link  "kopie.db is the database itself" nl backup kopie.db
row backup_onto_the_wal         fault 1 dump demo_db       "notulist.db-wal is the -wal file of the database" nl backup notulist.db-wal
row backup_onto_the_shm         fault 1 dump demo_db       "is the -shm file of the database" nl backup notulist.db-shm

# Outputs that are not regular files: refused, never written into or
# replaced; a link is refused with where it points
row report_to_dev_full          fault 1 dump demo_to_dev_full "/dev/full is a device, not a file; name a regular file" nl report -o /dev/full
row export_to_dev_full          fault 1 dump demo_to_dev_full "/dev/full is a device, not a file; name a regular file" nl export attendance -o /dev/full
row minutes_to_a_device         fault 1 dump to_device     "device is a device, not a file" nl minutes 1 -o device
row report_to_a_fifo            fault 1 dump to_fifo       "fifo is a FIFO, not a file; name a regular file" nl_timed report -o fifo
row export_to_a_fifo            fault 1 dump to_fifo       "fifo is a FIFO, not a file" nl_timed export actions -o fifo
row minutes_to_a_socket         fault 1 dump to_socket     "socket is a socket, not a file" nl minutes 1 -o socket
row report_to_a_directory       fault 1 dump to_directory  "directory is a directory, not a file" nl report -o directory
row minutes_to_a_link           fault 1 dump to_link       "notulen.md is a symbolic link to echt.md; give the real path" nl minutes 1 -o notulen.md
row report_to_a_dangling_link   fault 1 dump to_dangling_link "notulen.md is a symbolic link to nowhere.md; give the real path" nl report -o notulen.md
row export_to_a_link            fault 1 dump to_link       "is a symbolic link to echt.md; give the real path" nl export attendance -o notulen.md
row backup_to_a_device          fault 1 dump to_device     "device is a device, not a file; name a regular file" nl_backup_to_target
row backup_to_a_fifo            fault 1 dump to_fifo       "fifo is a FIFO, not a file; name a regular file" nl_backup_to_target
row backup_to_a_directory       fault 1 dump to_directory  "directory is a directory, not a file; name a regular file" nl_backup_to_target
row backup_to_a_link            fault 1 dump to_link       "notulen.md is a symbolic link to echt.md; give the real path" nl_backup_to_target
row backup_to_stdout            fault 2 dump demo_db       "a database cannot go to standard output; name a file" nl backup -

# No place for the default database
row no_home_no_xdg              fault 1 none home_unset    "no place for the database: neither XDG_DATA_HOME nor HOME is set; use -d FILE or NOTULIST_DB" nl_default member list
row empty_home_and_xdg          fault 1 none home_empty    "neither XDG_DATA_HOME nor HOME is set" nl_default member list
row home_is_a_file              fault 1 none home_is_file  "home-file/.local/share/notulist/notulist.db: Not a directory" nl_default member list
row home_is_a_file_init         fault 1 none home_is_file  "home-file/.local: Not a directory" nl_default init
row xdg_data_home_under_a_file  fault 1 none xdg_under_file "xdg-file/data/notulist/notulist.db: Not a directory" nl_default member list
row xdg_under_a_file_init       fault 1 none xdg_under_file "xdg-file/data: Not a directory" nl_default init

# Dates and times that do not exist
row meeting_add_february_30     fault 1 dump demo_db       '"2026-02-30" is not a date YYYY-MM-DD' nl meeting add 2026-02-30
row meeting_add_24_00           fault 1 dump demo_db       '"24:00" is not a time HH:MM (00:00-23:59)' nl meeting add 2026-04-01 24:00
row meeting_add_7pm             fault 1 dump demo_db       '"7pm" is not a time HH:MM (00:00-23:59)' nl meeting add 2026-04-01 7pm
row checkin_at_24_00            fault 2 dump open_db       '--at "24:00" is not a time HH:MM (00:00-23:59)' nl checkin 1 "$ZOE" --at 24:00
row checkin_at_7pm              fault 2 dump open_db       '--at "7pm" is not a time HH:MM (00:00-23:59)' nl checkin 1 "$ZOE" --at 7pm
row checkin_at_with_newline     fault 2 dump open_db       '--at "14:30\n" is not a time HH:MM' nl checkin 1 "$ZOE" --at $'14:30\n'
row close_at_24_00              fault 2 dump open_db       '--at "24:00" is not a time HH:MM (00:00-23:59)' nl meeting close 1 --at 24:00
row meeting_named_february_30   fault 1 dump open_db       '"2026-02-30" is not a meeting id or a date (YYYY-MM-DD)' nl checkin 2026-02-30 "$ZOE"
row checkin_at_skipped_hour     fault 1 dump spring_db     "2026-03-29 02:30 does not exist: the clocks were put forward that night; did you mean 03:30?" nl_amsterdam checkin 2 "$ZOE" --at 02:30
row checkout_at_skipped_full    fault 1 dump spring_db     "2026-03-29 02:00 does not exist: the clocks were put forward that night; did you mean 03:00?" nl_amsterdam checkout 2 "$ZOE" --at 2026-03-29T02:00
row checkin_at_outside_night    fault 1 dump open_db       "2026-03-12T10:00 is not during meeting 1: give a time from 2026-03-10 00:00 to 2026-03-11 06:00" nl checkin 1 "$ZOE" --at 2026-03-12T10:00
row close_at_in_the_future      fault 1 dump open_db       "that time is in the future; a meeting is closed when it ends" nl meeting close 1 --at 23:00
row advice_due_past_9999        fault 1 dump demo_db       "an advice sent on 9999-12-30 would be due after 9999-12-31 (6 weeks later); give the date it is due" nl advice add Brieven --kind solicited --sent 9999-12-30

# A malformed option value is a usage error (2) in every command; in check
# (Monitoring Plugins) it is UNKNOWN (3)
row report_year_abc             fault 2 dump demo_db       'notulist report: --year "abc" is not a year YYYY; usage: notulist report' nl report --year abc
row check_year_abc              fault 3 dump demo_db       'notulist check: --year "abc" is not a year YYYY; usage:' nl check --year abc
row meeting_list_year_abc       fault 2 dump demo_db       '--year "abc" is not a year YYYY; usage: notulist meeting list' nl meeting list --year abc
row export_year_abc             fault 2 dump demo_db       '--year "abc" is not a year YYYY; usage:' nl export attendance --year abc
row export_from_not_a_date      fault 2 dump demo_db       '--from "gisteren" is not a date YYYY-MM-DD; usage:' nl export attendance --from gisteren
row export_meeting_abc          fault 2 dump demo_db       '"abc" is not a meeting id or a date (YYYY-MM-DD); usage:' nl export attendance --meeting abc
row export_delimiter_pipe       fault 2 dump demo_db       "--delimiter must be ',', ';' or tab, not \"|\"; usage:" nl export actions --delimiter '|'
row action_list_meeting_abc     fault 2 dump demo_db       '"abc" is not a meeting id or a date (YYYY-MM-DD); usage:' nl action list --meeting abc
row action_add_due_13th_month   fault 2 dump demo_db       '--due "2026-13-01" is not a date YYYY-MM-DD; usage:' nl action add 1 "Bellen" --due 2026-13-01
row action_add_item_x           fault 2 dump demo_db       '"x" is not an agenda position (1, 2, …); usage:' nl action add 1 "Bellen" --item x
row advice_add_kind_maybe       fault 2 dump demo_db       'unknown kind "maybe" (solicited, unsolicited); usage:' nl advice add "Brieven" --kind maybe
row advice_add_sent_not_a_date  fault 2 dump demo_db       '--sent "maandag" is not a date YYYY-MM-DD; usage:' nl advice add "Brieven" --kind solicited --sent maandag
row advice_answer_on_not_a_date fault 2 dump demo_db       '--on "morgen" is not a date YYYY-MM-DD; usage:' nl advice answer 1 --on morgen "Ja"
row meeting_approve_on_x        fault 2 dump demo_db       '--on "x" is not a date YYYY-MM-DD; usage:' nl meeting approve 1 --on x
row meeting_add_quorum_zero     fault 2 dump demo_db       '--quorum "0" is not a number from 1 to 1000; usage:' nl meeting add 2026-04-01 --quorum 0
row municipality_weight_minus   fault 2 dump demo_db       '--weight "-1" is not a number above 0; usage:' nl municipality add Ouderkerk --weight -1
row member_add_role_boss        fault 2 dump demo_db       'unknown role "boss" (client, representative, chair, secretary, official, asd, guest, stand-in); usage:' nl member add "Nieuw Lid" --municipality Zuidplas --role boss
row agenda_add_topic_weather    fault 2 dump demo_db       'unknown topic "weather" (letters, treatment, agreements, other); usage:' nl agenda add 1 "Het weer" --topic weather
row agenda_edit_topic_weather   fault 2 dump demo_db       'unknown topic "weather"' nl agenda edit 1 1 --topic weather
row option_without_its_value    fault 2 dump demo_db       'option --year needs a value; usage: notulist report' nl report --year

# An irreversible step is not taken for a script or a pipe that cannot
# answer the question: member erase without --yes and without a terminal
row member_erase_from_a_pipe    fault 2 dump demo_db       "notulist member erase: add --yes to erase without asking; usage: notulist member erase PERSON [--yes]" nl_piped member erase "$ZOE"
row member_erase_without_stdin  fault 2 dump demo_db       "add --yes to erase without asking" nl member erase 1

# Names with control characters, line breaks, invalid UTF-8, 10,000 characters
row member_name_with_escape     fault 1 dump demo_db       "name contains a control character" nl member add "$ESC" --municipality Zuidplas
row member_name_with_newline    fault 1 dump demo_db       "name contains a control character" nl member add "$NEWLINE" --municipality Zuidplas
row member_name_invalid_utf8    fault 1 dump demo_db       "name is not valid UTF-8" nl member add "$BAD_UTF8" --municipality Zuidplas
row member_name_10000_chars     fault 1 dump demo_db       "name is too long" nl member add "$LONG" --municipality Zuidplas
row municipality_with_escape    fault 1 dump demo_db       "contains a control character" nl municipality add "$ESC"
row checkin_name_with_escape    fault 1 dump open_db       'no person named "Zo\x1b[31më"' nl checkin 1 "$ESC"
row checkin_name_with_newline   fault 1 dump open_db       'no person named "Zoë\nde Vries"' nl checkin 1 "$NEWLINE"
row checkin_name_invalid_utf8   fault 1 dump open_db       'no person named "Zo\xff de Vries"' nl checkin 1 "$BAD_UTF8"
row checkin_name_10000_chars    fault 1 dump open_db       "person name is too long" nl checkin 1 "$LONG"
row command_word_with_escape    fault 2 dump demo_db       'unknown command "Zo\x1b[31më"' nl "$ESC"
row subcommand_with_newline     fault 2 dump demo_db       'notulist member: unknown subcommand "Zoë\nde Vries"' nl member "$NEWLINE"
row option_invalid_utf8         fault 2 dump demo_db       'unknown option --Zo\xff' nl status $'--Zo\xff'

# Names that look alike: one person twice (NFC and NFD), names of nothing
# visible, right-to-left overrides, the pseudonym of an erased person
row member_nfd_beside_nfc       fault 1 dump demo_db       "already a member: 1 $ZOE (Capelle aan den IJssel)" nl member add $'Zoe\xcc\x88 de Vries' --municipality "Capelle aan den IJssel"
row member_other_case_beside    fault 1 dump demo_db       "already a member: 1 $ZOE" nl member add "ZOË DE VRIES" --municipality "Capelle aan den IJssel"
row member_zero_width_beside    fault 1 dump demo_db       "already a member: 1 $ZOE" nl member add $'Zo\xc3\xab\xe2\x80\x8b de Vries' --municipality "Capelle aan den IJssel"
row member_fullwidth_beside     fault 1 dump demo_db       "already a member: 1 $ZOE" nl member add $'\xef\xbc\xba\xef\xbd\x8f\xc3\xab de Vries' --municipality "Capelle aan den IJssel"
row member_only_joiners         fault 1 dump demo_db       "name has no visible character" nl member add $'\xe2\x80\x8d\xe2\x80\x8c' --municipality Zuidplas
row member_only_hangul_filler   fault 1 dump demo_db       "name has no visible character" nl member add $'\xe3\x85\xa4\xe3\x85\xa4' --municipality Zuidplas
row member_only_braille_blank   fault 1 dump demo_db       "name has no visible character" nl member add $'\xe2\xa0\x80' --municipality Zuidplas
row member_right_to_left_override fault 1 dump demo_db     "name contains a bidirectional control character (such as U+202E)" nl member add $'Jan \xe2\x80\xaesnesnaJ' --municipality Zuidplas
row member_isolate              fault 1 dump demo_db       "name contains a bidirectional control character" nl member add $'\xe2\x81\xa7Jan' --municipality Zuidplas
row municipality_override       fault 1 dump demo_db       "municipality name contains a bidirectional control character" nl municipality add $'Zuid\xe2\x80\xaesalp'
row municipality_only_filler    fault 1 dump demo_db       "municipality name has no visible character" nl municipality add $'\xef\xbe\xa0'
row member_named_like_a_pseudonym fault 1 dump demo_db     "name looks like the pseudonym of an erased person (client-0017); choose another" nl member add client-0001 --municipality Zuidplas
row member_like_a_pseudonym_en_dash fault 1 dump demo_db   "name looks like the pseudonym of an erased person" nl member add $'CLIENT\xe2\x80\x930042' --role guest

# The board without a usable terminal
row board_term_dumb             fault 1 dump open_db       "TERM is unset or dumb" nl_on_tty TERM=dumb
row board_term_unset            fault 1 dump open_db       "TERM is unset or dumb" nl_on_tty -u TERM
row board_term_unknown          fault 1 dump open_db       'cannot use terminal type "no-such-terminal"' nl_on_tty TERM=no-such-terminal
row board_without_terminal      fault 1 dump open_db       "the board needs a terminal; for scripts use the commands" nl

# Text that fools the reader: a database from a predecessor, or edited with
# sqlite3, holds escape sequences (a clipboard write, OSC 52; clear screen),
# C1 controls, bidi overrides, tabs and line breaks in every kind of text.
# Every command that prints stored text shows them as visible escapes.
hostile_db() {
	open_db
	nl_ok checkin 1 "Zoë de Vries"
	nl_ok checkin 1 "Anaïs Bakker"
	nl_ok checkin 1 "Noël Jansen"
	nl_ok agenda add 1 "Brieven"
	nl_ok agenda note 1 1 "Notitie"
	nl_ok agenda decide 1 1 "Besluit"
	nl_ok action add 1 "Navragen" --owner GR --due 2026-03-10
	nl_ok advice add "Advies" --kind solicited --sent 2026-01-01
	sqlite3 "$DB" "
	UPDATE person SET name = 'Zoë' || char(27) || ']52;c;cm0gLXJmIH4=' ||
		char(7) || ' de Vries' WHERE name = 'Zoë de Vries';
	UPDATE person SET name = 'Anaïs' || char(27) || '[2J' || char(9) ||
		'Bakker' || char(10) || 'x' WHERE name = 'Anaïs Bakker';
	UPDATE person SET name = 'Noël ' || char(8238) || 'nesnaJ'
		WHERE name = 'Noël Jansen';
	UPDATE person SET name = 'Margreet' || char(155) || '2J Ooms'
		WHERE name = 'Margreet Ooms';
	UPDATE municipality SET name = 'Capelle' || char(27) || '[31m' ||
		char(8294) || ' aan den IJssel' WHERE id = 1;
	UPDATE meeting SET location = 'Zaal' || char(27) || '[5m 2';
	UPDATE setting SET value = 'GR' || char(8238) || 'x' WHERE key = 'gr_name';
	UPDATE agenda_item SET title = 'Brieven' || char(27) || '[1m' || char(9),
		notes = 'Regel' || char(27) || '[2K' || char(10) || 'twee' ||
			char(9) || 'drie',
		decision = 'Besluit' || char(27) || '[A' || char(8237);
	UPDATE action_item SET description = 'Navragen' || char(27) || '[H' ||
		char(10) || 'meer', owner_text = 'GR' || char(27) || '[7m';
	UPDATE advice SET subject = 'Advies' || char(27) || '[3J' ||
		char(8297);" || fail "sqlite3 failed"
}

# shown EXIT COMMAND...: COMMAND exits EXIT and writes nothing raw to the
# terminal: no C0 control but line ends, no C1, no bidi control; and the
# escape sequences are there, made visible.
shown() {
	local want=$1
	shift
	hostile_db
	run "$@"
	expect_rc "$want"
	local raw='[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]'
	LC_ALL=C sed 's/\r$//' "$T/.out" "$T/.err" | LC_ALL=C grep -qaP "$raw"
	case $? in
	0) fail "raw control characters in the output" \
		"$(LC_ALL=C sed 's/\r$//' "$T/.out" | LC_ALL=C grep -naP "$raw" | head -3)" ;;
	1) ;;
	*) fail "grep failed" ;;
	esac
	case "$out$err" in
	*'\x1b'*|*'\u202e'*|*'\u2066'*|*'\u2069'*|*'\x9b'*) ;;
	*) fail "no visible escape in the output" ;;
	esac
}

row member_list_shows_escapes    shown 0 nl member list
row member_list_all_shows_escapes shown 0 nl member list --all
row municipality_list_shows_escapes shown 0 nl municipality list
row status_shows_escapes         shown 0 nl status 1
row checkin_shows_escapes        shown 0 nl checkin 1 21
row check_shows_escapes          shown 1 nl check
row check_csv_shows_escapes      shown 1 nl check --format csv
row report_shows_escapes         shown 0 nl report
row minutes_shows_escapes        shown 0 nl minutes 1
row export_attendance_shows_escapes shown 0 nl export attendance
row export_actions_shows_escapes shown 0 nl export actions
row meeting_list_shows_escapes   shown 0 nl meeting list
row agenda_list_shows_escapes    shown 0 nl agenda list 1
row agenda_show_shows_escapes    shown 0 nl agenda show 1 1
row action_list_shows_escapes    shown 0 nl action list
row advice_list_shows_escapes    shown 0 nl advice list
row config_get_shows_escapes     shown 0 nl config get gr_name
row config_list_shows_escapes    shown 0 nl config list
row message_about_a_name_shows_escapes shown 1 nl checkin 1 3

# ---- beside the table ----------------------------------------------------------

# A message repeats at most 100 characters of what was typed, escaped,
# then "…" (issue 22): ten thousand characters never flood the terminal.
t_messages_quote_long_input_shortened() {
	demo_db
	run nl "$LONG"
	expect_rc 2
	expect_err_line "unknown command \"$(printf 'x%.0s' $(seq 1 99))…\""
	run nl checkin 1 "$(printf '\033%.0s' $(seq 1 150))"
	expect_rc 1
	expect_err_line "no person named \"$(printf '\\x1b%.0s' $(seq 1 99))…\""
	printf 'naam,%s\nJan,x\n' "$LONG" >cols.csv
	run nl import members cols.csv --dry-run
	expect_err_has "cols.csv:1: unknown column \"$(printf 'x%.0s' $(seq 1 99))…\" is ignored"
	[ "$(printf '%s\n' "$err" | head -1 | wc -c)" -lt 200 ] ||
		fail "the column is not shortened"
}

t_a_lock_held_2s_is_waited_for() {
	open_db
	hold_lock 2
	run nl checkin 1 "$ZOE"
	wait "$HOLDER"
	expect_rc 0
	expect_out_has "Checked in $ZOE"
	run nl status
	expect_out_has "clients present: 1/12"
}

# Two secretaries' laptops are one, but a board and a script are not: two
# processes checking 50 people in each at the same moment lose nobody.
t_two_processes_checking_in_lose_nothing() {
	open_db
	local i half
	for i in $(seq 1 100); do
		nl_ok member add "Lid $(printf %03d "$i")" --municipality Zuidplas
	done
	for half in 0 1; do
		(
			for i in $(seq $((half * 50 + 1)) $((half * 50 + 50))); do
				"$NL" -d "$DB" checkin 1 "Lid $(printf %03d "$i")" >/dev/null ||
					echo "failed: Lid $i"
			done
		) >"$T/writer$half" 2>&1 &
	done
	wait
	[ ! -s "$T/writer0" ] && [ ! -s "$T/writer1" ] ||
		fail "$(cat "$T/writer0" "$T/writer1" | head -3)"
	run sqlite3 "$DB" "SELECT count(DISTINCT person_id) FROM attendance WHERE kind = 'in'"
	expect_out_eq 100
	run sqlite3 "$DB" "PRAGMA integrity_check"
	expect_out_eq ok
}

# The files as a crash leaves them: the acknowledged check-in is still only
# in the WAL (a reader kept it from being folded into the database) and
# nobody closed the database.  The next command reads it back.
t_a_wal_left_by_a_crash_is_recovered() {
	open_db
	hold_reader
	nl_ok checkin 1 "$ZOE"
	[ -s "$DB-wal" ] || fail "no WAL to recover"
	cp "$DB" "$T/copy.db" && cp "$DB-wal" "$T/copy.db-wal"
	kill -9 "$READER"
	wait "$READER" 2>/dev/null
	DB=$T/copy.db
	run nl status
	expect_rc 0
	expect_out_has "clients present: 1/12"
	run sqlite3 "$DB" "PRAGMA integrity_check"
	expect_out_eq ok
}

# No command but the creating ones (init, and those that add to an empty
# database) makes a database, or the default directory, where there is
# none: every command in --help is tried with placeholder arguments.
t_only_creating_commands_make_a_database() {
	local creating=" init|municipality add|member add|import members|meeting add|advice add|config set|config reset "
	local line name args words
	unset XDG_DATA_HOME
	"$NL" --help | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\{0,1\}\)\( .*\)\{0,1\}$/\1|\3/p' >"$T/commands"
	[ "$(wc -l <"$T/commands")" -gt 40 ] || fail "too few commands in --help"
	while IFS='|' read -r name args; do
		case "|$creating|" in *"|$name|"* | *" $name|"* | *"|$name "*) continue ;; esac
		# Each upper-case placeholder ("MEETING", "YYYY-MM-DD") becomes "1".
		words=$(echo "$args" | sed 's/\[[^]]*\]//g' | grep -oE '[A-Z][A-Z.:-]*' | sed 's/.*/1/' | tr '\n' ' ')
		# shellcheck disable=SC2086
		"$NL" -d "$DB" $name $words </dev/null >/dev/null 2>&1
		[ ! -e "$DB" ] || fail "notulist $name $words made a database"
		# shellcheck disable=SC2086
		"$NL" $name $words </dev/null >/dev/null 2>&1
		[ ! -e "$HOME/.local" ] || fail "notulist $name $words made $HOME/.local"
	done <"$T/commands"
}

# A database and WAL of ours that others may read are narrowed to the
# owner, with one line on stderr saying so; the command itself works.
t_our_files_open_to_others_are_narrowed() {
	demo_db
	hold_reader
	chmod 644 "$DB" "$DB-wal" "$DB-shm"
	run nl member list
	kill "$READER"
	wait "$READER" 2>/dev/null
	expect_rc 0
	expect_out_has "Zoë de Vries"
	expect_err_line "notulist: other users had access to $DB, $DB-wal, $DB-shm; now only you have"
	expect_file_mode "$DB" 600
	run nl member list
	expect_empty_err
}

t_a_zero_length_file_becomes_a_database() {
	: >"$DB"
	nl_ok init
	nl_ok member list
}

t_a_read_only_file_can_still_be_read() {
	nobody_ro_file
	run as_nobody status
	expect_rc 0
	expect_out_has "clients present: 0/12"
}

# The board holds the file open; the file is deleted (or a copy is put in
# its place) behind its back.  The next check-in must not be acknowledged.
board_loses_its_file() {
	open_db
	cp "$DB" "$T/other.db"
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present 0 / 12"
	"$@"
	keys / ; type_text "zoe"; keys Enter
	wait_for "database file deleted or replaced while in use; nothing was saved"
	if screen | grep -qF "Checked in"; then
		fail "the board acknowledged a check-in" "$(screen)"
	fi
}

t_a_board_whose_database_is_deleted_refuses_the_next_action() {
	board_loses_its_file rm -f "$T/notulist.db" "$T/notulist.db-wal" "$T/notulist.db-shm"
}

t_a_board_whose_database_is_replaced_refuses_the_next_action() {
	board_loses_its_file mv "$T/other.db" "$T/notulist.db"
	run sqlite3 "$DB" "SELECT count(*) FROM attendance"
	expect_out_eq 0
}

# The board is open, so the WAL holds its check-ins: a report or a backup
# aimed at the -wal (or -shm) is refused and every confirmed check-in is
# still there after the board quits.
t_outputs_onto_the_wal_of_an_open_board_lose_nothing() {
	open_db
	NOTULIST_NOW="2026-03-10 14:05:00" tui_start 80 24
	wait_for "Clients present 0 / 12"
	keys / ; type_text "zoe"; keys Enter
	wait_for "Checked in"
	[ -e "$DB-wal" ] || fail "the board has no WAL open"
	local target
	for target in "$DB-wal" "$DB-shm"; do
		run nl report -o "$target"
		expect_rc 1
		expect_err_line "is the ${target##*.db} file of the database"
		run nl backup "$target"
		expect_rc 1
		expect_err_line "is the ${target##*.db} file of the database"
	done
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "the board did not quit"
	run nl status
	expect_out_has "clients present: 1/12"
}

t_a_20x5_terminal_says_what_size_it_needs() {
	open_db
	tui_start 20 5
	wait_for "terminal too small"
	wait_for "(need 80×24)"
	keys q
	[ "$(tui_exit_status)" = 0 ] || fail "q did not quit"
}

run_tests

/*
 * store_files.c — the files that make up a database on disk: the database
 * itself and the -wal, -shm and -journal files SQLite keeps beside it.
 *
 * Writing an output over any of them destroys acknowledged data (the WAL
 * holds check-ins not yet folded into the database), so an output path is
 * compared with each of them twice: by name, because the -wal may not
 * exist yet and would be mistaken for the database's own WAL once it did,
 * and by device and inode, because a hard link or a symbolic link to the
 * database is the database under another name.
 *
 * They must also be the user's own: a file planted by another user (an
 * empty 0666 file in a shared folder) is refused rather than adopted, and
 * group and other permissions on ours are taken away, because the files
 * name people on social assistance.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "i18n.h"
#include "store.h"
#include "store_internal.h"

static const char *const sibling_suffixes[] = {"", "-wal", "-shm",
					       "-journal"};

static bool same_inode(const struct stat *target, const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && st.st_dev == target->st_dev &&
	       st.st_ino == target->st_ino;
}

static enum nl_status refuse(const char *path, const char *database,
			     const char *suffix, struct nl_error *err)
{
	if (!*suffix)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s is the database itself; name another "
				 "file"), path);
	return nl_fail(err, NL_ERR_REFUSED,
		       /* TRANSLATORS: the path given, then "-wal", "-shm"
			* or "-journal", then the database. */
		       _("%s is the %s file of the database %s; name another "
			 "file"), path, suffix, database);
}

enum nl_status store_refuse_own_files(const char *database, const char *path,
				      struct nl_error *err)
{
	struct stat target;
	bool exists = stat(path, &target) == 0;
	char name[4200];
	for (size_t i = 0; i < sizeof sibling_suffixes / sizeof *sibling_suffixes;
	     i++) {
		const char *suffix = sibling_suffixes[i];
		int n = snprintf(name, sizeof name, "%s%s", database, suffix);
		if (n < 0 || (size_t)n >= sizeof name)
			continue;
		if (file_same_name(path, name) ||
		    (exists && same_inode(&target, name)))
			return refuse(path, database, suffix, err);
	}
	return NL_OK;
}

/* ---- whose files they are ------------------------------------------------ */

static enum nl_status refuse_stranger(const char *path, const struct stat *st,
				      struct nl_error *err)
{
	return nl_fail(err, NL_ERR_REFUSED,
		       _("%s belongs to another user (uid %lu); notulist "
			 "opens only a database of your own"),
		       path, (unsigned long)st->st_uid);
}

/* Takes group and other permissions away from fd's file; adds "PATH" to
 * the notice when it had any. */
static void narrow(int fd, const char *path, const struct stat *st,
		   char *notice, size_t size)
{
	if (!(st->st_mode & 077) || fchmod(fd, st->st_mode & 0600) != 0)
		return;
	size_t used = strlen(notice);
	snprintf(notice + used, size - used, "%s%s", used ? ", " : "", path);
}

/* A -wal or -shm beside the database: another user's is refused (it would
 * be read as part of the database), one of ours is made private. */
static enum nl_status claim_sibling(const char *database, const char *suffix,
				    char *notice, size_t size,
				    struct nl_error *err)
{
	char path[4200];
	struct stat st;
	snprintf(path, sizeof path, "%s%s", database, suffix);
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
				    O_NONBLOCK);
	if (fd < 0)
		return NL_OK; /* none, or SQLite will say what is wrong */
	enum nl_status status = NL_OK;
	if (fstat(fd, &st) != 0)
		status = NL_OK;
	else if (st.st_uid != geteuid())
		status = refuse_stranger(path, &st, err);
	else
		narrow(fd, path, &st, notice, size);
	close(fd);
	return status;
}

enum nl_status store_claim_files(const char *database, int fd,
				 const struct stat *st, char *notice,
				 size_t size, struct nl_error *err)
{
	char narrowed[sizeof ((struct nl_error *)0)->message] = "";
	if (st->st_uid != geteuid())
		return refuse_stranger(database, st, err);
	narrow(fd, database, st, narrowed, sizeof narrowed);
	enum nl_status status = claim_sibling(database, "-wal", narrowed,
					      sizeof narrowed, err);
	if (status == NL_OK)
		status = claim_sibling(database, "-shm", narrowed,
				       sizeof narrowed, err);
	if (status == NL_OK && *narrowed)
		snprintf(notice, size,
			 /* TRANSLATORS: the files, separated by commas. */
			 _("other users had access to %s; now only you have"),
			 narrowed);
	return status;
}

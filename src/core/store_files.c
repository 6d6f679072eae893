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
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "files.h"
#include "i18n.h"
#include "store.h"

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
	/* TRANSLATORS: the path given, the database, then "-wal", "-shm"
	 * or "-journal". */
	return nl_fail(err, NL_ERR_REFUSED,
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

/*
 * files.c — recognising the kind of file a path names before notulist
 * writes there (see files.h).  Nothing here creates or changes a file.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "i18n.h"

const char *file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		/* TRANSLATORS: what a path turned out to be, in "X is a
		 * directory, not a database file"; so are the next five. */
		return _("a directory");
	if (S_ISFIFO(mode))
		return _("a FIFO");
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return _("a device");
	if (S_ISSOCK(mode))
		return _("a socket");
	if (S_ISLNK(mode))
		return _("a symbolic link");
	return _("not a regular file");
}

void file_split(const char *path, char *dir, size_t size, const char **base)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		snprintf(dir, size, ".");
		*base = path;
	} else if (slash == path) {
		snprintf(dir, size, "/");
		*base = slash + 1;
	} else {
		snprintf(dir, size, "%.*s", (int)(slash - path), path);
		*base = slash + 1;
	}
}

static enum nl_status refuse_link(const char *path, struct nl_error *err)
{
	char target[PATH_MAX];
	ssize_t n = readlink(path, target, sizeof target - 1);
	if (n < 0)
		n = 0;
	target[n] = '\0';
	return nl_fail(err, NL_ERR_REFUSED,
		       _("%s is a symbolic link to %s; give the real path"),
		       path, target);
}

enum nl_status file_check_target(const char *path, struct nl_error *err)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return NL_OK; /* nothing there yet; writing it will say why not */
	if (S_ISLNK(st.st_mode))
		return refuse_link(path, err);
	if (!S_ISREG(st.st_mode))
		return nl_fail(err, NL_ERR_REFUSED,
			       /* TRANSLATORS: %s is "a directory", "a
				* FIFO", "a device"… */
			       _("%s is %s, not a file; name a regular file"),
			       path, file_kind(st.st_mode));
	return NL_OK;
}

bool file_same_name(const char *a, const char *b)
{
	char dir_a[PATH_MAX], dir_b[PATH_MAX], real_a[PATH_MAX],
		real_b[PATH_MAX];
	const char *base_a, *base_b;
	file_split(a, dir_a, sizeof dir_a, &base_a);
	file_split(b, dir_b, sizeof dir_b, &base_b);
	if (strcmp(base_a, base_b) != 0)
		return false;
	if (!realpath(dir_a, real_a) || !realpath(dir_b, real_b))
		return strcmp(dir_a, dir_b) == 0;
	return strcmp(real_a, real_b) == 0;
}

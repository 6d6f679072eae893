/*
 * atomic_file.c — temporary file, fsync, rename.  Invariants: the target
 * is only ever replaced by a complete, synced file; the temporary file
 * never outlives a commit or an abort; files are created mode 0600.  A
 * device or FIFO given as the target is written in place, never renamed
 * over.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "i18n.h"

static enum nl_status fail_errno(struct atomic_file *file, int saved,
				 struct nl_error *err)
{
	return nl_fail(err, NL_ERR_IO, _("cannot write %s: %s"), file->path,
		       strerror(saved));
}

/* Splits path into its directory ("." when none) and base name. */
static void split_path(const char *path, char *dir, size_t size,
		       const char **base)
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

enum nl_status atomic_file_open(struct atomic_file *file, const char *path,
				struct nl_error *err)
{
	char dir[ATOMIC_FILE_PATH_MAX];
	const char *base;
	memset(file, 0, sizeof *file);
	if (!path || !*path || strlen(path) >= sizeof file->path)
		return nl_fail(err, NL_ERR_IO, _("cannot write \"%s\": no "
						 "usable file name"),
			       path ? path : "");
	snprintf(file->path, sizeof file->path, "%s", path);
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		file->direct = true;
		if (!(file->stream = fopen(path, "w")))
			return fail_errno(file, errno, err);
		return NL_OK;
	}
	split_path(path, dir, sizeof dir, &base);
	if (!*base)
		return fail_errno(file, EISDIR, err);
	snprintf(file->tmp_path, sizeof file->tmp_path, "%s/.%.*s.XXXXXX",
		 dir, (int)(sizeof file->tmp_path - strlen(dir) - 10), base);
	int fd = mkstemp(file->tmp_path);
	if (fd < 0)
		return fail_errno(file, errno, err);
	/* mkstemp's mode is 0600 on glibc, but POSIX does not promise it. */
	if (fchmod(fd, 0600) != 0 || !(file->stream = fdopen(fd, "w"))) {
		int saved = errno;
		close(fd);
		unlink(file->tmp_path);
		return fail_errno(file, saved, err);
	}
	return NL_OK;
}

FILE *atomic_file_stream(struct atomic_file *file)
{
	return file->stream;
}

/* Makes the rename itself durable; a failure here is not worth failing
 * the write over (the data is synced), so it is ignored. */
static void sync_directory(const char *path)
{
	char dir[ATOMIC_FILE_PATH_MAX];
	const char *base;
	split_path(path, dir, sizeof dir, &base);
	int fd = open(dir, O_RDONLY);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

enum nl_status atomic_file_commit(struct atomic_file *file,
				  struct nl_error *err)
{
	FILE *stream = file->stream;
	int saved = 0;
	if (!stream)
		return nl_fail(err, NL_ERR_IO, _("cannot write %s: %s"),
			       file->path, _("already finished"));
	file->stream = NULL;
	errno = 0;
	if (fflush(stream) != 0 || ferror(stream))
		saved = errno ? errno : EIO;
	else if (!file->direct && fsync(fileno(stream)) != 0)
		saved = errno;
	if (file->direct) {
		if (fclose(stream) != 0 && !saved)
			saved = errno;
		return saved ? fail_errno(file, saved, err) : NL_OK;
	}
	if (fclose(stream) != 0 && !saved)
		saved = errno;
	if (!saved && rename(file->tmp_path, file->path) != 0)
		saved = errno;
	if (saved) {
		unlink(file->tmp_path);
		return fail_errno(file, saved, err);
	}
	sync_directory(file->path);
	return NL_OK;
}

void atomic_file_abort(struct atomic_file *file)
{
	if (!file->stream)
		return;
	fclose(file->stream);
	file->stream = NULL;
	if (!file->direct)
		unlink(file->tmp_path);
}

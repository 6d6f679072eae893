/*
 * atomic_file.c — temporary file, fsync, rename.  Invariants: the target
 * is only ever replaced by a complete, synced file; the temporary file
 * never outlives a commit or an abort; files are created mode 0600; only a
 * regular file (or nothing) is ever replaced: a symbolic link, directory,
 * device, FIFO or socket at the target is refused, at open and again just
 * before the rename.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "files.h"
#include "i18n.h"

/* Short and fixed, so that a target whose name is as long as the file
 * system allows still gets a temporary file beside it. */
#define TMP_NAME ".notulist-XXXXXX"

static enum nl_status fail_errno(struct atomic_file *file, int saved,
				 struct nl_error *err)
{
	return nl_fail(err, NL_ERR_IO, _("cannot write %s: %s"), file->path,
		       strerror(saved));
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
	file_split(path, dir, sizeof dir, &base);
	if (!*base)
		return fail_errno(file, EISDIR, err);
	enum nl_status status = file_check_target(path, err);
	if (status != NL_OK)
		return status;
	snprintf(file->tmp_path, sizeof file->tmp_path, "%s/" TMP_NAME, dir);
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
	file_split(path, dir, sizeof dir, &base);
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
	else if (fsync(fileno(stream)) != 0)
		saved = errno;
	if (fclose(stream) != 0 && !saved)
		saved = errno;
	/* Something put at the target while we wrote is not replaced. */
	enum nl_status status = saved ? fail_errno(file, saved, err)
				      : file_check_target(file->path, err);
	if (status == NL_OK && rename(file->tmp_path, file->path) != 0)
		status = fail_errno(file, errno, err);
	if (status != NL_OK) {
		unlink(file->tmp_path);
		return status;
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
	unlink(file->tmp_path);
}

/*
 * stall_fsync.c — an LD_PRELOAD shim for the signal tests, not part of
 * notulist.  When STALL_FSYNC_MARKER names a file, the first fsync or
 * fdatasync of a file whose name starts with ".notulist-" (a temporary
 * file of an output about to be committed) creates that marker file and
 * then waits for ever instead of syncing.  The test waits for the marker,
 * so it knows the temporary file exists and notulist is inside the write,
 * and sends its signal then: no timing guesses.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int is_notulist_temporary(int fd)
{
	char link[64], path[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, sizeof path - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	const char *base = strrchr(path, '/');
	return base && strncmp(base + 1, ".notulist-", 10) == 0;
}

static void maybe_stall(int fd)
{
	const char *marker = getenv("STALL_FSYNC_MARKER");
	if (!marker || !is_notulist_temporary(fd))
		return;
	int m = open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (m >= 0)
		close(m);
	for (;;)
		pause();
}

typedef int sync_fn(int);

/* dlsym returns an object pointer; POSIX guarantees it converts to a
 * function pointer, ISO C does not, hence the memcpy. */
static sync_fn *next(const char *name)
{
	sync_fn *fn;
	void *symbol = dlsym(RTLD_NEXT, name);
	memcpy(&fn, &symbol, sizeof fn);
	return fn;
}

int fsync(int fd)
{
	maybe_stall(fd);
	return next("fsync")(fd);
}

int fdatasync(int fd)
{
	maybe_stall(fd);
	return next("fdatasync")(fd);
}

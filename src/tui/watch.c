/*
 * watch.c — how the board learns at once that another process (the CLI in
 * a second terminal) committed something.  In WAL mode every commit writes
 * the database's -wal file (and a checkpoint the database itself), so
 * inotify on their directory wakes the loop within milliseconds; the
 * loop then asks PRAGMA data_version whether anything really changed.
 * Where inotify is missing or refused, the loop falls back to a short
 * poll (WATCH_POLL_MS).
 *
 * Invariant: a wake-up only ever leads to a re-read; nothing is trusted
 * from the event itself, so a missed or spurious event costs at most one
 * poll interval or one needless data_version query.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/inotify.h>
#define HAVE_INOTIFY 1
#endif

#include "tui_internal.h"

void watch_start(struct watch *w, const char *db_path)
{
	w->fd = -1;
	w->name[0] = '\0';
#ifdef HAVE_INOTIFY
	char dir[4096];
	const char *slash = strrchr(db_path, '/');
	if (slash) {
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - db_path),
			 db_path);
		if (!dir[0])
			snprintf(dir, sizeof dir, "/");
		snprintf(w->name, sizeof w->name, "%s", slash + 1);
	} else {
		snprintf(dir, sizeof dir, ".");
		snprintf(w->name, sizeof w->name, "%s", db_path);
	}
	w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd < 0)
		return;
	if (inotify_add_watch(w->fd, dir, IN_MODIFY | IN_CLOSE_WRITE |
					       IN_CREATE | IN_MOVED_TO) < 0) {
		close(w->fd);
		w->fd = -1;
	}
#else
	(void)db_path;
#endif
}

void watch_stop(struct watch *w)
{
	if (w->fd >= 0)
		close(w->fd);
	w->fd = -1;
}

#ifdef HAVE_INOTIFY
/* Reads every pending event; true when one was about the database or its
 * -wal file (not the board's own -shm traffic or another file). */
static bool drain(struct watch *w)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool ours = false;
	size_t len = strlen(w->name);
	for (;;) {
		ssize_t n = read(w->fd, buf, sizeof buf);
		if (n <= 0)
			return ours;
		for (char *p = buf; p < buf + n;) {
			const struct inotify_event *e = (const void *)p;
			if (e->len && strncmp(e->name, w->name, len) == 0 &&
			    (e->name[len] == '\0' ||
			     strcmp(e->name + len, "-wal") == 0))
				ours = true;
			p += sizeof *e + e->len;
		}
	}
}
#endif

enum watch_wake watch_wait(struct watch *w, int timeout_ms)
{
	struct pollfd fds[2] = {{.fd = STDIN_FILENO, .events = POLLIN},
				{.fd = w->fd, .events = POLLIN}};
	int nfds = w->fd >= 0 ? 2 : 1;
	if (w->fd < 0 && timeout_ms > WATCH_POLL_MS)
		timeout_ms = WATCH_POLL_MS;
	int rc = poll(fds, (nfds_t)nfds, timeout_ms);
	if (rc < 0)
		return errno == EINTR ? WAKE_KEY : WAKE_TIMEOUT;
	if (rc == 0)
		return WAKE_TIMEOUT;
	if (fds[0].revents & POLLIN)
		return WAKE_KEY;
	if (fds[0].revents)          /* the terminal is gone */
		return WAKE_HANGUP;
#ifdef HAVE_INOTIFY
	if (nfds == 2 && fds[1].revents)
		return drain(w) ? WAKE_CHANGE : WAKE_NOTHING;
#endif
	return WAKE_TIMEOUT;
}

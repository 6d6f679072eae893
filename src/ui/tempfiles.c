/*
 * tempfiles.c — the registry of temporary files removed on a signal (see
 * tempfiles.h).  The handler only calls async-signal-safe functions
 * (unlink, rmdir, sigaction, raise) on data that is never changed while
 * the signals are unblocked: registration and removal block them.
 */
#include <string.h>
#include <unistd.h>

#include "tempfiles.h"

static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
#define N_SIGNALS (sizeof cleanup_signals / sizeof *cleanup_signals)

struct entry {
	const char *path;
	enum tempfile_kind kind;
};

static struct entry entries[TEMPFILES_MAX];
static int n_entries;
static struct sigaction previous[N_SIGNALS];
static bool installed[N_SIGNALS];

static void signal_set(sigset_t *set)
{
	sigemptyset(set);
	for (size_t i = 0; i < N_SIGNALS; i++)
		sigaddset(set, cleanup_signals[i]);
}

void tempfiles_hold(sigset_t *old)
{
	sigset_t set;
	signal_set(&set);
	sigprocmask(SIG_BLOCK, &set, old);
}

void tempfiles_release(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

/* path plus suffix into buf, without snprintf (not async-signal-safe). */
static void unlink_with_suffix(const char *path, const char *suffix)
{
	char buf[4200];
	size_t a = strlen(path), b = strlen(suffix);
	if (a + b + 1 > sizeof buf)
		return;
	memcpy(buf, path, a);
	memcpy(buf + a, suffix, b + 1);
	unlink(buf);
}

/* Newest first: a file made inside a registered directory goes before
 * the directory. */
static void remove_all(void)
{
	for (int i = n_entries - 1; i >= 0; i--) {
		const char *path = entries[i].path;
		if (entries[i].kind == TEMPFILE_DIRECTORY) {
			rmdir(path);
			continue;
		}
		unlink(path);
		if (entries[i].kind == TEMPFILE_SQLITE) {
			unlink_with_suffix(path, "-journal");
			unlink_with_suffix(path, "-wal");
			unlink_with_suffix(path, "-shm");
		}
	}
	n_entries = 0;
}

static void on_signal(int sig)
{
	remove_all();
	for (size_t i = 0; i < N_SIGNALS; i++) {
		if (cleanup_signals[i] != sig)
			continue;
		sigaction(sig, &previous[i], NULL);
		installed[i] = false;
		if (!(previous[i].sa_flags & SA_SIGINFO) &&
		    previous[i].sa_handler != SIG_DFL &&
		    previous[i].sa_handler != SIG_IGN) {
			previous[i].sa_handler(sig);
			return;
		}
	}
	/* Delivered when the handler returns (it is blocked until then),
	 * with the default action: the process ends by this signal. */
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install(void)
{
	struct sigaction action;
	memset(&action, 0, sizeof action);
	action.sa_handler = on_signal;
	signal_set(&action.sa_mask);
	for (size_t i = 0; i < N_SIGNALS; i++) {
		sigaction(cleanup_signals[i], NULL, &previous[i]);
		if (!(previous[i].sa_flags & SA_SIGINFO) &&
		    previous[i].sa_handler == SIG_IGN)
			continue;
		installed[i] = sigaction(cleanup_signals[i], &action, NULL) == 0;
	}
}

static void uninstall(void)
{
	for (size_t i = 0; i < N_SIGNALS; i++) {
		if (installed[i])
			sigaction(cleanup_signals[i], &previous[i], NULL);
		installed[i] = false;
	}
}

bool tempfiles_register(const char *path, enum tempfile_kind kind)
{
	sigset_t old;
	bool ok = false;
	tempfiles_hold(&old);
	if (n_entries < TEMPFILES_MAX) {
		if (n_entries == 0)
			install();
		entries[n_entries++] = (struct entry){path, kind};
		ok = true;
	}
	tempfiles_release(&old);
	return ok;
}

void tempfiles_forget(const char *path)
{
	sigset_t old;
	tempfiles_hold(&old);
	for (int i = 0; i < n_entries; i++) {
		if (entries[i].path != path)
			continue;
		entries[i] = entries[--n_entries];
		if (n_entries == 0)
			uninstall();
		break;
	}
	tempfiles_release(&old);
}

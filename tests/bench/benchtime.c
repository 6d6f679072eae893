/*
 * benchtime.c — times one run of a command for `make bench` and prints
 *
 *   ELAPSED_US MAXRSS_KB STATUS CPU_US
 *
 * on stdout: wall time from just before fork() to the end (or to the
 * moment the screen was complete, see --until), the child's peak resident
 * set size from wait4() (the figure /usr/bin/time -v prints as "Maximum
 * resident set size"), and its exit status (128+N after signal N; "until"
 * when it was stopped after --until matched; "timeout" when the screen was
 * not complete after TIMEOUT_S seconds), and the CPU time it used (user
 * plus system, from wait4()): on a shared machine with a load above its
 * cores, wall time includes waiting for a core, CPU time does not.
 *
 *   benchtime [-i FILE] [-o FILE] -- COMMAND [ARG...]
 *   benchtime --pty COLSxROWS --until TEXT [--until TEXT...] [--linger MS]
 *             [-o FILE] -- COMMAND [ARG...]
 *
 * Without --pty the command reads /dev/null (or the -i FILE: the SQL a
 * sqlite3 reference runs) and writes to FILE (default /dev/null): the cost
 * of a terminal is not the program's.  With --pty it
 * runs on a pseudo-terminal of that size (as the board needs), and the
 * time is taken when everything it wrote so far contains every TEXT — for
 * the board: the quorum gauge and the key hint of the bottom line, which
 * curses writes last, so the first full frame is on the terminal.  The
 * command then gets SIGKILL, after MS milliseconds more with --linger (so
 * that the peak RSS includes what it does just after its first frame).
 * Output goes to FILE when given.  The timer runs in this process, so a
 * shell loop around it costs nothing that is measured.
 */
#define _GNU_SOURCE /* ppoll */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define MAX_UNTIL 4
#define SCREEN_BYTES (1 << 20)
#define TIMEOUT_S 20

struct options {
	int cols, rows;             /* 0: no terminal */
	const char *until[MAX_UNTIL];
	int n_until;
	int linger_ms;
	const char *output;
	const char *input;          /* stdin of a plain run; NULL: /dev/null */
	char **argv;
};

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void die(const char *what)
{
	fprintf(stderr, "benchtime: %s: %s\n", what, strerror(errno));
	exit(125);
}

static int usage(void)
{
	fprintf(stderr, "usage: benchtime [--pty COLSxROWS --until TEXT... "
			"[--linger MS]] [-i FILE] [-o FILE] -- COMMAND [ARG...]\n");
	return 125;
}

static bool parse(int argc, char **argv, struct options *o)
{
	memset(o, 0, sizeof *o);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool has_value = i + 1 < argc;
		if (strcmp(a, "--") == 0 && has_value) {
			o->argv = argv + i + 1;
			return o->n_until == 0 || o->cols > 0;
		} else if (strcmp(a, "--pty") == 0 && has_value) {
			if (sscanf(argv[++i], "%dx%d", &o->cols, &o->rows) != 2 ||
			    o->cols <= 0 || o->rows <= 0)
				return false;
		} else if (strcmp(a, "--until") == 0 && has_value &&
			   o->n_until < MAX_UNTIL) {
			o->until[o->n_until++] = argv[++i];
		} else if (strcmp(a, "--linger") == 0 && has_value) {
			o->linger_ms = atoi(argv[++i]);
		} else if (strcmp(a, "-o") == 0 && has_value) {
			o->output = argv[++i];
		} else if (strcmp(a, "-i") == 0 && has_value) {
			o->input = argv[++i];
		} else {
			return false;
		}
	}
	return false;
}

/* ---- plain runs ------------------------------------------------------------ */

static void exec_plain(const struct options *o)
{
	int in = open(o->input ? o->input : "/dev/null", O_RDONLY);
	int out = open(o->output ? o->output : "/dev/null",
		       O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (in < 0 || out < 0)
		_exit(126);
	dup2(in, 0);
	dup2(out, 1);
	execvp(o->argv[0], o->argv);
	_exit(127);
}

static long long cpu_us(const struct rusage *u)
{
	return (long long)(u->ru_utime.tv_sec + u->ru_stime.tv_sec) * 1000000 +
	       u->ru_utime.tv_usec + u->ru_stime.tv_usec;
}

static int exit_code(int status)
{
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int run_plain(const struct options *o)
{
	struct rusage usage;
	int status;
	int64_t start = now_ns();
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0)
		exec_plain(o);
	while (wait4(pid, &status, 0, &usage) < 0)
		if (errno != EINTR)
			die("wait4");
	int64_t end = now_ns();
	printf("%lld %ld %d %lld\n", (long long)(end - start) / 1000,
	       usage.ru_maxrss, exit_code(status), cpu_us(&usage));
	return 0;
}

/* ---- runs on a terminal ---------------------------------------------------- */

struct screen {
	char *bytes;
	size_t len;
};

static void exec_on_terminal(int master, const struct options *o)
{
	setsid();
	const char *name = ptsname(master);
	int tty = name ? open(name, O_RDWR) : -1;
	if (tty < 0)
		_exit(126);
	struct winsize size = {.ws_row = (unsigned short)o->rows,
			       .ws_col = (unsigned short)o->cols};
	ioctl(tty, TIOCSWINSZ, &size);
	dup2(tty, 0);
	dup2(tty, 1);
	dup2(tty, 2);
	if (tty > 2)
		close(tty);
	close(master);
	execvp(o->argv[0], o->argv);
	_exit(127);
}

/* Reads what arrived; false once the terminal is closed. */
static bool drain(int master, struct screen *s)
{
	char buf[4096];
	for (;;) {
		ssize_t n = read(master, buf, sizeof buf);
		if (n > 0) {
			size_t room = SCREEN_BYTES - 1 - s->len;
			size_t take = (size_t)n < room ? (size_t)n : room;
			memcpy(s->bytes + s->len, buf, take);
			s->len += take;
			s->bytes[s->len] = '\0';
			continue;
		}
		return n < 0 && (errno == EAGAIN || errno == EINTR);
	}
}

static bool complete(const struct options *o, const struct screen *s)
{
	for (int i = 0; i < o->n_until; i++)
		if (!strstr(s->bytes, o->until[i]))
			return false;
	return true;
}

static void wait_readable(int fd, int64_t timeout_ns)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	struct timespec t = {.tv_sec = timeout_ns / 1000000000,
			     .tv_nsec = timeout_ns % 1000000000};
	ppoll(&pfd, 1, &t, NULL);
}

/* Keeps reading (the terminal must not fill up and block the command)
 * for ms milliseconds. */
static void linger(int master, struct screen *s, int ms)
{
	int64_t until = now_ns() + (int64_t)ms * 1000000;
	for (int64_t left; (left = until - now_ns()) > 0;) {
		wait_readable(master, left);
		if (!drain(master, s))
			return;
	}
}

static int run_on_terminal(const struct options *o)
{
	struct screen s = {malloc(SCREEN_BYTES), 0};
	struct rusage usage;
	int status, master = posix_openpt(O_RDWR | O_NOCTTY);
	if (!s.bytes || master < 0 || grantpt(master) != 0 ||
	    unlockpt(master) != 0)
		die("posix_openpt");
	s.bytes[0] = '\0';
	int64_t start = now_ns(), seen = -1;
	int64_t deadline = start + (int64_t)TIMEOUT_S * 1000000000;
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0)
		exec_on_terminal(master, o);
	fcntl(master, F_SETFL, O_NONBLOCK);
	bool open = true, reaped = false;
	while (open && seen < 0 && now_ns() < deadline) {
		wait_readable(master, 100000000);
		open = drain(master, &s);
		if (complete(o, &s))
			seen = now_ns();
		else if (wait4(pid, &status, WNOHANG, &usage) == pid)
			reaped = true;  /* ended without the screen */
		if (reaped)
			break;
	}
	bool timed_out = seen < 0 && open && !reaped;
	if (seen >= 0)
		linger(master, &s, o->linger_ms);
	if (seen >= 0 || timed_out)
		kill(pid, SIGKILL);
	while (!reaped && wait4(pid, &status, 0, &usage) < 0)
		if (errno != EINTR)
			die("wait4");
	int64_t end = seen >= 0 ? seen : now_ns();
	if (seen >= 0)
		printf("%lld %ld until %lld\n", (long long)(end - start) / 1000,
		       usage.ru_maxrss, cpu_us(&usage));
	else if (timed_out)
		printf("%lld %ld timeout %lld\n", (long long)(end - start) / 1000,
		       usage.ru_maxrss, cpu_us(&usage));
	else
		printf("%lld %ld %d %lld\n", (long long)(end - start) / 1000,
		       usage.ru_maxrss, exit_code(status), cpu_us(&usage));
	if (o->output) {
		FILE *f = fopen(o->output, "w");
		if (f) {
			fwrite(s.bytes, 1, s.len, f);
			fclose(f);
		}
	}
	close(master);
	free(s.bytes);
	return 0;
}

int main(int argc, char **argv)
{
	struct options o;
	if (!parse(argc, argv, &o))
		return usage();
	fflush(stdout);
	return o.cols > 0 ? run_on_terminal(&o) : run_plain(&o);
}

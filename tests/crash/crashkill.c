/*
 * crashkill.c — runs a command on a pseudo-terminal and kills it with
 * SIGKILL at a chosen moment.  Part of the crash-test harness
 * (tests/crash/run.sh), not of notulist.
 *
 *   crashkill [-d US | -m TEXT [-a US]] [-o FILE] [-w MS] -- COMMAND ARG...
 *
 *   -d US    kill US microseconds after the command was started
 *   -m TEXT  kill once TEXT has appeared in the command's output ...
 *   -a US    ... US microseconds after it appeared (default 0)
 *   -o FILE  write everything the command printed to FILE
 *   -w MS    kill anyway after MS milliseconds (default 10000)
 *
 * Prints one line: "killed" when SIGKILL ended the command, "exit N" when
 * it ended on its own before the kill could land, "signal N" otherwise,
 * followed by the microseconds from the start to the kill or the end.
 * The wait status, not the timer, says whether the kill landed.
 *
 * Why a pseudo-terminal: on a terminal notulist's stdout is line-buffered,
 * so its confirmation ("Checked in …") reaches us the moment it is printed
 * — after the commit, before the database is closed — exactly as it would
 * reach the secretary.  Through a pipe stdio would keep it in a buffer
 * until exit, and a kill would swallow every confirmation.
 *
 * Invariant: everything the command wrote before it died is read and
 * saved: the slave side stays open here, so the master never reports end
 * of file early, and the output is drained until it has been quiet.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define OUTPUT_MAX (1 << 20)
#define QUIET_MS 30 /* no output for this long after death: all is read */

struct options {
	long delay_us;        /* -d, or -1 */
	const char *marker;   /* -m */
	long after_us;        /* -a */
	const char *out_path; /* -o */
	long wait_ms;         /* -w */
	char **command;
};

struct child {
	pid_t pid;
	int master;
	bool reaped;
	int status;
	struct timespec ended; /* reaped, or the kill was sent */
	char *output;
	size_t used;
};

/* SIGCHLD wakes the poll through this pipe, so a command that ends on its
 * own is noticed at once, not at the deadline. */
static int wake_pipe[2] = {-1, -1};

static void on_child(int sig)
{
	int saved = errno;
	(void)sig;
	(void)!write(wake_pipe[1], "c", 1);
	errno = saved;
}

static void watch_children(void)
{
	if (pipe(wake_pipe) != 0)
		return;
	fcntl(wake_pipe[0], F_SETFL, O_NONBLOCK);
	fcntl(wake_pipe[1], F_SETFL, O_NONBLOCK);
	fcntl(wake_pipe[0], F_SETFD, FD_CLOEXEC);
	fcntl(wake_pipe[1], F_SETFD, FD_CLOEXEC);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_child;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigaction(SIGCHLD, &sa, NULL);
}

static void die(const char *what)
{
	fprintf(stderr, "crashkill: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void usage(void)
{
	fprintf(stderr, "usage: crashkill [-d US | -m TEXT [-a US]] [-o FILE] "
			"[-w MS] -- COMMAND ARG...\n");
	exit(2);
}

static long number(const char *text)
{
	char *end;
	errno = 0;
	long n = strtol(text, &end, 10);
	if (errno || *end || n < 0)
		usage();
	return n;
}

static void parse(int argc, char **argv, struct options *o)
{
	int c;
	memset(o, 0, sizeof *o);
	o->delay_us = -1;
	o->wait_ms = 10000;
	while ((c = getopt(argc, argv, "d:m:a:o:w:")) != -1) {
		switch (c) {
		case 'd': o->delay_us = number(optarg); break;
		case 'm': o->marker = optarg; break;
		case 'a': o->after_us = number(optarg); break;
		case 'o': o->out_path = optarg; break;
		case 'w': o->wait_ms = number(optarg); break;
		default: usage();
		}
	}
	if (optind >= argc || (o->delay_us < 0) == !o->marker)
		usage();
	o->command = argv + optind;
}

static struct timespec now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t;
}

static struct timespec plus_us(struct timespec t, long us)
{
	t.tv_sec += us / 1000000;
	t.tv_nsec += (us % 1000000) * 1000;
	if (t.tv_nsec >= 1000000000) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000;
	}
	return t;
}

static long us_until(struct timespec deadline)
{
	struct timespec t = now();
	return (deadline.tv_sec - t.tv_sec) * 1000000 +
	       (deadline.tv_nsec - t.tv_nsec) / 1000;
}

/* The child: a session of its own with the terminal as its controlling
 * terminal and as stdin, stdout and stderr. */
static void start(struct child *c, char **command)
{
	int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
		die("pseudo-terminal");
	const char *name = ptsname(master);
	if (!name)
		die("ptsname");
	/* Kept open here so the master never reads end of file early. */
	int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
	if (slave < 0)
		die(name);
	struct winsize size = {.ws_row = 24, .ws_col = 80};
	ioctl(slave, TIOCSWINSZ, &size);
	c->master = master;
	c->pid = fork();
	if (c->pid < 0)
		die("fork");
	if (c->pid == 0) {
		setsid();
		int tty = open(name, O_RDWR);
		if (tty < 0 || dup2(tty, 0) < 0 || dup2(tty, 1) < 0 ||
		    dup2(tty, 2) < 0)
			_exit(126);
		execvp(command[0], command);
		_exit(127);
	}
	(void)slave; /* deliberately left open until exit */
}

/* Reads whatever output is ready, waiting at most timeout_ms (less when
 * the child ends); returns false when there was none. */
static bool read_output(struct child *c, int timeout_ms)
{
	struct pollfd p[2] = {{.fd = c->master, .events = POLLIN},
			      {.fd = wake_pipe[0], .events = POLLIN}};
	if (poll(p, wake_pipe[0] >= 0 ? 2 : 1, timeout_ms) <= 0)
		return false;
	if (p[1].revents & POLLIN) {
		char drain[64];
		while (read(wake_pipe[0], drain, sizeof drain) > 0)
			;
	}
	if (!(p[0].revents & POLLIN))
		return false;
	char buffer[4096];
	ssize_t n = read(c->master, buffer, sizeof buffer);
	if (n <= 0)
		return false;
	if (c->used + (size_t)n <= OUTPUT_MAX) {
		memcpy(c->output + c->used, buffer, (size_t)n);
		c->used += (size_t)n;
		c->output[c->used] = '\0';
	}
	return true;
}

static bool reap_if_ended(struct child *c)
{
	if (!c->reaped && waitpid(c->pid, &c->status, WNOHANG) == c->pid) {
		c->reaped = true;
		c->ended = now();
	}
	return c->reaped;
}

/* Keeps reading until the deadline, or until the child ends on its own.
 * The last stretch is slept precisely, not polled. */
static void wait_until(struct child *c, struct timespec deadline)
{
	for (;;) {
		if (reap_if_ended(c))
			return;
		long left = us_until(deadline);
		if (left <= 0)
			return;
		if (left < 2000) {
			clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline,
					NULL);
			return;
		}
		read_output(c, (int)(left / 1000) - 1);
	}
}

/* Reads until the marker shows; returns the moment it was seen, or the
 * overall deadline. */
static struct timespec wait_for_marker(struct child *c, const char *marker,
				       struct timespec give_up)
{
	while (us_until(give_up) > 0) {
		if (strstr(c->output, marker))
			return now();
		if (reap_if_ended(c))
			break;
		read_output(c, 1);
	}
	return give_up;
}

static void save(const struct child *c, const char *path)
{
	if (!path)
		return;
	FILE *fp = fopen(path, "w");
	if (!fp || fwrite(c->output, 1, c->used, fp) != c->used ||
	    fclose(fp) != 0)
		die(path);
}

int main(int argc, char **argv)
{
	struct options o;
	struct child c = {0};
	parse(argc, argv, &o);
	c.output = calloc(1, OUTPUT_MAX + 1);
	if (!c.output)
		die("memory");
	signal(SIGPIPE, SIG_IGN);
	watch_children();

	start(&c, o.command);
	struct timespec started = now();
	struct timespec give_up = plus_us(started, o.wait_ms * 1000);
	if (o.marker) {
		struct timespec seen = wait_for_marker(&c, o.marker, give_up);
		wait_until(&c, plus_us(seen, o.after_us));
	} else {
		wait_until(&c, plus_us(started, o.delay_us));
	}
	if (!c.reaped) {
		c.ended = now();
		kill(c.pid, SIGKILL);
		if (waitpid(c.pid, &c.status, 0) != c.pid)
			die("waitpid");
		c.reaped = true;
	}
	while (read_output(&c, QUIET_MS))
		;
	save(&c, o.out_path);
	long elapsed = (c.ended.tv_sec - started.tv_sec) * 1000000 +
		       (c.ended.tv_nsec - started.tv_nsec) / 1000;
	if (WIFSIGNALED(c.status) && WTERMSIG(c.status) == SIGKILL)
		printf("killed %ld\n", elapsed);
	else if (WIFSIGNALED(c.status))
		printf("signal %d %ld\n", WTERMSIG(c.status), elapsed);
	else
		printf("exit %d %ld\n", WEXITSTATUS(c.status), elapsed);
	free(c.output);
	return 0;
}

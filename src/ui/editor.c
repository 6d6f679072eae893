/*
 * editor.c — running the user's editor on a private temporary file.
 * While the editor runs, notulist ignores SIGINT and SIGQUIT as system(3)
 * does, so a Ctrl-C meant for the editor does not kill us mid-edit; the
 * editor itself gets the default handlers back.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "editor.h"
#include "i18n.h"

#define SUFFIX ".md"

const char *editor_command(void)
{
	const char *visual = getenv("VISUAL"), *editor = getenv("EDITOR");
	if (visual && *visual)
		return visual;
	if (editor && *editor)
		return editor;
	return "vi";
}

static enum nl_status fail_file(const char *path, struct nl_error *err)
{
	return nl_fail(err, NL_ERR_IO, _("cannot use temporary file %s: %s"),
		       path, strerror(errno));
}

/* Creates the private temporary file holding initial (plus a final
 * newline, as editors expect). */
static enum nl_status make_file(const char *initial, char *path, size_t size,
				struct nl_error *err)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	snprintf(path, size, "%s/notulist-XXXXXX" SUFFIX, dir);
	int fd = mkstemps(path, (int)strlen(SUFFIX));
	if (fd < 0)
		return fail_file(path, err);
	FILE *fp = fchmod(fd, 0600) == 0 ? fdopen(fd, "w") : NULL;
	if (!fp) {
		enum nl_status status = fail_file(path, err);
		close(fd);
		unlink(path);
		return status;
	}
	if (*initial)
		fprintf(fp, "%s\n", initial);
	if (fclose(fp) != 0) {
		enum nl_status status = fail_file(path, err);
		unlink(path);
		return status;
	}
	return NL_OK;
}

static void run_child(const char *command, const char *path)
{
	char script[4096];
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	snprintf(script, sizeof script, "%s \"$1\"", command);
	execl("/bin/sh", "sh", "-c", script, "sh", path, (char *)NULL);
	_exit(127);
}

/* Runs the editor and waits; returns its wait status, or -1. */
static int run_editor(const char *command, const char *path)
{
	struct sigaction ignore, old_int, old_quit;
	int wstatus = -1;
	memset(&ignore, 0, sizeof ignore);
	ignore.sa_handler = SIG_IGN;
	sigemptyset(&ignore.sa_mask);
	fflush(stdout);
	fflush(stderr);
	sigaction(SIGINT, &ignore, &old_int);
	sigaction(SIGQUIT, &ignore, &old_quit);
	pid_t pid = fork();
	int fork_errno = errno;
	if (pid == 0)
		run_child(command, path);
	if (pid > 0)
		while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
			continue;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	errno = fork_errno; /* for the message when fork failed */
	return pid > 0 ? wstatus : -1;
}

static enum nl_status check_exit(const char *command, int wstatus,
				 struct nl_error *err)
{
	if (wstatus == -1)
		return nl_fail(err, NL_ERR_IO, _("cannot start the editor "
						 "(%s): %s"),
			       command, strerror(errno));
	if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0)
		return NL_OK;
	if (WIFEXITED(wstatus))
		return nl_fail(err, NL_ERR_IO,
			       _("the editor (%s) exited with status %d; "
				 "nothing was saved"),
			       command, WEXITSTATUS(wstatus));
	return nl_fail(err, NL_ERR_IO,
		       _("the editor (%s) was stopped by signal %d; nothing "
			 "was saved"),
		       command, WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0);
}

static enum nl_status read_back(const char *path, char **edited,
				struct nl_error *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return fail_file(path, err);
	char *text = malloc(EDITOR_MAX_BYTES + 1);
	size_t n = text ? fread(text, 1, EDITOR_MAX_BYTES + 1, fp) : 0;
	bool failed = !text || ferror(fp);
	fclose(fp);
	if (failed) {
		free(text);
		return nl_fail(err, NL_ERR_IO, _("cannot read back %s"), path);
	}
	if (n > EDITOR_MAX_BYTES) {
		free(text);
		return nl_fail(err, NL_ERR_INVALID,
			       _("the edited text is too long (more than %d "
				 "bytes); nothing was saved"), EDITOR_MAX_BYTES);
	}
	text[n] = '\0';
	*edited = text;
	return NL_OK;
}

enum nl_status editor_edit(const char *initial, char **edited,
			   struct nl_error *err)
{
	char path[4096];
	const char *command = editor_command();
	*edited = NULL;
	enum nl_status status = make_file(initial ? initial : "", path,
					  sizeof path, err);
	if (status != NL_OK)
		return status;
	status = check_exit(command, run_editor(command, path), err);
	if (status == NL_OK)
		status = read_back(path, edited, err);
	unlink(path);
	return status;
}

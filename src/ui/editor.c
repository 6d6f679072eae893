/*
 * editor.c — running the user's editor on a private temporary file.
 *
 * The file is notes.md in a directory of its own, made mode 0700 for this
 * edit only, in $XDG_RUNTIME_DIR when set (a per-user directory that is
 * gone at logout), else in $TMPDIR or /tmp.  Both are registered with
 * tempfiles.h from the moment they exist, so SIGTERM, SIGHUP or SIGPIPE
 * while the editor is open removes them before notulist ends by that
 * signal; otherwise they are removed when the editor is done.
 *
 * While the editor runs, notulist ignores SIGINT and SIGQUIT as system(3)
 * does, so a Ctrl-C meant for the editor does not kill us mid-edit; the
 * editor itself gets the default handlers back.
 *
 * A NUL byte in what the editor saved would silently cut the text short:
 * the edit is refused and the file is kept where it is (the message says
 * where), so nothing the user typed is lost.
 */
#include <errno.h>
#include <fcntl.h>
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
#include "tempfiles.h"

#define FILE_NAME "notes.md"

struct edit_files {
	char dir[4096];
	char path[4200];
};

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

/* $XDG_RUNTIME_DIR is only used when it is what the specification says it
 * is: an absolute path. */
static const char *temporary_base(void)
{
	const char *runtime = getenv("XDG_RUNTIME_DIR"), *tmp = getenv("TMPDIR");
	if (runtime && runtime[0] == '/')
		return runtime;
	if (tmp && *tmp)
		return tmp;
	return "/tmp";
}

/* The directory and the empty file, each registered the moment it exists
 * (signals held meanwhile). */
static enum nl_status make_files(struct edit_files *f, int *fd,
				 struct nl_error *err)
{
	sigset_t old;
	enum nl_status status = NL_OK;
	snprintf(f->dir, sizeof f->dir, "%s/notulist-XXXXXX", temporary_base());
	f->path[0] = '\0';
	tempfiles_hold(&old);
	if (!mkdtemp(f->dir)) {
		status = fail_file(f->dir, err);
	} else {
		tempfiles_register(f->dir, TEMPFILE_DIRECTORY);
		snprintf(f->path, sizeof f->path, "%s/" FILE_NAME, f->dir);
		*fd = open(f->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
					    O_NOFOLLOW, 0600);
		if (*fd < 0)
			status = fail_file(f->path, err);
		else
			tempfiles_register(f->path, TEMPFILE_PLAIN);
	}
	tempfiles_release(&old);
	return status;
}

/* Ends the files' registration; removes them unless keep. */
static void drop_files(struct edit_files *f, bool keep)
{
	if (!keep && f->path[0])
		unlink(f->path);
	if (!keep)
		rmdir(f->dir);
	tempfiles_forget(f->path);
	tempfiles_forget(f->dir);
}

/* Fills the file with initial (plus a final newline, as editors
 * expect). */
static enum nl_status write_initial(struct edit_files *f, int fd,
				    const char *initial, struct nl_error *err)
{
	FILE *fp = fdopen(fd, "w");
	if (!fp) {
		enum nl_status status = fail_file(f->path, err);
		close(fd);
		return status;
	}
	if (*initial)
		fprintf(fp, "%s\n", initial);
	if (fclose(fp) != 0)
		return fail_file(f->path, err);
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

/* *keep is set when the file holds text that must not be thrown away. */
static enum nl_status read_back(const char *path, char **edited, bool *keep,
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
	if (memchr(text, '\0', n)) {
		free(text);
		*keep = true;
		return nl_fail(err, NL_ERR_INVALID,
			       _("the edited text holds a NUL byte, which "
				 "would cut it short; nothing was saved, and "
				 "your text is kept in %s"), path);
	}
	text[n] = '\0';
	*edited = text;
	return NL_OK;
}

enum nl_status editor_edit(const char *initial, char **edited,
			   struct nl_error *err)
{
	struct edit_files files;
	const char *command = editor_command();
	bool keep = false;
	int fd = -1;
	*edited = NULL;
	enum nl_status status = make_files(&files, &fd, err);
	if (status == NL_OK)
		status = write_initial(&files, fd, initial ? initial : "", err);
	if (status == NL_OK)
		status = check_exit(command, run_editor(command, files.path),
				    err);
	if (status == NL_OK)
		status = read_back(files.path, edited, &keep, err);
	drop_files(&files, keep);
	return status;
}

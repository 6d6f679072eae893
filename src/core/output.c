/* output.c — standard output or an atomic file, one interface (output.h). */
#include <errno.h>
#include <string.h>

#include "i18n.h"
#include "output.h"

bool output_is_stdout(const char *path)
{
	return !path || strcmp(path, "-") == 0;
}

enum nl_status output_open(struct output *o, const char *path,
			   struct nl_error *err)
{
	memset(o, 0, sizeof *o);
	if (output_is_stdout(path)) {
		o->to_stdout = true;
		o->stream = stdout;
		return NL_OK;
	}
	enum nl_status status = atomic_file_open(&o->file, path, err);
	if (status == NL_OK)
		o->stream = atomic_file_stream(&o->file);
	return status;
}

static enum nl_status close_stdout(int write_error, struct nl_error *err)
{
	errno = 0;
	if (!write_error && (fflush(stdout) != 0 || ferror(stdout)))
		write_error = errno ? errno : EIO;
	if (!write_error)
		return NL_OK;
	return nl_fail(err, NL_ERR_IO, _("cannot write the output (%s)"),
		       strerror(write_error));
}

enum nl_status output_close(struct output *o, int write_error,
			    struct nl_error *err)
{
	if (o->to_stdout)
		return close_stdout(write_error, err);
	if (write_error) {
		atomic_file_abort(&o->file);
		return nl_fail(err, NL_ERR_IO, _("cannot write %s: %s"),
			       o->file.path, strerror(write_error));
	}
	return atomic_file_commit(&o->file, err);
}

void output_abort(struct output *o)
{
	if (!o->to_stdout)
		atomic_file_abort(&o->file);
}

/*
 * cli_output.c — -o for every command (see cli_output.h): the checks on
 * the target, then output.h's atomic file, with its temporary file
 * registered for removal on a signal from the moment it exists.
 */
#include "cli_output.h"
#include "i18n.h"
#include "store.h"
#include "tempfiles.h"

static enum nl_status open_checked(struct cli *cli, const char *path,
				   bool with_sqlite, struct output *out,
				   struct nl_error *err)
{
	sigset_t old;
	if (!output_is_stdout(path)) {
		const char *database = cli_db_path(cli, err);
		if (!database ||
		    store_refuse_own_files(database, path, err) != NL_OK)
			return err->status;
	}
	tempfiles_hold(&old);
	enum nl_status status = output_open(out, path, err);
	if (status == NL_OK && !out->to_stdout)
		tempfiles_register(out->file.tmp_path, with_sqlite
							       ? TEMPFILE_SQLITE
							       : TEMPFILE_PLAIN);
	tempfiles_release(&old);
	return status;
}

enum nl_status cli_output_open(struct cli *cli, const struct cmd_args *args,
			       struct output *out, struct nl_error *err)
{
	return open_checked(cli, cli_opt(args, "output"), false, out, err);
}

enum nl_status cli_output_open_file(struct cli *cli, const char *path,
				    bool with_sqlite, struct output *out,
				    struct nl_error *err)
{
	if (output_is_stdout(path))
		return nl_fail(err, NL_ERR_INVALID,
			       _("a database cannot go to standard output; "
				 "name a file"));
	return open_checked(cli, path, with_sqlite, out, err);
}

enum nl_status cli_output_close(struct output *out, int write_error,
				struct nl_error *err)
{
	enum nl_status status = output_close(out, write_error, err);
	if (!out->to_stdout)
		tempfiles_forget(out->file.tmp_path);
	return status;
}

void cli_output_abort(struct output *out)
{
	output_abort(out);
	if (!out->to_stdout)
		tempfiles_forget(out->file.tmp_path);
}

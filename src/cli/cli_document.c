/*
 * cli_document.c — the format of a document and writing it (see
 * cli_document.h).
 */
#include <string.h>
#include <strings.h>

#include "cli_document.h"
#include "cli_output.h"
#include "i18n.h"

/* What the file name's extension says, or false when it says nothing. */
static bool format_of_path(const char *path, enum doc_format *out)
{
	const char *slash = path ? strrchr(path, '/') : NULL;
	const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
	if (!dot)
		return false;
	if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)
		*out = DOC_FORMAT_HTML;
	else if (strcasecmp(dot, ".md") == 0 ||
		 strcasecmp(dot, ".markdown") == 0)
		*out = DOC_FORMAT_MARKDOWN;
	else if (strcasecmp(dot, ".csv") == 0)
		*out = DOC_FORMAT_CSV;
	else
		return false;
	return true;
}

bool cli_document_format(const struct cmd_args *args, unsigned allowed,
			 enum doc_format fallback, enum doc_format *out,
			 struct nl_error *err)
{
	const char *name = cli_opt(args, "format");
	enum doc_format format;
	if (name) {
		if (!document_format_parse(name, &format) ||
		    !(allowed & (1u << format))) {
			nl_fail(err, NL_ERR_USAGE, _("unknown format \"%s\""),
				name);
			return false;
		}
	} else if (!format_of_path(cli_opt(args, "output"), &format) ||
		   !(allowed & (1u << format))) {
		format = fallback;
	}
	*out = format;
	return true;
}

enum nl_status cli_document_write(struct cli *cli,
				  const struct cmd_args *args,
				  enum doc_format format,
				  enum doc_layout layout, doc_markdown_fn fn,
				  const void *data, struct nl_error *err)
{
	struct output out;
	enum nl_status status = cli_output_open(cli, args, &out, err);
	if (status != NL_OK)
		return status;
	status = document_write(out.stream, format, layout, fn, data, err);
	if (status != NL_OK) {
		cli_output_abort(&out);
		return status;
	}
	return cli_output_close(&out, 0, err);
}

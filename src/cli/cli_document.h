/*
 * cli_document.h — `--format` and `-o` for every command that writes a
 * document (minutes, report, invite, sheet, allowance): which format, and
 * writing it through the one output helper (cli_output.h), so documents
 * get the same refusals of dangerous targets and `-o -` as every export.
 *
 * The format is --format when given, else what -o's extension says
 * (.html or .htm: HTML, .md: Markdown, .csv: CSV), else the command's
 * default.  A format the command does not write is a usage error.
 */
#ifndef NOTULIST_CLI_DOCUMENT_H
#define NOTULIST_CLI_DOCUMENT_H

#include "cli.h"
#include "document.h"

#define CLI_FORMAT_OPTION {"format", 'f', true}

/* Bits of the formats a command writes. */
#define CLI_DOC_MD (1u << DOC_FORMAT_MARKDOWN)
#define CLI_DOC_HTML (1u << DOC_FORMAT_HTML)
#define CLI_DOC_CSV (1u << DOC_FORMAT_CSV)

/* The format args ask for among `allowed`; `fallback` without --format or
 * a telling extension.  False with NL_ERR_USAGE in err otherwise. */
bool cli_document_format(const struct cmd_args *args, unsigned allowed,
			 enum doc_format fallback, enum doc_format *out,
			 struct nl_error *err);

/* Writes a Markdown or HTML document where -o says (document_write). */
enum nl_status cli_document_write(struct cli *cli,
				  const struct cmd_args *args,
				  enum doc_format format,
				  enum doc_layout layout, doc_markdown_fn fn,
				  const void *data, struct nl_error *err);

#endif

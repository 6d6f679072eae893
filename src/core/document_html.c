/*
 * document_html.c — a document's Markdown as one self-contained HTML page
 * (document.h), rendered by libcmark-gfm; notulist writes no HTML of the
 * document itself, only the page around it.
 *
 * What must hold: the renderer runs without CMARK_OPT_UNSAFE, so raw HTML
 * in the Markdown never reaches the page and unsafe link targets are
 * dropped; the title is the plain text of the first level-1 heading,
 * escaped here because it goes into <title> by hand.
 */
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "document.h"
#include "i18n.h"

/* Screen and A4 print.  Rows of tables and list items never split over
 * two pages, a heading never ends a page, a table's header row repeats on
 * every page.  The sheet's rows are 5.8 mm high: on the 267 mm between the
 * margins, 30 people (174 mm), the headings of three municipalities with
 * their table headers (about 40 mm) and the title block (about 45 mm) fit
 * on one page.  Every table of the sheet has the same fixed columns, so
 * they line up from municipality to municipality and the empty rows for
 * walk-ins keep room to write a name; the signature column stays the
 * widest after the name (55 mm on A4). */
static const char style[] =
	"@page { size: A4; margin: 15mm 15mm 15mm 18mm; }\n"
	"body { font-family: \"Liberation Sans\", Arial, Helvetica, "
	"sans-serif; font-size: 11pt; line-height: 1.35; color: #000; "
	"background: #fff; max-width: 50em; margin: 1.5em auto; "
	"padding: 0 1em; }\n"
	"h1 { font-size: 17pt; margin: 0 0 0.6em; }\n"
	"h2 { font-size: 13.5pt; margin: 1.2em 0 0.4em; }\n"
	"h3 { font-size: 11.5pt; margin: 1em 0 0.3em; }\n"
	"h1, h2, h3 { break-after: avoid-page; page-break-after: avoid; }\n"
	"table { border-collapse: collapse; width: 100%; margin: 0.4em 0 "
	"0.8em; }\n"
	"th, td { border: 1px solid #777; padding: 0.15em 0.4em; "
	"vertical-align: top; }\n"
	"th { background: #eee; text-align: left; }\n"
	"thead { display: table-header-group; }\n"
	"tr, li { break-inside: avoid; page-break-inside: avoid; }\n"
	"pre { font-size: 9pt; white-space: pre-wrap; }\n"
	"body.pages > section + section { break-before: page; "
	"page-break-before: always; }\n"
	"body.flow > section { break-inside: avoid-page; }\n"
	"body.sheet { font-size: 10pt; line-height: 1.25; }\n"
	"body.sheet h1 { font-size: 14pt; margin-bottom: 0.3em; }\n"
	"body.sheet h2 { font-size: 11pt; margin: 0.5em 0 0.15em; }\n"
	"body.sheet ul, body.sheet p { margin: 0.2em 0; }\n"
	"body.sheet table { margin: 0; }\n"
	"body.sheet td { height: 5.8mm; padding: 0 0.4em; "
	"vertical-align: middle; }\n"
	"body.sheet table { table-layout: fixed; }\n"
	"body.sheet th:nth-child(1) { width: 28%; }\n"
	"body.sheet th:nth-child(2) { width: 18%; }\n"
	"body.sheet th:nth-child(3) { width: 11%; }\n"
	"body.sheet th:nth-child(4) { width: 12%; }\n"
	"body.sheet th:nth-child(5) { width: 31%; }\n"
	"@media print {\n"
	"  body { max-width: none; margin: 0; padding: 0; }\n"
	"  a { color: inherit; text-decoration: none; }\n"
	"}\n";

static const char *layout_class(enum doc_layout layout)
{
	switch (layout) {
	case DOC_LAYOUT_PAGES:
		return "pages";
	case DOC_LAYOUT_SHEET:
		return "sheet";
	case DOC_LAYOUT_FLOW:
	default:
		return "flow";
	}
}

/* ---- a growing string ---------------------------------------------------- */

struct buf {
	char *data;
	size_t len, cap;
	bool failed;
};

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *data = realloc(b->data, cap);
		if (!data) {
			b->failed = true;
			return;
		}
		b->data = data;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Text into HTML: the five characters with a meaning there. */
static void buf_escaped(struct buf *b, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&#39;"); break;
		default: buf_add(b, s, 1);
		}
	}
}

/* Takes over a string cmark allocated with the default allocator. */
static void buf_take(struct buf *b, char *s)
{
	if (!s) {
		b->failed = true;
		return;
	}
	buf_puts(b, s);
	free(s);
}

/* ---- the document -------------------------------------------------------- */

static cmark_node *parse(const char *markdown, cmark_llist **extensions)
{
	cmark_gfm_core_extensions_ensure_registered();
	cmark_parser *parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8);
	if (!parser)
		return NULL;
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	if (table) {
		cmark_parser_attach_syntax_extension(parser, table);
		*extensions = cmark_parser_get_syntax_extensions(parser);
	}
	cmark_parser_feed(parser, markdown, strlen(markdown));
	cmark_node *doc = cmark_parser_finish(parser);
	/* The list of extensions belongs to the parser: copy what the
	 * renderer needs before the parser goes. */
	cmark_llist *copy = NULL;
	for (cmark_llist *e = *extensions; e; e = e->next)
		copy = cmark_llist_append(cmark_get_default_mem_allocator(),
					  copy, e->data);
	*extensions = copy;
	cmark_parser_free(parser);
	return doc;
}

/* The plain text of a heading: its text and code, breaks as spaces. */
static void heading_text(cmark_node *heading, struct buf *out)
{
	cmark_iter *iter = cmark_iter_new(heading);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(iter);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(node)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			buf_escaped(out, cmark_node_get_literal(node));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_puts(out, " ");
			break;
		default:
			break;
		}
	}
	cmark_iter_free(iter);
}

static void write_title(cmark_node *doc, struct buf *out)
{
	for (cmark_node *n = cmark_node_first_child(doc); n;
	     n = cmark_node_next(n))
		if (cmark_node_get_type(n) == CMARK_NODE_HEADING &&
		    cmark_node_get_heading_level(n) == 1) {
			heading_text(n, out);
			return;
		}
}

static bool starts_section(cmark_node *n)
{
	return cmark_node_get_type(n) == CMARK_NODE_HEADING &&
	       cmark_node_get_heading_level(n) == 2;
}

/* The body: what comes before the first level-2 heading in <header>, each
 * level-2 heading with what follows it in a <section> of its own, so the
 * style sheet can keep sections together or give each its own page. */
static void write_body(cmark_node *doc, cmark_llist *extensions,
		       struct buf *out)
{
	const char *open = NULL;
	for (cmark_node *n = cmark_node_first_child(doc); n;
	     n = cmark_node_next(n)) {
		if (!open || starts_section(n)) {
			if (open)
				buf_puts(out, open);
			bool section = starts_section(n);
			buf_puts(out, section ? "<section>\n" : "<header>\n");
			open = section ? "</section>\n" : "</header>\n";
		}
		buf_take(out, cmark_render_html(n, CMARK_OPT_DEFAULT,
						extensions));
	}
	if (open)
		buf_puts(out, open);
}

char *document_html(const char *markdown, enum doc_layout layout)
{
	cmark_llist *extensions = NULL;
	cmark_node *doc = parse(markdown, &extensions);
	if (!doc)
		return NULL;
	struct buf out = {0};
	buf_puts(&out, "<!DOCTYPE html>\n<html lang=\"");
	/* TRANSLATORS: the language of this catalogue as an HTML lang
	 * attribute (BCP 47): "nl" for Dutch.  It tells browsers and screen
	 * readers how to read the documents notulist writes. */
	buf_escaped(&out, _("en"));
	buf_puts(&out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, "
		       "initial-scale=1\">\n<title>");
	write_title(doc, &out);
	buf_puts(&out, "</title>\n<style>\n");
	buf_puts(&out, style);
	buf_puts(&out, "</style>\n</head>\n<body class=\"");
	buf_puts(&out, layout_class(layout));
	buf_puts(&out, "\">\n");
	write_body(doc, extensions, &out);
	buf_puts(&out, "</body>\n</html>\n");
	cmark_llist_free(cmark_get_default_mem_allocator(), extensions);
	cmark_node_free(doc);
	if (out.failed) {
		free(out.data);
		return NULL;
	}
	return out.data;
}

/* ---- writing -------------------------------------------------------------- */

static char *markdown_of(doc_markdown_fn fn, const void *data)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem)
		return NULL;
	fn(mem, data);
	bool failed = ferror(mem) != 0;
	if (fclose(mem) != 0 || failed) {
		free(text);
		return NULL;
	}
	return text;
}

enum nl_status document_write(FILE *out, enum doc_format format,
			      enum doc_layout layout, doc_markdown_fn fn,
			      const void *data, struct nl_error *err)
{
	if (format != DOC_FORMAT_HTML) {
		fn(out, data);
		return NL_OK;
	}
	char *markdown = markdown_of(fn, data);
	char *html = markdown ? document_html(markdown, layout) : NULL;
	free(markdown);
	if (!html)
		return nl_fail(err, NL_ERR_NOMEM, "%s", _("out of memory"));
	fputs(html, out);
	free(html);
	return NL_OK;
}

bool document_format_parse(const char *name, enum doc_format *out)
{
	if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
		*out = DOC_FORMAT_MARKDOWN;
	else if (strcmp(name, "html") == 0)
		*out = DOC_FORMAT_HTML;
	else if (strcmp(name, "csv") == 0)
		*out = DOC_FORMAT_CSV;
	else
		return false;
	return true;
}

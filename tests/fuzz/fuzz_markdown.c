/*
 * fuzz_markdown.c — libFuzzer target for the Markdown writer of user text
 * (markdown.h) as the minutes and the annual report use it.
 *
 * At start-up a scratch database gets the demo body and one meeting with
 * every kind of record (fuzz_record.h); its minutes and its history are
 * loaded once.  An input is a list of texts split at NUL
 * bytes; every text field of the loaded minutes and history (the GR's
 * name, place, chair, names of people and municipalities, titles, notes,
 * decisions, actions, owners, subjects, answers, warnings) gets one of
 * them in turn, and the minutes and the report are written twice: with
 * these texts, and with each of their characters but spaces, tabs and
 * line breaks replaced by 'x'.  Both are parsed with libcmark-gfm and its
 * GitHub extensions.  Invariants:
 *  - the two have the same structure: no link, image, HTML, emphasis,
 *    heading, list, table, quote, rule or code block came from the text
 *    (GFM's links of e-mail addresses, whose text is the address, count
 *    as text: GFM links every address it sees);
 *  - in the minutes, every line of every text printed is in the
 *    document's text literally, as text_show.h shows it, trimmed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "continuity.h"
#include "fuzz_common.h"
#include "fuzz_record.h"
#include "history.h"
#include "record_rules.h"
#include "minutes.h"
#include "report.h"
#include "store.h"
#include "text_show.h"

static struct store *fuzz_store;
static struct minutes minutes;
static struct history history;
static struct warning_list warnings;
static bool loaded;

/* ---- set-up ------------------------------------------------------------ */

static void free_loaded(void)
{
	minutes_free(&minutes);
	history_free(&history);
	warning_list_free(&warnings);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct nl_error err = {0};
	(void)argc;
	(void)argv;
	setenv("NOTULIST_NOW", "2026-03-10 13:00:00", 1);
	fuzz_store = fuzz_open_scratch_store("markdown.db");
	fuzz_record_demo(fuzz_store);
	nl_time later = fuzz_at(20, 12, 0);
	fuzz_must(minutes_load(fuzz_store, 1, later, &minutes, &err), &err);
	fuzz_must(history_load(fuzz_store, (struct nl_date){2024, 1, 1},
			       (struct nl_date){2027, 12, 31}, later, &history,
			       &err), &err);
	fuzz_must(continuity_check(&history, 2026, &warnings, &err), &err);
	loaded = true;
	atexit(free_loaded);
	cmark_gfm_core_extensions_ensure_registered();
	return 0;
}

/* ---- the texts ------------------------------------------------------------ */

enum { MAX_TEXTS = 64 };

struct texts {
	const char *text[MAX_TEXTS];
	bool lines[MAX_TEXTS];  /* free text whose line breaks count */
	size_t n;
};

/* Each character but space, tab and line break as 'x': same lines, same
 * blanks, no markup. */
static char *plain(const char *text)
{
	size_t len = strlen(text), used = 0;
	char *out = malloc(len + 1);
	uint32_t cp;
	if (!out)
		abort();
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(text + i, len - i, &cp);
		char c = text[i];
		out[used++] = c == ' ' || c == '\t' || c == '\n' ? c : 'x';
		i += n ? n : 1;
	}
	out[used] = '\0';
	return out;
}

/* Fills every text field from the list, in turn; `print` collects those
 * the minutes print, for the literal check. */
struct filler {
	const struct texts *in;
	size_t next;
	struct texts *printed;
};

static void put(struct filler *f, char *field, size_t size, bool printed,
		bool lines)
{
	const char *text = f->in->n ? f->in->text[f->next++ % f->in->n] : "";
	size_t len = strlen(text);
	if (len >= size) {
		/* Cut before a character that would be split, but never more
		 * than its three continuation bytes: a run of stray ones (not
		 * UTF-8 at all) would otherwise cut the text to nothing, and an
		 * empty field leaves out a line its benign twin keeps. */
		len = size - 1;
		for (int back = 0; back < 3 && len > 0 &&
				   ((unsigned char)text[len] & 0xC0) == 0x80;
		     back++)
			len--;
	}
	memcpy(field, text, len);
	field[len] = '\0';
	if (printed && f->printed && f->printed->n < MAX_TEXTS) {
		f->printed->lines[f->printed->n] = lines;
		f->printed->text[f->printed->n++] = field;
	}
}

#define PUT(f, field, printed) \
	put((f), (field), sizeof (field), (printed), false)
#define PUT_LINES(f, field, printed) \
	put((f), (field), sizeof (field), (printed), true)

static void fill_minutes(struct filler *f)
{
	struct meeting_snapshot *s = &minutes.snapshot;
	PUT(f, s->settings.gr_name, true);
	PUT(f, s->meeting.location, true);
	PUT(f, s->meeting.chair, true);
	for (size_t i = 0; i < s->n_balance; i++)
		PUT(f, s->balance[i].municipality.name, true);
	for (size_t i = 0; i < s->n_people; i++) {
		struct attendee *a = &s->people[i];
		PUT(f, a->person.name, a->attendance.visits > 0);
		PUT(f, a->person.municipality, false);
	}
	for (size_t i = 0; i < minutes.n_items; i++) {
		struct agenda_item *it = &minutes.items[i];
		PUT(f, it->title, true);
		PUT(f, it->submitted_by, it->submitted_by_id != 0);
		PUT_LINES(f, it->notes, it->notes[0] != '\0');
		PUT_LINES(f, it->decision, it->decision[0] != '\0');
	}
	for (size_t i = 0; i < minutes.n_actions; i++) {
		PUT(f, minutes.actions[i].description, true);
		PUT(f, minutes.actions[i].owner,
		    minutes.actions[i].owner[0] != '\0');
	}
	/* An answer is printed once it was received by the meeting's day;
	 * one received later is not part of these minutes. */
	for (size_t i = 0; i < minutes.n_advice; i++) {
		struct advice *a = &minutes.advice[i];
		PUT(f, a->subject, true);
		PUT_LINES(f, a->answer,
			  a->answer[0] != '\0' &&
				  advice_answered_by(a, s->meeting.date));
	}
}

static void fill_history(struct filler *f)
{
	PUT(f, history.settings.gr_name, true);
	for (size_t k = 0; k < history.n_municipalities; k++)
		PUT(f, history.municipalities[k].name, true);
	for (size_t p = 0; p < history.n_people; p++) {
		PUT(f, history.people[p].name, true);
		PUT(f, history.people[p].municipality, true);
	}
	for (size_t i = 0; i < warnings.n; i++)
		PUT(f, warnings.items[i].text, true);
}

/* ---- reading the documents back -------------------------------------------- */

static cmark_node *parse(const char *doc, size_t len)
{
	static const char *const extensions[] = {
		"table", "strikethrough", "autolink", "tagfilter", "tasklist",
	};
	cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
	for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
		cmark_parser_attach_syntax_extension(
			parser, cmark_find_syntax_extension(extensions[i]));
	cmark_parser_feed(parser, doc, len);
	cmark_node *root = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	if (!root)
		abort();
	return root;
}

static const char *literal_of(cmark_node *node)
{
	const char *s = cmark_node_get_literal(node);
	return s ? s : "";
}

static bool is_type(cmark_node *node, const char *type)
{
	return strcmp(cmark_node_get_type_string(node), type) == 0;
}

/* GFM's link of an e-mail address: its only text is its address. */
static bool mail_link(cmark_node *node)
{
	if (!is_type(node, "link"))
		return false;
	cmark_node *child = cmark_node_first_child(node);
	if (!child || cmark_node_next(child) || !is_type(child, "text"))
		return false;
	const char *text = literal_of(child), *url = cmark_node_get_url(node);
	if (!url || !strchr(text, '@'))
		return false;
	return strcmp(url, text) == 0 ||
	       (strncmp(url, "mailto:", 7) == 0 && strcmp(url + 7, text) == 0);
}

struct buf {
	char *text;
	size_t len;
	FILE *fp;
};

static void buf_open(struct buf *b)
{
	b->text = NULL;
	b->len = 0;
	if (!(b->fp = open_memstream(&b->text, &b->len)))
		abort();
}

static void buf_close(struct buf *b)
{
	if (fclose(b->fp) != 0)
		abort();
}

static bool is_leaf(cmark_node *node)
{
	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
	case CMARK_NODE_CODE:
	case CMARK_NODE_HTML_INLINE:
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_THEMATIC_BREAK:
	case CMARK_NODE_FOOTNOTE_REFERENCE:
		return true;
	default:
		return false;
	}
}

/* One line per element that is not text, indented by its depth, with
 * what changes what it is (heading level, list type, link target). */
static void shape(cmark_node *root, struct buf *out)
{
	cmark_iter *iter = cmark_iter_new(root);
	cmark_event_type ev;
	int depth = 0;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(iter);
		if (ev == CMARK_EVENT_EXIT) {
			depth--;
			continue;
		}
		bool leaf = is_leaf(node);
		if (!(is_type(node, "text") || is_type(node, "softbreak") ||
		      is_type(node, "linebreak") || mail_link(node))) {
			fprintf(out->fp, "%*s%s", depth * 2, "",
				cmark_node_get_type_string(node));
			if (is_type(node, "heading"))
				fprintf(out->fp, " %d",
					cmark_node_get_heading_level(node));
			if (is_type(node, "list"))
				fprintf(out->fp, " %d",
					(int)cmark_node_get_list_type(node));
			if (is_type(node, "link") || is_type(node, "image"))
				fprintf(out->fp, " %s", cmark_node_get_url(node));
			if (is_type(node, "code_block")) {
				size_t lines = 0;
				for (const char *c = literal_of(node); *c; c++)
					lines += *c == '\n';
				fprintf(out->fp, " %zu", lines);
			}
			fputc('\n', out->fp);
		}
		if (!leaf)
			depth++;
	}
	cmark_iter_free(iter);
}

/* The document's text: text and code, every break and block end a new
 * line. */
static void text_of(cmark_node *root, struct buf *out)
{
	cmark_iter *iter = cmark_iter_new(root);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(iter);
		cmark_node_type type = cmark_node_get_type(node);
		if (ev == CMARK_EVENT_EXIT) {
			if (type == CMARK_NODE_PARAGRAPH ||
			    type == CMARK_NODE_HEADING)
				fputc('\n', out->fp);
			continue;
		}
		if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE ||
		    type == CMARK_NODE_CODE_BLOCK)
			fputs(literal_of(node), out->fp);
		else if (type == CMARK_NODE_SOFTBREAK ||
			 type == CMARK_NODE_LINEBREAK)
			fputc('\n', out->fp);
		else if (is_type(node, "table_cell"))
			fputc('\n', out->fp);
	}
	cmark_iter_free(iter);
}

/* ---- the checks ------------------------------------------------------------- */

typedef void writer_fn(FILE *out);

static void write_minutes(FILE *out)
{
	minutes_write_markdown(out, &minutes);
}

static void write_report(FILE *out)
{
	report_write(out, &history, 2026, &warnings);
}

/* `printed` collects only what the minutes print: the literal check reads
 * the minutes, and a text that went only into the history (a person's
 * name in the report) is rightly not in them. */
static void fill(const struct texts *in, struct texts *printed)
{
	struct filler f = {in, 0, printed};
	fill_minutes(&f);
	f.printed = NULL;
	fill_history(&f);
}

/* The shape of the document `write` makes with the texts filled in. */
static char *document_shape(writer_fn *write, struct buf *doc_text)
{
	struct buf doc, out;
	buf_open(&doc);
	write(doc.fp);
	buf_close(&doc);
	cmark_node *root = parse(doc.text, doc.len);
	buf_open(&out);
	shape(root, &out);
	buf_close(&out);
	if (doc_text) {
		buf_open(doc_text);
		text_of(root, doc_text);
		buf_close(doc_text);
	}
	cmark_node_free(root);
	free(doc.text);
	return out.text;
}

/* Every line of every printed text, shown and trimmed, is in the text. */
static void check_literal(const struct texts *printed, const char *doc_text)
{
	for (size_t i = 0; i < printed->n; i++) {
		char *shown = text_show_dup(printed->text[i],
					    printed->lines[i] ? SHOW_LINES
							      : SHOW_LINE);
		if (!shown)
			abort();
		for (char *line = strtok(shown, "\n"); line;
		     line = strtok(NULL, "\n")) {
			while (*line == ' ')
				line++;
			size_t len = strlen(line);
			while (len > 0 && line[len - 1] == ' ')
				line[--len] = '\0';
			if (len && !strstr(doc_text, line))
				abort(); /* the text did not come out literally */
		}
		free(shown);
	}
}

static void split(const uint8_t *data, size_t size, struct texts *out,
		  char *copy)
{
	memcpy(copy, data, size);
	copy[size] = '\0';
	memset(out, 0, sizeof *out);
	for (size_t start = 0; start <= size && out->n < MAX_TEXTS;) {
		out->text[out->n++] = copy + start;
		start += strlen(copy + start) + 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!loaded)
		LLVMFuzzerInitialize(NULL, NULL);
	char *copy = malloc(size + 1);
	struct texts hostile, benign, printed;
	if (!copy)
		abort();
	split(data, size, &hostile, copy);
	memset(&benign, 0, sizeof benign);
	memset(&printed, 0, sizeof printed);
	benign.n = hostile.n;
	for (size_t i = 0; i < hostile.n; i++)
		benign.text[i] = plain(hostile.text[i]);

	writer_fn *writers[] = {write_minutes, write_report};
	for (size_t w = 0; w < 2; w++) {
		struct buf doc_text;
		fill(&benign, NULL);
		char *want = document_shape(writers[w], NULL);
		printed.n = 0;
		fill(&hostile, &printed);
		char *got = document_shape(writers[w], w == 0 ? &doc_text : NULL);
		if (strcmp(want, got) != 0)
			abort(); /* the text changed the document's structure */
		if (w == 0) {
			check_literal(&printed, doc_text.text);
			free(doc_text.text);
		}
		free(want);
		free(got);
	}
	for (size_t i = 0; i < benign.n; i++)
		free((char *)benign.text[i]);
	free(copy);
	return 0;
}

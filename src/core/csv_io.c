/*
 * csv_io.c — CSV through libcsv (see csv_io.h for the rules).
 *
 * Invariants: only this file includes <csv.h>; the reader holds at most one
 * physical line and one record in memory, so reading is streaming; every
 * record the reader returns has been parsed completely by libcsv in strict
 * mode (CSV_STRICT | CSV_STRICT_FINI), so an unterminated quote at the end
 * of the input is an error, not a silently shortened field.
 */
#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv_io.h"
#include "i18n.h"
#include "text_show.h"

#define CSV_OPTIONS (CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)
#define READ_BLOCK 65536

bool csv_parse_delimiter(const char *text, char *out)
{
	if (!text)
		return false;
	if (strcmp(text, ",") == 0 || strcmp(text, ";") == 0 ||
	    strcmp(text, "\t") == 0) {
		*out = text[0];
		return true;
	}
	if (strcasecmp(text, "tab") == 0) {
		*out = '\t';
		return true;
	}
	return false;
}

/* ---- writing ------------------------------------------------------------ */

void csv_writer_init(struct csv_writer *w, FILE *out, char delimiter)
{
	memset(w, 0, sizeof *w);
	w->out = out;
	w->delimiter = delimiter ? delimiter : ',';
}

void csv_writer_free(struct csv_writer *w)
{
	free(w->scratch);
	w->scratch = NULL;
	w->scratch_size = 0;
}

static void note_error(struct csv_writer *w)
{
	if (!w->error)
		w->error = errno ? errno : EIO;
}

static void put_bytes(struct csv_writer *w, const char *s, size_t n)
{
	errno = 0;
	if (n && fwrite(s, 1, n, w->out) != n)
		note_error(w);
}

void csv_write_bom(struct csv_writer *w)
{
	if (!w->error)
		put_bytes(w, "\xEF\xBB\xBF", 3);
}

/* A reader trims unquoted white space at either end (libcsv does, and so
 * do spreadsheets on import), so such a field is quoted to survive. */
static bool needs_quotes(const char *s, size_t n, char delimiter)
{
	if (n == 0)
		return false;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		return true;
	for (size_t i = 0; i < n; i++)
		if (s[i] == delimiter || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n')
			return true;
	return false;
}

/* OWASP: cells starting with these are formulas (or become one). */
static bool needs_neutralising(const char *s)
{
	return s[0] && strchr("=+-@\t\r", s[0]) != NULL;
}

static void put_quoted(struct csv_writer *w, const char *s, size_t n)
{
	errno = 0;
	if (csv_fwrite(w->out, s, n) != 0)
		note_error(w);
}

/* The "'" goes inside the quotes, and libcsv quotes a whole buffer, so
 * a neutralised field is assembled in scratch first. */
static void put_neutralised(struct csv_writer *w, const char *s, size_t n)
{
	if (w->scratch_size < n + 2) {
		char *bigger = realloc(w->scratch, n + 2);
		if (!bigger) {
			w->error = ENOMEM;
			return;
		}
		w->scratch = bigger;
		w->scratch_size = n + 2;
	}
	w->scratch[0] = '\'';
	memcpy(w->scratch + 1, s, n + 1);
	if (needs_quotes(w->scratch, n + 1, w->delimiter))
		put_quoted(w, w->scratch, n + 1);
	else
		put_bytes(w, w->scratch, n + 1);
}

void csv_write_field(struct csv_writer *w, const char *text)
{
	const char *s = text ? text : "";
	size_t n = strlen(s);
	if (w->error)
		return;
	if (w->row_started)
		put_bytes(w, &w->delimiter, 1);
	w->row_started = true;
	if (needs_neutralising(s))
		put_neutralised(w, s, n);
	else if (needs_quotes(s, n, w->delimiter))
		put_quoted(w, s, n);
	else
		put_bytes(w, s, n);
}

void csv_write_text(struct csv_writer *w, const char *text)
{
	char small[512];
	if (!text || text_shows_as_is(text, SHOW_LINE)) {
		csv_write_field(w, text);
		return;
	}
	if (text_show(text, SHOW_LINE, small, sizeof small) < sizeof small) {
		csv_write_field(w, small);
		return;
	}
	char *shown = text_show_dup(text, SHOW_LINE);
	if (!shown) {
		if (!w->error)
			w->error = ENOMEM;
		return;
	}
	csv_write_field(w, shown);
	free(shown);
}

void csv_write_int(struct csv_writer *w, long long value)
{
	char text[32];
	snprintf(text, sizeof text, "%lld", value);
	csv_write_field(w, text);
}

void csv_end_row(struct csv_writer *w)
{
	if (!w->error && w->crlf)
		put_bytes(w, "\r\n", 2);
	else if (!w->error)
		put_bytes(w, "\n", 1);
	w->row_started = false;
}

void csv_write_row(struct csv_writer *w, const char *const *fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		csv_write_field(w, fields[i]);
	csv_end_row(w);
}

/* ---- reading ------------------------------------------------------------ */

struct csv_reader {
	struct csv_parser parser;
	char delimiter;              /* 0 until detected */

	/* the source: a FILE read in blocks, or memory */
	FILE *in;
	const unsigned char *data;
	size_t data_len, data_pos;
	unsigned char *block;
	bool eof;

	/* the physical line being fed */
	unsigned char *line;
	size_t line_len, line_cap;
	long line_no;
	bool seen_first;             /* the BOM check has been done */

	/* the record being assembled */
	bool in_record, row_done, out_of_memory, finished;
	long record_line;
	size_t record_bytes;
	char *arena;                 /* fields, each NUL-terminated */
	size_t arena_len, arena_cap;
	size_t *offsets, *lengths;
	char **fields;
	size_t n_fields, fields_cap;
};

static bool grow(void **buf, size_t *cap, size_t need, size_t item)
{
	if (need <= *cap)
		return true;
	size_t wanted = *cap ? *cap : 64;
	while (wanted < need)
		wanted *= 2;
	void *bigger = realloc(*buf, wanted * item);
	if (!bigger)
		return false;
	*buf = bigger;
	*cap = wanted;
	return true;
}

/* The three per-field arrays grow together. */
static bool grow_fields(struct csv_reader *r)
{
	if (r->n_fields < r->fields_cap)
		return true;
	size_t cap = r->fields_cap ? r->fields_cap * 2 : 16;
	size_t *offsets = realloc(r->offsets, cap * sizeof *offsets);
	if (!offsets)
		return false;
	r->offsets = offsets;
	size_t *lengths = realloc(r->lengths, cap * sizeof *lengths);
	if (!lengths)
		return false;
	r->lengths = lengths;
	char **fields = realloc(r->fields, cap * sizeof *fields);
	if (!fields)
		return false;
	r->fields = fields;
	r->fields_cap = cap;
	return true;
}

static void on_field(void *s, size_t len, void *data)
{
	struct csv_reader *r = data;
	if (r->out_of_memory)
		return;
	if (!grow((void **)&r->arena, &r->arena_cap, r->arena_len + len + 1, 1) ||
	    !grow_fields(r)) {
		r->out_of_memory = true;
		return;
	}
	if (len)
		memcpy(r->arena + r->arena_len, s, len);
	r->arena[r->arena_len + len] = '\0';
	r->offsets[r->n_fields] = r->arena_len;
	r->lengths[r->n_fields] = len;
	r->n_fields++;
	r->arena_len += len + 1;
}

static void on_row(int c, void *data)
{
	(void)c;
	((struct csv_reader *)data)->row_done = true;
}

static enum nl_status reader_new(char delimiter, struct csv_reader **out,
				 struct nl_error *err)
{
	struct csv_reader *r = calloc(1, sizeof *r);
	if (!r || csv_init(&r->parser, CSV_OPTIONS) != 0) {
		free(r);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	r->delimiter = delimiter;
	if (delimiter)
		csv_set_delim(&r->parser, (unsigned char)delimiter);
	/* Bigger steps than the default 128 bytes: fewer reallocations. */
	csv_set_blk_size(&r->parser, 4096);
	*out = r;
	return NL_OK;
}

enum nl_status csv_reader_open(FILE *in, char delimiter,
			       struct csv_reader **out, struct nl_error *err)
{
	enum nl_status status = reader_new(delimiter, out, err);
	if (status != NL_OK)
		return status;
	(*out)->in = in;
	if (!((*out)->block = malloc(READ_BLOCK))) {
		csv_reader_close(*out);
		*out = NULL;
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	return NL_OK;
}

enum nl_status csv_reader_open_memory(const void *data, size_t size,
				      char delimiter, struct csv_reader **out,
				      struct nl_error *err)
{
	enum nl_status status = reader_new(delimiter, out, err);
	if (status != NL_OK)
		return status;
	(*out)->data = data;
	(*out)->data_len = size;
	(*out)->eof = true; /* nothing beyond the buffer */
	return NL_OK;
}

char csv_reader_delimiter(const struct csv_reader *r)
{
	return r->delimiter ? r->delimiter : ',';
}

void csv_reader_close(struct csv_reader *r)
{
	if (!r)
		return;
	csv_free(&r->parser);
	free(r->block);
	free(r->line);
	free(r->arena);
	free(r->offsets);
	free(r->lengths);
	free(r->fields);
	free(r);
}

/* Makes unread input available; false at the end (or on a read error,
 * which *read_errno then holds). */
static bool refill(struct csv_reader *r, int *read_errno)
{
	if (r->data_pos < r->data_len)
		return true;
	if (r->eof || !r->in)
		return false;
	size_t n = fread(r->block, 1, READ_BLOCK, r->in);
	if (n == 0) {
		r->eof = true;
		if (ferror(r->in))
			*read_errno = errno ? errno : EIO;
		return false;
	}
	r->data = r->block;
	r->data_len = n;
	r->data_pos = 0;
	return true;
}

static bool line_append(struct csv_reader *r, const unsigned char *s,
			size_t n)
{
	if (!grow((void **)&r->line, &r->line_cap, r->line_len + n, 1))
		return false;
	memcpy(r->line + r->line_len, s, n);
	r->line_len += n;
	return true;
}

enum line_result { LINE_OK, LINE_END, LINE_TOO_LONG, LINE_READ_ERROR,
		   LINE_NO_MEMORY };

/* Reads the next physical line, its terminator (LF, CR or CRLF) included,
 * into r->line. */
static enum line_result next_line(struct csv_reader *r, int *read_errno)
{
	size_t limit = CSV_MAX_RECORD - r->record_bytes;
	r->line_len = 0;
	while (refill(r, read_errno)) {
		const unsigned char *start = r->data + r->data_pos;
		size_t avail = r->data_len - r->data_pos, n = 0;
		while (n < avail && start[n] != '\n' && start[n] != '\r')
			n++;
		bool ended = n < avail;
		bool cr = ended && start[n] == '\r';
		n += ended;
		if (r->line_len + n > limit)
			return LINE_TOO_LONG;
		if (!line_append(r, start, n))
			return LINE_NO_MEMORY;
		r->data_pos += n;
		if (!ended)
			continue;
		/* A CR may be the first half of a CRLF in the next block. */
		if (cr && refill(r, read_errno) &&
		    r->data[r->data_pos] == '\n') {
			if (!line_append(r, r->data + r->data_pos, 1))
				return LINE_NO_MEMORY;
			r->data_pos++;
		}
		return *read_errno ? LINE_READ_ERROR : LINE_OK;
	}
	if (*read_errno)
		return LINE_READ_ERROR;
	return r->line_len ? LINE_OK : LINE_END;
}

static bool is_blank(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* The delimiter that occurs most often outside quotes in the header;
 * ties go to ',' (then ';'), and none at all means ','. */
static char detect_delimiter(const unsigned char *s, size_t n)
{
	static const char candidates[] = {',', ';', '\t'};
	size_t counts[3] = {0};
	bool quoted = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			for (int k = 0; k < 3; k++)
				counts[k] += s[i] == (unsigned char)candidates[k];
	}
	int best = 0;
	for (int k = 1; k < 3; k++)
		if (counts[k] > counts[best])
			best = k;
	return candidates[best];
}

/* Drops a UTF-8 byte order mark at the very start of the input. */
static void drop_bom(struct csv_reader *r)
{
	if (r->line_len >= 3 && memcmp(r->line, "\xEF\xBB\xBF", 3) == 0) {
		memmove(r->line, r->line + 3, r->line_len - 3);
		r->line_len -= 3;
	}
}

static void start_record(struct csv_reader *r)
{
	r->in_record = true;
	r->row_done = false;
	r->record_line = r->line_no;
	r->record_bytes = 0;
	r->arena_len = 0;
	r->n_fields = 0;
}

static void end_record(struct csv_reader *r)
{
	r->in_record = false;
	r->row_done = false;
	r->record_bytes = 0;
}

/* After a parse error the parser holds half a record: start afresh. */
static bool reset_parser(struct csv_reader *r)
{
	csv_free(&r->parser);
	if (csv_init(&r->parser, CSV_OPTIONS) != 0)
		return false;
	csv_set_delim(&r->parser, (unsigned char)r->delimiter);
	csv_set_blk_size(&r->parser, 4096);
	return true;
}

/* Hands out the assembled record, or false when every field is empty
 * (";;;;" is how spreadsheets save an empty row). */
static bool take_record(struct csv_reader *r, struct csv_record *record)
{
	bool any = false;
	for (size_t i = 0; i < r->n_fields; i++) {
		r->fields[i] = r->arena + r->offsets[i];
		any |= r->lengths[i] > 0;
	}
	record->line = r->record_line;
	record->n = r->n_fields;
	record->fields = r->fields;
	record->lengths = r->lengths;
	end_record(r);
	return any;
}

static enum csv_next fail_memory(struct csv_reader *r, struct nl_error *err)
{
	r->finished = true;
	nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	return CSV_FAILED;
}

/* The end of the input: a last record without a line break, or a quoted
 * field that never closed. */
static enum csv_next finish(struct csv_reader *r, struct csv_record *record,
			    struct nl_error *err)
{
	r->finished = true;
	if (!r->in_record)
		return CSV_END;
	record->line = r->record_line;
	if (csv_fini(&r->parser, on_field, on_row, r) != 0) {
		end_record(r);
		nl_fail(err, NL_ERR_INVALID,
			_("unterminated quote (the field runs on to the end "
			  "of the file)"));
		return CSV_BAD;
	}
	if (r->out_of_memory)
		return fail_memory(r, err);
	return take_record(r, record) ? CSV_RECORD : CSV_END;
}

static enum csv_next line_failure(struct csv_reader *r, enum line_result lr,
				  int read_errno, struct nl_error *err)
{
	r->finished = true;
	switch (lr) {
	case LINE_TOO_LONG:
		nl_fail(err, NL_ERR_INVALID,
			_("a record is longer than 1 MiB; is this a CSV "
			  "file?"));
		return CSV_FAILED;
	case LINE_READ_ERROR:
		nl_fail(err, NL_ERR_IO, "%s", strerror(read_errno));
		return CSV_FAILED;
	default:
		return fail_memory(r, err);
	}
}

/* Feeds the current line to libcsv.  A quoting error spoils the record
 * and the rest of the line; reading goes on with the next line.  Returns
 * false with *result set when the line did not go in cleanly. */
static bool feed_line(struct csv_reader *r, struct csv_record *record,
		      enum csv_next *result, struct nl_error *err)
{
	size_t used = csv_parse(&r->parser, r->line, r->line_len, on_field,
				on_row, r);
	r->record_bytes += r->line_len;
	if (r->out_of_memory) {
		*result = fail_memory(r, err);
		return false;
	}
	if (used == r->line_len)
		return true;
	bool no_memory = csv_error(&r->parser) != CSV_EPARSE;
	record->line = r->record_line;
	end_record(r);
	if (no_memory || !reset_parser(r)) {
		*result = fail_memory(r, err);
		return false;
	}
	nl_fail(err, NL_ERR_INVALID,
		_("misplaced quote (a field with a \" in it must be enclosed "
		  "in quotes, and the \" doubled)"));
	*result = CSV_BAD;
	return false;
}

/* Before the first record: the delimiter, unless one was given. */
static void settle_delimiter(struct csv_reader *r)
{
	if (r->delimiter)
		return;
	r->delimiter = detect_delimiter(r->line, r->line_len);
	csv_set_delim(&r->parser, (unsigned char)r->delimiter);
}

enum csv_next csv_reader_next(struct csv_reader *r, struct csv_record *record,
			      struct nl_error *err)
{
	enum csv_next result;
	memset(record, 0, sizeof *record);
	while (!r->finished) {
		int read_errno = 0;
		enum line_result lr = next_line(r, &read_errno);
		if (lr == LINE_END)
			return finish(r, record, err);
		if (lr != LINE_OK) {
			record->line = r->in_record ? r->record_line
						    : r->line_no + 1;
			return line_failure(r, lr, read_errno, err);
		}
		r->line_no++;
		if (!r->seen_first) {
			r->seen_first = true;
			drop_bom(r);
		}
		if (!r->in_record) {
			if (is_blank(r->line, r->line_len))
				continue;
			settle_delimiter(r);
			start_record(r);
		}
		if (!feed_line(r, record, &result, err))
			return result;
		if (r->row_done && take_record(r, record))
			return CSV_RECORD;
	}
	return CSV_END;
}

/*
 * import.c — people from CSV (see import.h).
 *
 * Invariants: nothing is written unless every row passed (one write
 * transaction, rolled back on the first problem found at the end, and in
 * a dry run); a row is checked by member_clean_fields, the same function
 * `member add` uses; municipalities are read once, before the rows; memory
 * does not grow with the file (rows stream from csv_io into store_import's
 * staging table, and duplicates are found there, not in a list here).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "csv_io.h"
#include "i18n.h"
#include "import.h"
#include "members.h"
#include "store.h"
#include "store_import.h"
#include "store_members.h"
#include "text.h"
#include "text_show.h"

#define MESSAGE_SIZE 1024

enum column { COL_NAME, COL_MUNICIPALITY, COL_ROLE, COL_EMAIL, COL_PHONE,
	      COL_COUNT };

/* Header names: the English key first (used in messages), then Dutch. */
static const char *const column_names[COL_COUNT][3] = {
	[COL_NAME] = {"name", "naam", NULL},
	[COL_MUNICIPALITY] = {"municipality", "gemeente", NULL},
	[COL_ROLE] = {"role", "rol", NULL},
	[COL_EMAIL] = {"email", "e-mail", NULL},
	[COL_PHONE] = {"phone", "telefoon", NULL},
};

struct known_municipality {
	int64_t id;
	char key[NL_NAME_SIZE * 2];
};

struct import_job {
	struct store *store;
	const char *name;
	const struct import_options *options;
	const struct import_messages *messages;
	struct csv_reader *reader;
	int column[COL_COUNT];          /* field index; -1: not in the file */
	size_t header_fields;
	struct known_municipality *municipalities;
	size_t n_municipalities;
	struct store_import *staging;
	size_t errors;
	bool stopped;                   /* reading ended early */
	bool not_utf8;                  /* a field was not UTF-8 */
};

/* ---- messages ------------------------------------------------------------- */

static void appendf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Adds one problem to a "; "-joined list. */
static void appendf(char *buf, size_t size, const char *fmt, ...)
{
	size_t used = strlen(buf);
	va_list ap;
	if (used && used + 2 < size) {
		memcpy(buf + used, "; ", 3);
		used += 2;
	}
	if (used >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + used, size - used, fmt, ap);
	va_end(ap);
}

static void problem(struct import_job *job, long line, const char *what)
{
	char text[MESSAGE_SIZE + 128];
	snprintf(text, sizeof text, "%s:%ld: %s", job->name, line, what);
	job->errors++;
	if (job->messages && job->messages->problem)
		job->messages->problem(job->messages->ctx, text);
}

static void notice(struct import_job *job, long line, const char *what)
{
	char text[MESSAGE_SIZE + 128];
	snprintf(text, sizeof text, "%s:%ld: %s", job->name, line, what);
	if (job->messages && job->messages->notice)
		job->messages->notice(job->messages->ctx, text);
}

/* A reader's predicate in err becomes "FILE:LINE: predicate", or "cannot
 * read FILE: reason" for an I/O error. */
static enum nl_status file_failure(struct import_job *job, long line,
				   struct nl_error *err)
{
	char what[sizeof err->message];
	enum nl_status was = err->status;
	snprintf(what, sizeof what, "%s", err->message);
	/* Said again with the file and line: the same failure, in full. */
	nl_error_clear(err);
	if (was == NL_ERR_IO)
		return nl_fail(err, NL_ERR_IO, _("cannot read %s: %s"), job->name,
			       what);
	if (was == NL_ERR_NOMEM)
		return nl_fail(err, NL_ERR_NOMEM, "%s", what);
	return nl_fail(err, NL_ERR_INVALID, "%s:%ld: %s", job->name, line,
		       what);
}

/* ---- the header ------------------------------------------------------------ */

static int column_of(const char *header)
{
	char trimmed[256], folded[512];
	if (!utf8_valid(header, strlen(header)) ||
	    !text_trim_copy(header, trimmed, sizeof trimmed) ||
	    !text_fold(trimmed, FOLD_CASE, folded, sizeof folded))
		return -1;
	for (int c = 0; c < COL_COUNT; c++)
		for (int k = 0; k < 3 && column_names[c][k]; k++)
			if (strcmp(folded, column_names[c][k]) == 0)
				return c;
	return -1;
}

/* Unknown columns are reported only once the header is known to be one:
 * a file without a header would otherwise list its first row as columns. */
static void report_unknown_columns(struct import_job *job,
				   const struct csv_record *header)
{
	char what[MESSAGE_SIZE];
	for (size_t i = 0; i < header->n; i++) {
		if (!*header->fields[i] || column_of(header->fields[i]) >= 0)
			continue;
		snprintf(what, sizeof what, _("unknown column \"%s\" is ignored"),
			 QUOTED(header->fields[i]));
		notice(job, header->line, what);
	}
}

static enum nl_status map_columns(struct import_job *job,
				  const struct csv_record *header,
				  struct nl_error *err)
{
	for (int c = 0; c < COL_COUNT; c++)
		job->column[c] = -1;
	job->header_fields = header->n;
	for (size_t i = 0; i < header->n; i++) {
		int c = column_of(header->fields[i]);
		if (c < 0)
			continue;
		if (job->column[c] >= 0)
			return nl_fail(err, NL_ERR_INVALID,
				       _("%s:%ld: column \"%s\" appears twice"),
				       job->name, header->line,
				       QUOTED(header->fields[i]));
		job->column[c] = (int)i;
	}
	if (job->column[COL_NAME] < 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s:%ld: the header has no \"name\" (or "
				 "\"naam\") column; the first row must name "
				 "the columns: name, municipality, role, "
				 "email, phone"),
			       job->name, header->line);
	report_unknown_columns(job, header);
	return NL_OK;
}

static enum nl_status read_header(struct import_job *job, struct nl_error *err)
{
	struct csv_record header;
	switch (csv_reader_next(job->reader, &header, err)) {
	case CSV_RECORD:
		return map_columns(job, &header, err);
	case CSV_END:
		return nl_fail(err, NL_ERR_INVALID,
			       _("%s: empty file; the first row must name the "
				 "columns: name, municipality, role, email, "
				 "phone"), job->name);
	default:
		return file_failure(job, header.line, err);
	}
}

/* ---- municipalities, read once ------------------------------------------- */

static int compare_known(const void *pa, const void *pb)
{
	const struct known_municipality *a = pa, *b = pb;
	return strcmp(a->key, b->key);
}

static enum nl_status load_municipalities(struct import_job *job,
					  struct nl_error *err)
{
	struct municipality *all;
	size_t n;
	enum nl_status status = store_municipality_list(job->store, &all, &n,
							err);
	if (status != NL_OK)
		return status;
	job->municipalities = calloc(n ? n : 1, sizeof *job->municipalities);
	if (!job->municipalities) {
		free(all);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n; i++) {
		job->municipalities[i].id = all[i].id;
		text_fold(all[i].name, FOLD_CASE, job->municipalities[i].key,
			  sizeof job->municipalities[i].key);
	}
	job->n_municipalities = n;
	qsort(job->municipalities, n, sizeof *job->municipalities,
	      compare_known);
	free(all);
	return NL_OK;
}

/* By id or by name (case-insensitive), as municipality_resolve does. */
static const struct known_municipality *find_municipality(
	const struct import_job *job, const char *ref, const char *key)
{
	int64_t id;
	if (parse_id(ref, &id)) {
		for (size_t i = 0; i < job->n_municipalities; i++)
			if (job->municipalities[i].id == id)
				return &job->municipalities[i];
		return NULL;
	}
	struct known_municipality probe;
	snprintf(probe.key, sizeof probe.key, "%s", key);
	return bsearch(&probe, job->municipalities, job->n_municipalities,
		       sizeof probe, compare_known);
}

/* ---- rows ------------------------------------------------------------------ */

struct row {
	const char *cell[COL_COUNT];
	char problems[MESSAGE_SIZE];
	struct member_fields fields;
	bool role_given;
	char name_key[NL_NAME_SIZE * 2];
	char municipality_key[NL_NAME_SIZE * 2];
	int64_t municipality_id;
};

/* Cells by column; a NUL byte inside one is a problem of its own (the
 * text checks would only see what comes before it). */
static bool take_cells(const struct import_job *job,
		       const struct csv_record *rec, struct row *row)
{
	bool clean = true;
	for (int c = 0; c < COL_COUNT; c++) {
		int i = job->column[c];
		row->cell[c] = i >= 0 && (size_t)i < rec->n ? rec->fields[i] : "";
		if (i >= 0 && (size_t)i < rec->n &&
		    rec->lengths[i] != strlen(rec->fields[i])) {
			appendf(row->problems, sizeof row->problems,
				_("%s contains a control character"),
				column_names[c][0]);
			clean = false;
		}
	}
	for (size_t i = job->header_fields; i < rec->n; i++) {
		if (rec->lengths[i] == 0)
			continue;
		/* More fields than columns: the first count is at least 2,
		 * the second may be 1. */
		appendf(row->problems, sizeof row->problems,
			/* TRANSLATORS: the first %zu is always 2 or more. */
			ngettext("%zu fields, but the header names %zu column",
				 "%zu fields, but the header names %zu columns",
				 job->header_fields),
			rec->n, job->header_fields);
		clean = false;
		break;
	}
	return clean;
}

static void check_role(struct row *row, enum role *role)
{
	const char *text = row->cell[COL_ROLE];
	*role = ROLE_CLIENT;
	if (!*text)
		return;
	row->role_given = true;
	if (!utf8_valid(text, strlen(text))) {
		appendf(row->problems, sizeof row->problems, "%s %s", _("role"),
			_("is not valid UTF-8"));
	} else if (!role_parse(text, role)) {
		appendf(row->problems, sizeof row->problems,
			_("unknown role \"%s\" (client, representative, chair, "
			  "secretary, official, asd, guest, stand-in)"),
			QUOTED(text));
	} else {
		return;
	}
	/* No rule of a role we do not know: ask for no municipality. */
	*role = ROLE_GUEST;
}

static void check_municipality(struct import_job *job, long line,
			       struct row *row, struct nl_error *err)
{
	const char *ref = row->fields.municipality;
	int64_t id;
	if (!*ref)
		return;
	text_fold(ref, FOLD_CASE, row->municipality_key,
		  sizeof row->municipality_key);
	const struct known_municipality *m = find_municipality(job, ref,
							       row->municipality_key);
	if (m) {
		row->municipality_id = m->id;
		snprintf(row->municipality_key, sizeof row->municipality_key,
			 "%s", m->key);
		return;
	}
	if (parse_id(ref, &id)) {
		appendf(row->problems, sizeof row->problems,
			_("no municipality with id %lld"), (long long)id);
	} else if (job->options->create_municipalities &&
		   text_name_problem(ref)) {
		appendf(row->problems, sizeof row->problems, "%s %s",
			_("municipality"), _(text_name_problem(ref)));
	} else if (job->options->create_municipalities) {
		if (store_import_new_municipality(job->staging, ref,
						  row->municipality_key, line,
						  err) != NL_OK)
			job->stopped = true;
	} else {
		appendf(row->problems, sizeof row->problems,
			_("unknown municipality \"%s\" (add it first, or "
			  "import with --create-municipalities)"), QUOTED(ref));
	}
}

/* A spreadsheet that took the phone column for numbers drops the leading
 * 0 (0612345678 becomes 612345678: nine digits, where a Dutch number has
 * ten) or shows it in scientific notation (6,12E+08).  Such a number
 * cannot be called back, and guessing the 0 would be wrong for a number
 * that was never Dutch: the file has to be fixed, with the column as
 * text. */
static bool phone_lost_leading_zero(const char *phone)
{
	size_t digits = strspn(phone, "0123456789");
	if (digits == 9 && phone[0] != '0' && phone[9] == '\0')
		return true;
	if (digits == 0)
		return false;
	const char *p = phone + digits;
	if (*p == ',' || *p == '.') {
		size_t fraction = strspn(p + 1, "0123456789");
		if (fraction == 0)
			return false;
		p += 1 + fraction;
	}
	if (*p != 'E' && *p != 'e')
		return false;
	p += p[1] == '+' ? 2 : 1;
	size_t exponent = strspn(p, "0123456789");
	return exponent > 0 && p[exponent] == '\0';
}

static void check_fields(struct import_job *job, long line, struct row *row,
			 struct nl_error *err)
{
	enum role role;
	char cleaned[MESSAGE_SIZE];
	check_role(row, &role);
	struct member_input in = {
		.name = row->cell[COL_NAME],
		.municipality = row->cell[COL_MUNICIPALITY],
		.role = role,
		.email = row->cell[COL_EMAIL],
		.phone = row->cell[COL_PHONE],
	};
	if (member_clean_fields(&in, NULL, &row->fields, cleaned,
				sizeof cleaned) > 0) {
		/* The field problems read first, as the columns do. */
		char role_problem[MESSAGE_SIZE];
		snprintf(role_problem, sizeof role_problem, "%s", row->problems);
		snprintf(row->problems, sizeof row->problems, "%s", cleaned);
		if (*role_problem)
			appendf(row->problems, sizeof row->problems, "%s",
				role_problem);
	}
	if (phone_lost_leading_zero(row->fields.phone))
		appendf(row->problems, sizeof row->problems, "%s",
			_("phone lost its leading 0 — the spreadsheet made it a "
			  "number; format the column as text"));
	check_municipality(job, line, row, err);
	text_fold(row->fields.name, FOLD_CASE, row->name_key,
		  sizeof row->name_key);
}

static void stage(struct import_job *job, long line, struct row *row,
		  struct nl_error *err)
{
	struct import_row staged = {
		.line = line,
		.name = row->fields.name,
		.name_key = row->name_key,
		.municipality_id = row->municipality_id,
		.municipality_key = row->municipality_key,
		.role = row->role_given ? role_key(row->fields.role) : NULL,
		.email = row->fields.email,
		.phone = row->fields.phone,
	};
	long earlier;
	char what[MESSAGE_SIZE];
	if (store_import_stage(job->staging, &staged, &earlier, err) != NL_OK) {
		job->stopped = true;
		return;
	}
	if (earlier) {
		snprintf(what, sizeof what,
			 _("the same person as on line %ld (same name and "
			   "municipality)"), earlier);
		problem(job, line, what);
	}
}

static void import_row(struct import_job *job, const struct csv_record *rec,
		       struct nl_error *err)
{
	struct row row;
	memset(&row, 0, sizeof row);
	if (take_cells(job, rec, &row))
		check_fields(job, rec->line, &row, err);
	if (job->stopped)
		return;
	if (row.problems[0])
		problem(job, rec->line, row.problems);
	else
		stage(job, rec->line, &row, err);
}

/* Reads every row; false when reading had to stop with err set (I/O, a
 * database failure); a record too long to be CSV is one more problem. */
static bool read_rows(struct import_job *job, struct nl_error *err)
{
	struct csv_record rec;
	while (!job->stopped) {
		switch (csv_reader_next(job->reader, &rec, err)) {
		case CSV_RECORD:
			for (size_t i = 0; i < rec.n && !job->not_utf8; i++)
				job->not_utf8 = !utf8_valid(rec.fields[i],
							    rec.lengths[i]);
			import_row(job, &rec, err);
			break;
		case CSV_BAD:
			/* One more problem of the file; reading goes on. */
			problem(job, rec.line, err->message);
			nl_error_clear(err);
			break;
		case CSV_END:
			return true;
		case CSV_FAILED:
			if (err->status != NL_ERR_INVALID) {
				file_failure(job, rec.line, err);
				return false;
			}
			problem(job, rec.line, err->message);
			nl_error_clear(err);
			return true;
		}
	}
	return false;
}

/* ---- the whole ---------------------------------------------------------- */

static enum nl_status run_rows(struct import_job *job, nl_time now,
			       struct import_summary *summary,
			       struct nl_error *err)
{
	struct import_counts counts;
	char stamp[NL_STAMP_LEN];
	enum nl_status status = load_municipalities(job, err);
	if (status == NL_OK)
		status = store_import_begin(job->store, &job->staging, err);
	if (status != NL_OK)
		return status;
	if (!read_rows(job, err)) {
		store_import_end(job->staging);
		return err->status != NL_OK ? err->status : NL_ERR_DB;
	}
	summary->errors = job->errors;
	if (job->errors && job->not_utf8) {
		/* Spreadsheets in a Dutch office save "CSV" as Windows-1252:
		 * say how to get the file right, not only which lines fail. */
		store_import_end(job->staging);
		return nl_fail(err, NL_ERR_INVALID,
			       ngettext("%s: nothing imported (%zu error); the "
					"file is not UTF-8: save it as \"CSV "
					"UTF-8\" and import it again",
					"%s: nothing imported (%zu errors); the "
					"file is not UTF-8: save it as \"CSV "
					"UTF-8\" and import it again",
					job->errors),
			       job->name, job->errors);
	}
	if (job->errors) {
		store_import_end(job->staging);
		return nl_fail(err, NL_ERR_INVALID,
			       ngettext("%s: nothing imported (%zu error)",
					"%s: nothing imported (%zu errors)",
					job->errors),
			       job->name, job->errors);
	}
	nl_format_stamp(now, stamp);
	status = store_import_apply(job->staging, job->options->update, stamp,
				    &counts, err);
	store_import_end(job->staging);
	if (status == NL_OK) {
		summary->added = counts.added;
		summary->updated = counts.updated;
		summary->skipped = counts.skipped;
		summary->municipalities_created = counts.municipalities;
	}
	return status;
}

enum nl_status import_members(struct store *store, FILE *in, const char *name,
			      const struct import_options *options,
			      nl_time now, const struct import_messages *messages,
			      struct import_summary *summary,
			      struct nl_error *err)
{
	struct import_job job;
	memset(&job, 0, sizeof job);
	memset(summary, 0, sizeof *summary);
	job.store = store;
	job.name = name;
	job.options = options;
	job.messages = messages;
	enum nl_status status = csv_reader_open(in, options->delimiter,
						&job.reader, err);
	if (status == NL_OK)
		status = read_header(&job, err);
	if (status == NL_OK)
		status = store_begin_write(store, err);
	if (status == NL_OK) {
		status = run_rows(&job, now, summary, err);
		if (status == NL_OK && !options->dry_run)
			status = store_commit(store, err);
		else
			store_rollback(store);
	}
	csv_reader_close(job.reader);
	free(job.municipalities);
	return status;
}

/*
 * allowance.c — the allowance statement: computed from a history (the one
 * replay of each meeting's log), then written as CSV or Markdown (see
 * allowance.h for what must hold).
 */
#include <stdlib.h>
#include <string.h>

#include "allowance.h"
#include "document.h"
#include "i18n.h"
#include "markdown.h"
#include "money.h"
#include "text.h"

int64_t allowance_rate(const struct settings *settings,
		       const struct person *person)
{
	if ((int)person->role < 0 || person->role >= ROLE_COUNT)
		return 0;
	return settings->allowance_cents[person->role];
}

/* Present for at least a minute at some time. */
static bool attended(const struct meeting_history *m, int64_t person_id)
{
	for (size_t i = 0; i < m->n_attendance; i++)
		if (m->attendance[i].person_id == person_id)
			return m->attendance[i].seconds_present >= 60;
	return false;
}

/* ---- order ---------------------------------------------------------------- */

struct keyed_row {
	struct allowance_row row;
	char key[4 * NL_NAME_SIZE + 8];
};

static void person_key(const struct person *p, char *out, size_t size)
{
	char muni[NL_NAME_SIZE * 2], name[NL_NAME_SIZE * 2];
	text_fold(p->municipality, FOLD_CASE_ACCENT, muni, sizeof muni);
	text_fold(p->name, FOLD_CASE_ACCENT, name, sizeof name);
	snprintf(out, size, "%c%s\1%s", p->municipality_id ? '\1' : '\2',
		 muni, name);
}

static int compare_people(const struct keyed_row *a,
			  const struct keyed_row *b)
{
	int c = strcmp(a->key, b->key);
	if (c)
		return c;
	return (a->row.person->id > b->row.person->id) -
	       (a->row.person->id < b->row.person->id);
}

/* Month, then person: the statement's order. */
static int compare_rows(const void *pa, const void *pb)
{
	const struct keyed_row *a = pa, *b = pb;
	if (a->row.month != b->row.month)
		return a->row.month - b->row.month;
	return compare_people(a, b);
}

/* Person, then month: a person's rows together, for the totals. */
static int compare_by_person(const void *pa, const void *pb)
{
	const struct keyed_row *a = pa, *b = pb;
	int c = compare_people(a, b);
	return c ? c : a->row.month - b->row.month;
}

/* ---- computing ------------------------------------------------------------ */

/* Meetings attended per person (index into history->people) per month. */
static int *count_meetings(const struct history *h, int year)
{
	int *counts = calloc(h->n_people * 12 + 1, sizeof *counts);
	if (!counts)
		return NULL;
	for (size_t k = 0; k < h->n_meetings; k++) {
		const struct meeting_history *m = &h->meetings[k];
		if (!m->held || m->meeting.date.year != year)
			continue;
		for (size_t p = 0; p < h->n_people; p++)
			if (attended(m, h->people[p].id))
				counts[p * 12 + (size_t)(m->meeting.date.month - 1)]++;
	}
	return counts;
}

static void fill_row(const struct history *h, size_t p, int year, int month,
		     int meetings, int64_t *so_far, struct keyed_row *out)
{
	const struct settings *s = &h->settings;
	struct allowance_row *r = &out->row;
	memset(out, 0, sizeof *out);
	r->year = year;
	r->month = month;
	r->person = &h->people[p];
	r->meetings = meetings;
	r->amount = meetings * allowance_rate(s, r->person);
	r->month_total = r->amount;
	*so_far += r->amount;
	r->year_total = *so_far;
	if (r->month_total > s->allowance_cap_month_cents)
		r->over |= ALLOWANCE_OVER_MONTH;
	if (r->year_total > s->allowance_cap_year_cents)
		r->over |= ALLOWANCE_OVER_YEAR;
	person_key(r->person, out->key, sizeof out->key);
}

enum nl_status allowance_compute(const struct history *h, int year,
				 int month, struct allowance_statement *out,
				 struct nl_error *err)
{
	memset(out, 0, sizeof *out);
	out->year = year;
	out->month = month;
	out->cap_month = h->settings.allowance_cap_month_cents;
	out->cap_year = h->settings.allowance_cap_year_cents;
	for (int r = 0; r < ROLE_COUNT; r++)
		out->any_allowance |= h->settings.allowance_cents[r] > 0;
	int *counts = count_meetings(h, year);
	struct keyed_row *rows =
		calloc(h->n_people * 12 + 1, sizeof *rows);
	if (!counts || !rows) {
		free(counts);
		free(rows);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	size_t n = 0;
	for (size_t p = 0; p < h->n_people; p++) {
		int64_t so_far = 0;
		if (allowance_rate(&h->settings, &h->people[p]) <= 0)
			continue;
		for (int mo = 1; mo <= 12 && (month == 0 || mo <= month); mo++) {
			int c = counts[p * 12 + (size_t)(mo - 1)];
			struct keyed_row row;
			if (c == 0)
				continue;
			fill_row(h, p, year, mo, c, &so_far, &row);
			if (month == 0 || mo == month)
				rows[n++] = row;
		}
	}
	free(counts);
	out->rows = calloc(n + 1, sizeof *out->rows);
	out->totals = calloc(n + 1, sizeof *out->totals);
	if (!out->rows || !out->totals) {
		free(rows);
		allowance_free(out);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	qsort(rows, n, sizeof *rows, compare_by_person);
	for (size_t i = 0; i < n; i++) {
		const struct allowance_row *r = &rows[i].row;
		struct allowance_total *t = &out->totals[out->n_totals];
		if (i == 0 || rows[i - 1].row.person != r->person) {
			t = &out->totals[out->n_totals++];
			t->person = r->person;
		} else {
			t = &out->totals[out->n_totals - 1];
		}
		t->meetings += r->meetings;
		t->amount += r->amount;
		t->over |= r->over;
		out->total += r->amount;
	}
	qsort(rows, n, sizeof *rows, compare_rows);
	for (size_t i = 0; i < n; i++)
		out->rows[i] = rows[i].row;
	out->n_rows = n;
	free(rows);
	return NL_OK;
}

void allowance_free(struct allowance_statement *s)
{
	free(s->rows);
	free(s->totals);
	memset(s, 0, sizeof *s);
}

/* ---- CSV ------------------------------------------------------------------ */

static const char *over_key(unsigned over)
{
	switch (over) {
	case ALLOWANCE_OVER_MONTH:
		return "month";
	case ALLOWANCE_OVER_YEAR:
		return "year";
	case ALLOWANCE_OVER_MONTH | ALLOWANCE_OVER_YEAR:
		return "month+year";
	default:
		return "no";
	}
}

static void csv_money(struct csv_writer *w, int64_t cents)
{
	char text[MONEY_SIZE];
	money_format_plain(cents, text);
	csv_write_field(w, text);
}

void allowance_write_csv(struct csv_writer *w,
			 const struct allowance_statement *s)
{
	static const char *const header[] = {
		"year", "month", "person_id", "name", "municipality", "role",
		"meetings", "amount", "month_total", "year_total", "over_cap",
	};
	csv_write_row(w, header, sizeof header / sizeof *header);
	for (size_t i = 0; i < s->n_rows; i++) {
		const struct allowance_row *r = &s->rows[i];
		csv_write_int(w, r->year);
		csv_write_int(w, r->month);
		csv_write_int(w, r->person->id);
		csv_write_field(w, r->person->name);
		csv_write_field(w, r->person->municipality);
		csv_write_field(w, role_key(r->person->role));
		csv_write_int(w, r->meetings);
		csv_money(w, r->amount);
		csv_money(w, r->month_total);
		csv_money(w, r->year_total);
		csv_write_field(w, over_key(r->over));
		csv_end_row(w);
	}
}

/* ---- the document --------------------------------------------------------- */

static void euro(FILE *out, int64_t cents)
{
	char text[MONEY_SIZE];
	money_format_euro(cents, text);
	fputs(text, out);
}

static void write_rates(FILE *out, const struct settings *s)
{
	bool any = false;
	fputs(_("- Allowance per meeting attended: "), out);
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (s->allowance_cents[r] <= 0)
			continue;
		fprintf(out, "%s%s ", any ? ", " : "", role_label((enum role)r));
		euro(out, s->allowance_cents[r]);
		any = true;
	}
	/* Never an item that ends in a colon: the paragraph below says
	 * which setting to use. */
	if (!any)
		/* TRANSLATORS: after "Allowance per meeting attended: ". */
		fputs(_("none set"), out);
	fputc('\n', out);
}

static void write_head(FILE *out, const struct allowance_statement *st,
		       const struct settings *s)
{
	char period[DOC_DATE_SIZE];
	if (st->month)
		document_month(st->year, st->month, period);
	else
		snprintf(period, sizeof period, "%d", st->year);
	fprintf(out, _("# Allowance statement %s\n\n"), period);
	if (s->gr_name[0]) {
		fputs(_("- Joint arrangement: "), out);
		md_text(out, s->gr_name);
		fputc('\n', out);
	}
	write_rates(out, s);
	fputs(_("- Disregarded for people on assistance: "), out);
	euro(out, st->cap_month);
	fputs(_(" a month, "), out);
	euro(out, st->cap_year);
	fputs(_(" a year\n"), out);
	fprintf(out, "%s\n\n",
		_("- Counted: meetings held at which the person was present "
		  "for at least a minute, by the attendance record."));
}

static void table_head(FILE *out, bool year_column)
{
	fprintf(out, "| %s | %s | %s | %s | %s |", _("Name"),
		_("Municipality"), _("Role"), _("Meetings"), _("Amount"));
	if (year_column)
		fprintf(out, " %s |", _("Year so far"));
	fputs(year_column ? "\n|:--|:--|:--|--:|--:|--:|\n"
			  : "\n|:--|:--|:--|--:|--:|\n", out);
}

static void person_cells(FILE *out, const struct person *p)
{
	fputs("| ", out);
	md_text(out, p->name);
	if (p->under_27)
		fputs(" ¹", out);
	fputs(" | ", out);
	md_text(out, p->municipality);
	fprintf(out, " | %s | ", role_label(p->role));
}

static void write_month(FILE *out, const struct allowance_statement *st,
			size_t from, size_t to)
{
	char month[DOC_DATE_SIZE];
	int meetings = 0;
	int64_t total = 0;
	document_month(st->year, st->rows[from].month, month);
	fprintf(out, "## %s\n\n", month);
	table_head(out, true);
	for (size_t i = from; i < to; i++) {
		const struct allowance_row *r = &st->rows[i];
		person_cells(out, r->person);
		fprintf(out, "%d | ", r->meetings);
		euro(out, r->amount);
		fputs(r->over & ALLOWANCE_OVER_MONTH ? " ⚠" : "", out);
		fputs(" | ", out);
		euro(out, r->year_total);
		fputs(r->over & ALLOWANCE_OVER_YEAR ? " ⚠" : "", out);
		fputs(" |\n", out);
		meetings += r->meetings;
		total += r->amount;
	}
	fprintf(out, "| **%s** |  |  | %d | **", _("Total"), meetings);
	euro(out, total);
	fputs("** |  |\n\n", out);
}

static void write_year_totals(FILE *out, const struct allowance_statement *st)
{
	fprintf(out, _("## Totals %d\n\n"), st->year);
	table_head(out, false);
	for (size_t i = 0; i < st->n_totals; i++) {
		const struct allowance_total *t = &st->totals[i];
		person_cells(out, t->person);
		fprintf(out, "%d | ", t->meetings);
		euro(out, t->amount);
		fputs(t->over ? " ⚠" : "", out);
		fputs(" |\n", out);
	}
	fprintf(out, "| **%s** |  |  |  | **", _("Total"));
	euro(out, st->total);
	fputs("** |\n\n", out);
}

/* ---- warnings ------------------------------------------------------------- */

void allowance_warning(const struct allowance_statement *st,
		       const struct allowance_row *r, enum allowance_over over,
		       char *out, size_t size)
{
	char amount[MONEY_SIZE], cap[MONEY_SIZE], month[DOC_DATE_SIZE];
	document_month(r->year, r->month, month);
	if (over == ALLOWANCE_OVER_MONTH) {
		money_format_euro(r->month_total, amount);
		money_format_euro(st->cap_month, cap);
		/* TRANSLATORS: name, amount, month ("March 2026"), cap. */
		snprintf(out, size, _("%s: %s in %s, more than the %s a month "
				      "that is disregarded"),
			 r->person->name, amount, month, cap);
	} else {
		money_format_euro(r->year_total, amount);
		money_format_euro(st->cap_year, cap);
		/* TRANSLATORS: name, amount, month ("March 2026") up to which
		 * it was earned this year, cap. */
		snprintf(out, size, _("%s: %s this year up to %s, more than "
				      "the %s a year that is disregarded"),
			 r->person->name, amount, month, cap);
	}
}

/* Each cap passed: every month over the month cap, and the month in which
 * the year cap is first passed. */
static bool warns(const struct allowance_statement *st, size_t i,
		  enum allowance_over over)
{
	const struct allowance_row *r = &st->rows[i];
	if (!(r->over & over))
		return false;
	if (over == ALLOWANCE_OVER_MONTH)
		return true;
	for (size_t j = 0; j < i; j++)
		if (st->rows[j].person == r->person &&
		    (st->rows[j].over & ALLOWANCE_OVER_YEAR))
			return false;
	return true;
}

size_t allowance_warnings(const struct allowance_statement *st,
			  void (*fn)(const char *line, void *ctx), void *ctx)
{
	size_t n = 0;
	char line[4 * NL_NAME_SIZE];
	for (size_t i = 0; i < st->n_rows; i++) {
		for (unsigned over = ALLOWANCE_OVER_MONTH;
		     over <= ALLOWANCE_OVER_YEAR; over <<= 1) {
			if (!warns(st, i, (enum allowance_over)over))
				continue;
			allowance_warning(st, &st->rows[i],
					  (enum allowance_over)over, line,
					  sizeof line);
			fn(line, ctx);
			n++;
		}
	}
	return n;
}

static void markdown_warning(const char *line, void *out)
{
	fputs("- **", out);
	fputs(_("WARN"), out);
	fputs("** ", out);
	md_text(out, line);
	fputc('\n', out);
}

static bool any_under_27(const struct allowance_statement *st)
{
	for (size_t i = 0; i < st->n_totals; i++)
		if (st->totals[i].person->under_27)
			return true;
	return false;
}

void allowance_write_markdown(FILE *out, const void *data)
{
	const struct allowance_doc *doc = data;
	const struct allowance_statement *st = doc->statement;
	write_head(out, st, doc->settings);
	if (!st->any_allowance) {
		fprintf(out, "%s\n", _("No allowance is set for any role "
					"(allowance_per_meeting.ROLE in "
					"notulist config)."));
		return;
	}
	if (st->n_rows == 0) {
		fprintf(out, "%s\n", _("Nobody earned an allowance in this "
					"period."));
		return;
	}
	for (size_t i = 0; i < st->n_rows;) {
		size_t j = i;
		while (j < st->n_rows && st->rows[j].month == st->rows[i].month)
			j++;
		write_month(out, st, i, j);
		i = j;
	}
	if (st->month == 0)
		write_year_totals(out, st);
	fprintf(out, "## %s\n\n", _("Over the cap"));
	if (allowance_warnings(st, markdown_warning, out) == 0)
		fprintf(out, "%s\n", _("Nobody passes the month or year cap."));
	if (any_under_27(st))
		fprintf(out, "\n%s\n", _("¹ Under 27: check with the "
					  "municipality how the allowance "
					  "counts, since the disregard does "
					  "not apply to them in the same "
					  "way."));
}

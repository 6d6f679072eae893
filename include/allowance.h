/*
 * allowance.h — the allowance statement (`notulist allowance`): per person
 * per month the meetings attended and what they earn, with the year so
 * far, against the caps of what is disregarded for people on social
 * assistance (settings allowance_cap_month, allowance_cap_year).
 *
 * What must hold:
 *  - a meeting counts when it was held and the person was present at some
 *    time for at least a minute (a 0-minute record, a check-in undone in
 *    effect by a check-out at once, is no attendance);
 *  - the amount is the number of such meetings times the allowance of the
 *    person's role (allowance_per_meeting.ROLE); roles without one are
 *    left out;
 *  - every amount is whole cents; year_total is the person's total from
 *    January up to and including the row's month, so the row where the
 *    year cap is first passed shows it;
 *  - over_cap names each cap passed: the month's total above the month
 *    cap, the year so far above the year cap.
 * Pure: computed from a loaded history (history.h).
 */
#ifndef NOTULIST_ALLOWANCE_H
#define NOTULIST_ALLOWANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csv_io.h"
#include "history.h"
#include "nl_error.h"

enum allowance_over {
	ALLOWANCE_OVER_MONTH = 1,
	ALLOWANCE_OVER_YEAR = 2,
};

struct allowance_row {
	int year, month;
	const struct person *person;   /* in the history */
	int meetings;
	int64_t amount;                /* cents, this month */
	int64_t month_total;           /* the person's total this month */
	int64_t year_total;            /* January up to this month */
	unsigned over;                 /* enum allowance_over bits */
};

struct allowance_total {
	const struct person *person;
	int meetings;
	int64_t amount;                /* cents, the whole period */
	unsigned over;                 /* any cap passed in it */
};

struct allowance_statement {
	int year;
	int month;                     /* 1-12, or 0: the whole year */
	int64_t cap_month, cap_year;   /* cents */
	bool any_allowance;            /* some role has an allowance */
	struct allowance_row *rows;    /* by month, municipality, name */
	size_t n_rows;
	struct allowance_total *totals; /* per person, municipality, name */
	size_t n_totals;
	int64_t total;                 /* of the rows */
};

/* The statement of `year` (month 0) or of one month of it, from a history
 * loaded for at least January of that year up to the month's end. */
enum nl_status allowance_compute(const struct history *history, int year,
				 int month, struct allowance_statement *out,
				 struct nl_error *err);
void allowance_free(struct allowance_statement *statement);

/* The allowance of one meeting for a person (cents, 0: none). */
int64_t allowance_rate(const struct settings *settings,
		       const struct person *person);

/* The CSV for the finance desk: year, month, person_id, name,
 * municipality, role, meetings, amount, month_total, year_total,
 * over_cap (no | month | year | month+year); amounts "12.50". */
void allowance_write_csv(struct csv_writer *w,
			 const struct allowance_statement *statement);

/* One warning line (translated, no newline) for a row over a cap. */
void allowance_warning(const struct allowance_statement *statement,
		       const struct allowance_row *row,
		       enum allowance_over over, char *out, size_t size);

/* Calls fn with every warning line: each month a person's month total
 * passes the month cap, and the month the year cap is first passed.
 * Returns how many. */
size_t allowance_warnings(const struct allowance_statement *statement,
			  void (*fn)(const char *line, void *ctx), void *ctx);

struct allowance_doc {
	const struct allowance_statement *statement;
	const struct settings *settings;
};

/* The statement as a document (Markdown), data a struct allowance_doc: a
 * table per month, the year's totals, a warning line per cap passed, the
 * note for people under 27.  A doc_markdown_fn (document.h). */
void allowance_write_markdown(FILE *out, const void *data);

#endif

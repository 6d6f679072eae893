/*
 * balance.h — are the municipalities represented in proportion? (pure)
 *
 * Each municipality's expected share is its weight over the summed weights
 * of the municipalities that have anyone in the pool; its expected count is
 * that share of everyone present.  A municipality is under-represented when
 * it has more than `tolerance` people fewer than expected, and absent when
 * nobody of it is present.  The overall figure is 100 − ½·Σ|actual share −
 * expected share|·100: 100 % is a perfect spread, 0 % everyone from
 * where nobody was expected.  It is only given once at least one
 * municipality is expected to have a whole person present (the largest
 * expected count is 1 or more): before that it would only measure who
 * happened to arrive first.
 */
#ifndef NOTULIST_BALANCE_H
#define NOTULIST_BALANCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum balance_verdict {
	BALANCE_OK,
	BALANCE_UNDER,   /* under-represented */
	BALANCE_ABSENT,  /* nobody present */
	BALANCE_NO_POOL  /* nobody active in the pool: nothing to expect */
};

const char *balance_verdict_key(enum balance_verdict verdict);
const char *balance_verdict_label(enum balance_verdict verdict);

struct balance_input {
	int64_t municipality_id;
	double weight;   /* > 0 */
	int pool;        /* active counting members */
	int present;     /* counting members present now */
};

struct balance_row {
	int64_t municipality_id;
	int pool;
	int present;
	double expected_share;  /* 0..1 */
	double actual_share;    /* 0..1; 0 when nobody is present */
	double expected_count;
	enum balance_verdict verdict;
};

struct balance_report {
	int total_present;
	bool has_overall;       /* false until some expected count is ≥ 1 */
	double overall_percent;
	int flagged;            /* rows under-represented or absent */
};

/* Fills rows[0..n) (same order as in) and the report. */
void balance_compute(const struct balance_input *in, size_t n,
		     double tolerance, struct balance_row *rows,
		     struct balance_report *report);

#endif

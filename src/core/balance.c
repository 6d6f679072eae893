/*
 * balance.c — proportional representation of the municipalities.  Pure.
 * A municipality with nobody active in the pool gets no expected share (it
 * cannot send anyone) and the verdict BALANCE_NO_POOL, so nothing is ever
 * divided by zero.
 */
#include <math.h>

#include "balance.h"
#include "i18n.h"

static const char *const verdict_keys[] = {
	[BALANCE_OK] = "ok",
	[BALANCE_UNDER] = "under-represented",
	[BALANCE_ABSENT] = "absent",
	[BALANCE_NO_POOL] = "no-clients",
};

static const char *const verdict_labels[] = {
	/* TRANSLATORS: the verdict on a municipality's share of the clients
	 * present, after its balance bar. */
	[BALANCE_OK] = N_("ok"),
	[BALANCE_UNDER] = N_("under-represented"),
	[BALANCE_ABSENT] = N_("absent"),
	[BALANCE_NO_POOL] = N_("no active clients"),
};

const char *balance_verdict_key(enum balance_verdict verdict)
{
	return verdict <= BALANCE_NO_POOL ? verdict_keys[verdict] : "?";
}

const char *balance_verdict_label(enum balance_verdict verdict)
{
	return verdict <= BALANCE_NO_POOL ? _(verdict_labels[verdict]) : "?";
}

static enum balance_verdict judge(const struct balance_row *row,
				  double tolerance)
{
	if (row->pool <= 0)
		return BALANCE_NO_POOL;
	if (row->present == 0)
		return BALANCE_ABSENT;
	/* A small epsilon keeps 2.0000000001 − 1 from counting as "more than
	 * one below" when the tolerance is exactly one person. */
	if (row->expected_count - row->present > tolerance + 1e-9)
		return BALANCE_UNDER;
	return BALANCE_OK;
}

void balance_compute(const struct balance_input *in, size_t n,
		     double tolerance, struct balance_row *rows,
		     struct balance_report *report)
{
	double total_weight = 0;
	int total_present = 0;
	for (size_t i = 0; i < n; i++) {
		if (in[i].pool > 0)
			total_weight += in[i].weight;
		total_present += in[i].present;
	}
	double deviation = 0, most_expected = 0;
	report->flagged = 0;
	for (size_t i = 0; i < n; i++) {
		struct balance_row *row = &rows[i];
		row->municipality_id = in[i].municipality_id;
		row->pool = in[i].pool;
		row->present = in[i].present;
		row->expected_share = in[i].pool > 0 && total_weight > 0
					      ? in[i].weight / total_weight
					      : 0;
		row->actual_share = total_present > 0
					    ? (double)in[i].present / total_present
					    : 0;
		row->expected_count = row->expected_share * total_present;
		row->verdict = judge(row, tolerance);
		most_expected = fmax(most_expected, row->expected_count);
		deviation += fabs(row->actual_share - row->expected_share);
		report->flagged += row->verdict == BALANCE_UNDER ||
				   row->verdict == BALANCE_ABSENT;
	}
	report->total_present = total_present;
	/* With fewer people than that, the figure measures who happened to
	 * come first: one arrival of three equal municipalities is 33 %. */
	report->has_overall = total_present > 0 && total_weight > 0 &&
			      most_expected >= 1 - 1e-9;
	report->overall_percent =
		report->has_overall ? 100.0 - deviation / 2.0 * 100.0 : 0;
}

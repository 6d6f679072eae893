/*
 * report.c — the annual overview for the joint arrangement, as Markdown
 * that reads well in a terminal and prints as it is: charts are fixed-width
 * text inside indented code blocks (no fence a name could close).  User
 * text goes through markdown.h.  Every figure comes from the history and
 * the continuity rules; nothing here decides what is a risk.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "document.h"
#include "i18n.h"
#include "markdown.h"
#include "report.h"
#include "text.h"

#define BAR_CELLS 24

static void bar(FILE *out, double value, double scale, double mark)
{
	int filled = scale > 0 ? (int)(value * BAR_CELLS / scale + 0.5) : 0;
	int marked = scale > 0 ? (int)(mark * BAR_CELLS / scale + 0.5) : -1;
	if (filled > BAR_CELLS)
		filled = BAR_CELLS;
	for (int i = 0; i < BAR_CELLS; i++)
		fputc(i == marked ? '|' : i < filled ? '#' : '.', out);
}

static void padded(FILE *out, const char *text, int cols)
{
	md_code_text(out, text, cols, true);
}

static bool in_year(const struct meeting_history *m, int year)
{
	return m->meeting.date.year == year;
}

/* "Cancelled (did not take place, not counted): 2026-06-04." */
static void cancelled_meetings(FILE *out, const struct history *h, int year)
{
	int listed = 0;
	fputs(_("Cancelled (did not take place, not counted):"), out);
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		char date[NL_DATE_LEN];
		if (!in_year(m, year) || m->meeting.status != MEETING_CANCELLED)
			continue;
		nl_format_date(m->meeting.date, date);
		fprintf(out, "%s%s", listed++ ? ", " : " ", date);
	}
	fprintf(out, ".\n\n");
}

static void section_meetings(FILE *out, const struct history *h, int year)
{
	int held = 0, planned = 0, cancelled = 0, peak = 1;
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		if (!in_year(m, year))
			continue;
		held += m->held;
		planned += m->meeting.status == MEETING_PLANNED &&
			   nl_date_compare(m->meeting.date, h->today) >= 0;
		cancelled += m->meeting.status == MEETING_CANCELLED;
		peak = m->attended > peak ? m->attended : peak;
		peak = m->meeting.quorum_min > peak ? m->meeting.quorum_min : peak;
	}
	fprintf(out, "%s", _("## Meetings\n\n"));
	fprintf(out, _("%d held, %d still planned; the target is %d a year.\n\n"),
		held, planned, h->settings.meetings_per_year);
	if (cancelled)
		cancelled_meetings(out, h, year);
	if (held == 0)
		return;
	fprintf(out, "%s", _("Clients present at each meeting ('|' marks the "
			     "minimum):\n\n"));
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		char date[NL_DATE_LEN];
		if (!in_year(m, year) || !m->held)
			continue;
		nl_format_date(m->meeting.date, date);
		fprintf(out, MD_CODE_INDENT "%s  ", date);
		bar(out, m->attended, peak, m->meeting.quorum_min);
		fprintf(out, _(" %3d / %-3d %s\n"), m->attended,
			m->meeting.quorum_min,
			m->timeline.first_met ? _("quorum") : _("NO QUORUM"));
	}
	fputc('\n', out);
}

static const struct municipality *municipality_of(const struct history *h,
						  int64_t id)
{
	for (size_t k = 0; k < h->n_municipalities; k++)
		if (h->municipalities[k].id == id)
			return &h->municipalities[k];
	return NULL;
}

/* Each held meeting of the year adds to every municipality taking part
 * that day its share, by weight, of the clients present then; a
 * municipality that left in September has a share until then and none
 * after.  attended[k] and expected[k] are indexed like h->municipalities;
 * returns the clients present at all of them together. */
static int tally_municipalities(const struct history *h, int year,
				int *attended, double *expected, bool *listed)
{
	int total = 0;
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		double weights = 0;
		int present = 0;
		if (!in_year(m, year) || !m->held)
			continue;
		for (size_t k = 0; k < h->n_municipalities; k++) {
			const struct municipality *mu = &h->municipalities[k];
			if (!roster_takes_part(&h->roster, mu->id,
					       m->meeting.date))
				continue;
			weights += mu->weight;
			listed[k] = true;
		}
		for (size_t p = 0; p < h->n_people; p++) {
			const struct person *person = &h->people[p];
			if (!history_counts(h, m, person) ||
			    history_outcome(h, m, person) != OUTCOME_PRESENT)
				continue;
			int64_t id = history_municipality_on(h, person,
							     m->meeting.date);
			for (size_t k = 0; k < h->n_municipalities; k++)
				if (h->municipalities[k].id == id) {
					attended[k]++;
					listed[k] = true;
				}
			present++;
		}
		for (size_t k = 0; weights > 0 && k < h->n_municipalities; k++)
			if (roster_takes_part(&h->roster, h->municipalities[k].id,
					      m->meeting.date))
				expected[k] += present *
					       h->municipalities[k].weight /
					       weights;
		total += present;
	}
	return total;
}

static void section_municipalities(FILE *out, const struct history *h,
				   int year)
{
	size_t n = h->n_municipalities;
	int *attended = calloc(n + 1, sizeof *attended);
	double *expected = calloc(n + 1, sizeof *expected);
	bool *listed = calloc(n + 1, sizeof *listed);
	if (!attended || !expected || !listed)
		goto done;
	int total = tally_municipalities(h, year, attended, expected, listed);
	/* Without attendance the shares are those of the weights of the
	 * municipalities taking part today. */
	double weights = 0;
	for (size_t k = 0; total == 0 && k < n; k++) {
		listed[k] = roster_takes_part(&h->roster,
					      h->municipalities[k].id, h->today);
		weights += listed[k] ? h->municipalities[k].weight : 0;
	}
	fprintf(out, "%s", _("## Municipalities\n\nShare of all attendance "
			     "against the share expected by weight ('|'):\n\n"));
	for (size_t k = 0; k < n; k++) {
		const struct municipality *mu = &h->municipalities[k];
		if (!listed[k])
			continue;
		double share = total > 0 ? expected[k] / total
			       : weights > 0 ? mu->weight / weights : 0;
		double actual = total > 0 ? (double)attended[k] / total : 0;
		fputs(MD_CODE_INDENT, out);
		padded(out, mu->name, 24);
		fputs("  ", out);
		bar(out, actual, 1.0, share);
		fprintf(out, " %3.0f%% / %3.0f%%\n", actual * 100, share * 100);
	}
	fputc('\n', out);
done:
	free(attended);
	free(expected);
	free(listed);
}

static void section_quorum_losses(FILE *out, const struct history *h, int year)
{
	bool any = false;
	fprintf(out, "%s", _("## Quorum losses\n\n"));
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		char date[NL_DATE_LEN];
		if (!in_year(m, year) || !m->held)
			continue;
		nl_format_date(m->meeting.date, date);
		if (!m->timeline.first_met) {
			fprintf(out, _("- %s: quorum never reached (highest %d/%d)\n"),
				date, m->timeline.peak, m->meeting.quorum_min);
			any = true;
		}
		for (size_t l = 0; l < m->timeline.n_lapses; l++) {
			const struct quorum_lapse *lapse = &m->timeline.lapses[l];
			char from[NL_HHMM_LEN], to[NL_HHMM_LEN] = "";
			if (attendance_lapse_at_close(&m->meeting, lapse))
				continue;
			nl_format_hhmm(lapse->lost_at, from);
			if (lapse->restored_at)
				nl_format_hhmm(lapse->restored_at, to);
			fprintf(out, _("- %s: lost %s–%s (%ld min)\n"), date, from,
				to, (long)(quorum_lapse_seconds(lapse, m->moment) /
					   60));
			any = true;
		}
	}
	fprintf(out, "%s", any ? "\n" : _("None.\n\n"));
}

struct member_tally {
	int present, excused, absent;
};

static struct member_tally tally_member(const struct history *h,
					const struct person *p, int year)
{
	struct member_tally t = {0, 0, 0};
	for (size_t i = 0; i < h->n_meetings; i++) {
		const struct meeting_history *m = &h->meetings[i];
		if (!in_year(m, year) || !m->held)
			continue;
		switch (history_outcome(h, m, p)) {
		case OUTCOME_PRESENT: t.present++; break;
		case OUTCOME_EXCUSED: t.excused++; break;
		case OUTCOME_ABSENT: t.absent++; break;
		default: break;
		}
	}
	return t;
}

/* A table, so that it stays one row per member when printed or converted
 * (pandoc broke every row of the old preformatted block in two). */
static void section_members(FILE *out, const struct history *h, int year)
{
	fprintf(out, "%s", _("## Members\n\nAttendance of every client "
			     "expected this year (rate = present / expected):"
			     "\n\n"));
	/* TRANSLATORS: column heading of the members table in the annual
	 * report: present / expected, as a percentage. */
	fprintf(out, "| %s | %s | %s | %s | %s | %s |\n", _("Name"),
		_("Municipality"), _("Attended"), _("Excused"), _("Absent"),
		_("Rate"));
	fputs("|:--|:--|--:|--:|--:|--:|\n", out);
	/* A person who moved is one row, under the municipality of the
	 * year's end (or of today, for this year). */
	struct nl_date last = {year, 12, 31};
	if (nl_date_compare(h->today, last) < 0)
		last = h->today;
	for (size_t i = 0; i < h->n_people; i++) {
		const struct person *p = &h->people[i];
		if (!role_counts(h->settings.counting_roles, p->role))
			continue;
		struct member_tally t = tally_member(h, p, year);
		int expected = t.present + t.excused + t.absent;
		if (expected == 0)
			continue;
		const struct municipality *mu =
			municipality_of(h, history_municipality_on(h, p, last));
		fputs("| ", out);
		md_text(out, p->name);
		fputs(" | ", out);
		md_text(out, mu ? mu->name : "");
		fprintf(out, " | %d | %d | %d | %.0f%% |\n", t.present,
			t.excused, t.absent, 100.0 * t.present / expected);
	}
	fputc('\n', out);
}

static void section_warnings(FILE *out, const struct warning_list *warnings)
{
	fprintf(out, "%s", _("## Open follow-ups and warnings\n\n"));
	if (warnings->n == 0) {
		fprintf(out, "%s", _("None: the body is in good shape.\n"));
		return;
	}
	for (size_t i = 0; i < warnings->n; i++) {
		fprintf(out, "- **%s** %s: ",
			warning_level_key(warnings->items[i].level),
			warnings->items[i].category);
		md_text(out, warnings->items[i].text);
		fputc('\n', out);
	}
}

void report_write(FILE *out, const struct history *h, int year,
		  const struct warning_list *warnings)
{
	char today[DOC_DATE_SIZE];
	document_date_short(h->today, today);
	if (h->settings.gr_name[0]) {
		/* TRANSLATORS: the year and the joint arrangement's name
		 * follow on the same line. */
		fprintf(out, _("# Client participation %d — "), year);
		md_text(out, h->settings.gr_name);
		fputs("\n\n", out);
	} else {
		fprintf(out, _("# Client participation %d\n\n"), year);
	}
	fprintf(out, _("Annual overview made by notulist on %s. Quorum: %d "
		       "clients.\n\n"), today, h->settings.quorum_min);
	section_meetings(out, h, year);
	section_municipalities(out, h, year);
	section_quorum_losses(out, h, year);
	section_members(out, h, year);
	section_warnings(out, warnings);
}

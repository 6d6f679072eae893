/*
 * cli_report.c — the words and bars of `status` and of attendance
 * commands.  Every number comes from the core (snapshot, outcome); this
 * file only lays them out, in ASCII so that pipes and logs stay clean.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli_report.h"
#include "i18n.h"
#include "meetings.h"
#include "text.h"

#define BAR_CELLS 20

void report_quorum_line(FILE *out, struct quorum_state q)
{
	fprintf(out, _("clients present: %d/%d — %s\n"), q.present, q.minimum,
		q.met ? _("QUORUM MET") : _("QUORUM NOT MET"));
}

static const char *done_phrase(enum att_kind kind)
{
	switch (kind) {
	case ATT_IN: return _("Checked in %s at %s\n");
	case ATT_OUT: return _("Checked out %s at %s\n");
	case ATT_EXCUSED: return _("Excused %s (recorded at %s)\n");
	default: return "%s %s\n";
	}
}

static const char *undone_phrase(enum att_kind kind)
{
	switch (kind) {
	case ATT_IN: return _("Undone: check-in of %s at %s\n");
	case ATT_OUT: return _("Undone: check-out of %s at %s\n");
	case ATT_EXCUSED: return _("Undone: excuse of %s (recorded at %s)\n");
	default: return "%s %s\n";
	}
}

/* An undo that took back a correction says what is in force again. */
static void report_undone_correction(FILE *out, const struct att_outcome *o)
{
	char hhmm[NL_HHMM_LEN];
	nl_format_hhmm(o->corrected_at, hhmm);
	if (o->rows > 1)
		fprintf(out, _("Undone: the correction of %s's attendance "
			       "(%zu changes)\n"), cli_show(o->person.name), o->rows);
	else if (o->kind == ATT_RETIME)
		/* TRANSLATORS: "Undone: retime of event 41 (check-out of Ans
		 * Bakker, at 19:25 again)". */
		fprintf(out, _("Undone: retime of event %lld (%s of %s, at %s "
			       "again)\n"), (long long)o->corrected_id,
			att_kind_label(o->corrected_kind), cli_show(o->person.name), hhmm);
	else
		fprintf(out, _("Undone: strike of event %lld (%s of %s at %s "
			       "counts again)\n"), (long long)o->corrected_id,
			att_kind_label(o->corrected_kind), cli_show(o->person.name), hhmm);
}

void report_attendance(FILE *out, const struct att_outcome *o, bool undone)
{
	char hhmm[NL_HHMM_LEN], flipped[NL_HHMM_LEN], what[NL_PLACE_SIZE + 64];
	nl_format_hhmm(o->at, hhmm);
	/* With a late entry (--at) the quorum may have changed before the
	 * event just recorded: say when it really did. */
	nl_format_hhmm(o->after.since ? o->after.since : o->at, flipped);
	if (o->opened_meeting) {
		meeting_describe(&o->meeting, what, sizeof what);
		fprintf(out, _("Opened meeting %s\n"), what);
	}
	if (o->guest) {
		/* A one-time guest counts for nothing: no quorum line. */
		fprintf(out, _("Undone: arrival of guest %s at %s\n"),
			cli_show(o->person.name), hhmm);
		return;
	}
	if (undone && o->corrected_id)
		report_undone_correction(out, o);
	else
		fprintf(out, undone ? undone_phrase(o->kind)
				    : done_phrase(o->kind),
			cli_show(o->person.name), hhmm);
	if (o->seat.id && !undone)
		fprintf(out, _("%s stands in for %s\n"),
			cli_show(o->person.name), cli_show(o->seat.name));
	if (o->kind == ATT_EXCUSED && !undone)
		return;
	report_quorum_line(out, o->after);
	if (o->before.met && !o->after.met) {
		if (undone)
			fprintf(out, _("Quorum lost (%d/%d)\n"), o->after.present,
				o->after.minimum);
		else
			fprintf(out, _("Quorum lost at %s (%d/%d)\n"), flipped,
				o->after.present, o->after.minimum);
	} else if (!o->before.met && o->after.met && !undone) {
		fprintf(out, _("Quorum met at %s (%d/%d)\n"), flipped,
			o->after.present, o->after.minimum);
	}
}

static void report_header(FILE *out, const struct meeting_snapshot *s)
{
	char what[NL_PLACE_SIZE + 64];
	meeting_describe(&s->meeting, what, sizeof what);
	if (s->settings.gr_name[0])
		fprintf(out, "%s — ", cli_show(s->settings.gr_name));
	fprintf(out, _("meeting %s, %s\n"), what,
		meeting_status_label(s->meeting.status));
	if (s->meeting.chair[0])
		fprintf(out, _("Chair: %s\n"), cli_show(s->meeting.chair));
}

static void report_counts(FILE *out, const struct meeting_snapshot *s)
{
	struct presence_counts c = snapshot_presence_counts(s);
	fprintf(out, _("People: %d present, %d left, %d excused, %d not "
		       "arrived\n"),
		c.present, c.left, c.excused, c.not_arrived);
}

static void report_current_lapse(FILE *out, const struct meeting_snapshot *s)
{
	const struct quorum_lapse *lapse = snapshot_current_lapse(s);
	char hhmm[NL_HHMM_LEN];
	if (!lapse)
		return;
	nl_format_hhmm(lapse->lost_at, hhmm);
	fprintf(out, _("Quorum lost at %s (%d/%d)\n"), hhmm,
		lapse->present_at_loss, s->timeline.minimum);
}

static int cells(double value, double scale)
{
	int n = (int)lround(value * BAR_CELLS / scale);
	return n < 0 ? 0 : n > BAR_CELLS ? BAR_CELLS : n;
}

/* [#######|------------]: '#' present, '|' the expected count. */
static void print_bar(FILE *out, int present, double expected, double scale)
{
	int filled = cells(present, scale), mark = cells(expected, scale);
	fputc('[', out);
	for (int i = 0; i <= BAR_CELLS; i++) {
		if (i == mark)
			fputc('|', out);
		if (i < BAR_CELLS)
			fputc(i < filled ? '#' : '-', out);
	}
	fputc(']', out);
}

static void report_balance(FILE *out, const struct meeting_snapshot *s)
{
	double scale = snapshot_balance_scale(s);
	int name_cols = 12;
	if (s->n_balance == 0)
		return;
	for (size_t i = 0; i < s->n_balance; i++) {
		int w = text_display_width(
			cli_show(s->balance[i].municipality.name));
		name_cols = w > name_cols ? w : name_cols;
	}
	fprintf(out, _("\nBalance (present / expected; tolerance %g):\n"),
		s->settings.balance_tolerance);
	for (size_t i = 0; i < s->n_balance; i++) {
		const struct balance_row *r = &s->balance[i].row;
		fputs("  ", out);
		cli_print_padded(out, s->balance[i].municipality.name, name_cols);
		fputs("  ", out);
		print_bar(out, r->present, r->expected_count, scale);
		fprintf(out, " %3d / %4.1f  %s\n", r->present, r->expected_count,
			balance_verdict_label(r->verdict));
	}
	if (s->balance_report.has_overall)
		fprintf(out, _("  overall balance: %.0f%%\n"),
			s->balance_report.overall_percent);
	else if (s->balance_report.total_present > 0)
		fprintf(out, "%s",
			_("  overall balance: - (too few present yet)\n"));
	else
		fprintf(out, "%s", _("  overall balance: - (nobody present)\n"));
}

static void report_timeline(FILE *out, const struct meeting_snapshot *s)
{
	const struct quorum_timeline *t = &s->timeline;
	char from[NL_HHMM_LEN], to[NL_HHMM_LEN];
	fprintf(out, "%s", _("\nQuorum timeline:\n"));
	if (!t->first_met) {
		fprintf(out, _("  not reached (highest %d/%d)\n"), t->peak,
			t->minimum);
		return;
	}
	nl_format_hhmm(t->first_met, from);
	fprintf(out, _("  reached at %s\n"), from);
	for (size_t i = 0; i < t->n_lapses; i++) {
		const struct quorum_lapse *l = &t->lapses[i];
		long minutes = (long)(quorum_lapse_seconds(l, s->moment) / 60);
		if (attendance_lapse_at_close(&s->meeting, l))
			continue;
		nl_format_hhmm(l->lost_at, from);
		if (l->restored_at) {
			nl_format_hhmm(l->restored_at, to);
			fprintf(out, _("  lost %s–%s (%ld min)\n"),
				from, to, minutes);
		} else {
			fprintf(out, _("  lost %s– (still lost, %ld min)\n"),
				from, minutes);
		}
	}
	fprintf(out, _("  highest: %d present\n"), t->peak);
}

void report_status(FILE *out, const struct meeting_snapshot *s)
{
	report_header(out, s);
	report_quorum_line(out, s->quorum);
	report_current_lapse(out, s);
	report_counts(out, s);
	report_balance(out, s);
	report_timeline(out, s);
}

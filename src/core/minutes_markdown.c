/*
 * minutes_markdown.c — writing gathered minutes (minutes.h) as Markdown.
 *
 * The text must read well as plain text and convert cleanly with pandoc,
 * whatever the secretary typed: line breaks in notes are kept (as hard
 * breaks), and every piece of user text goes through markdown.h, so it
 * stays text and never becomes structure.  Every judgement (overdue,
 * done, answered, late) is made on the meeting's day.
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "document.h"
#include "document_parts.h"
#include "i18n.h"
#include "markdown.h"
#include "minutes.h"
#include "record_rules.h"
#include "sheet.h"
#include "text.h"

/* ---- small phrases ------------------------------------------------------ */

/* Dates in the prose: "10 March 2026", "10 maart 2026". */
static void fmt_date(struct nl_date date, char out[DOC_DATE_SIZE])
{
	document_date_short(date, out);
}

/* "Subject." without doubling the subject's own final mark. */
static void md_sentence(FILE *out, const char *text)
{
	size_t len = strlen(text);
	md_text(out, text);
	if (len == 0 || !strchr(".?!", text[len - 1]))
		fputc('.', out);
}

static void counting_roles(FILE *out, role_mask mask)
{
	bool any = false;
	for (int r = 0; r < ROLE_COUNT; r++) {
		if (!role_counts(mask, (enum role)r))
			continue;
		fprintf(out, "%s%s", any ? ", " : "", role_label((enum role)r));
		any = true;
	}
}

/* ---- header ------------------------------------------------------------- */

/* The first arrival in force (0: nobody arrived). */
static nl_time first_arrival(const struct meeting_snapshot *s)
{
	nl_time first = 0;
	for (size_t i = 0; i < s->n_people; i++) {
		nl_time t = s->people[i].attendance.first_in;
		if (t && (!first || t < first))
			first = t;
	}
	return first;
}

/* The real span, from the first arrival in force to the close, with the
 * planned start when it differs; without arrivals, the planned start (or
 * the opening). */
static void write_time(FILE *out, const struct meeting_snapshot *s)
{
	const struct meeting *m = &s->meeting;
	char from[NL_HHMM_LEN] = "", to[NL_HHMM_LEN] = "",
	     planned[NL_HHMM_LEN] = "";
	nl_time first = first_arrival(s);
	if (m->start_minute >= 0)
		nl_format_hhmm(nl_time_from(m->date, m->start_minute), planned);
	if (first)
		nl_format_hhmm(first, from);
	else if (*planned)
		memcpy(from, planned, sizeof from);
	else if (m->opened_at)
		nl_format_hhmm(m->opened_at, from);
	if (m->status == MEETING_CLOSED && m->closed_at)
		nl_format_hhmm(m->closed_at, to);
	if (*from && *to)
		fprintf(out, _("- Time: %s–%s"), from, to);
	else if (*from)
		fprintf(out, _("- Time: from %s"), from);
	if (*from && *planned && strcmp(from, planned) != 0)
		/* TRANSLATORS: after "- Time: 19:05–21:30". */
		fprintf(out, _(" (planned %s)"), planned);
	if (*from)
		fputc('\n', out);
}

static void write_approval(FILE *out, const struct minutes *m)
{
	char date[DOC_DATE_SIZE], on[DOC_DATE_SIZE];
	const struct meeting *self = &m->snapshot.meeting;
	if (self->minutes_approved.year) {
		fmt_date(self->minutes_approved, on);
		fprintf(out, _("- These minutes: approved on %s\n"), on);
	} else {
		fprintf(out, "%s\n", _("- These minutes: draft, not yet approved"));
	}
	if (!m->has_previous)
		return;
	fmt_date(m->previous.date, date);
	if (m->previous.minutes_approved.year) {
		fmt_date(m->previous.minutes_approved, on);
		fprintf(out, _("- Minutes of the previous meeting (%s): approved "
			       "on %s\n"), date, on);
	} else {
		fprintf(out, _("- Minutes of the previous meeting (%s): not "
			       "approved\n"), date);
	}
}

static void write_header(FILE *out, const struct minutes *m)
{
	const struct meeting *self = &m->snapshot.meeting;
	char date[DOC_DATE_SIZE];
	document_date(self->date, date);
	fprintf(out, _("# Minutes of the client meeting of %s\n\n"), date);
	if (m->snapshot.settings.gr_name[0]) {
		fputs(_("- Joint arrangement: "), out);
		md_text(out, m->snapshot.settings.gr_name);
		fputc('\n', out);
	}
	write_time(out, &m->snapshot);
	if (self->location[0]) {
		fputs(_("- Place: "), out);
		md_text(out, self->location);
		fputc('\n', out);
	}
	if (self->chair[0]) {
		fputs(_("- Chair: "), out);
		md_text(out, self->chair);
		fputc('\n', out);
	}
	write_approval(out, m);
}

/* ---- attendance ---------------------------------------------------------- */

struct attendance_row {
	int64_t municipality_id;
	const char *name;
	int attended, excused, absent;
};

static bool attended(const struct attendee *a)
{
	return a->attendance.visits > 0;
}

static struct attendance_row *row_for(struct attendance_row *rows, size_t *n,
				      const struct attendee *a)
{
	for (size_t i = 0; i < *n; i++)
		if (rows[i].municipality_id == a->person.municipality_id)
			return &rows[i];
	struct attendance_row *row = &rows[(*n)++];
	row->municipality_id = a->person.municipality_id;
	row->name = a->person.municipality[0] ? a->person.municipality
					      : _("no municipality");
	return row;
}

/* One row per participating municipality, then any other municipality
 * of someone counted (one that stopped participating, or none). */
static size_t tally(const struct meeting_snapshot *s,
		    struct attendance_row *rows)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_balance; i++) {
		memset(&rows[n], 0, sizeof rows[n]);
		rows[n].municipality_id = s->balance[i].municipality.id;
		rows[n].name = s->balance[i].municipality.name;
		n++;
	}
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		if (!a->counts)
			continue;
		struct attendance_row *row = row_for(rows, &n, a);
		if (attended(a))
			row->attended++;
		else if (a->attendance.state == PRESENCE_EXCUSED)
			row->excused++;
		else if (a->expected)
			row->absent++;
	}
	return n;
}

static void write_table(FILE *out, const struct attendance_row *rows,
			size_t n)
{
	struct attendance_row total = {0};
	fprintf(out, "| %s | %s | %s | %s |\n|:--|--:|--:|--:|\n",
		_("Municipality"), _("Attended"), _("Excused"), _("Absent"));
	for (size_t i = 0; i < n; i++) {
		fputs("| ", out);
		md_text(out, rows[i].name);
		fprintf(out, " | %d | %d | %d |\n", rows[i].attended,
			rows[i].excused, rows[i].absent);
		total.attended += rows[i].attended;
		total.excused += rows[i].excused;
		total.absent += rows[i].absent;
	}
	fprintf(out, "| **%s** | **%d** | **%d** | **%d** |\n", _("Total"),
		total.attended, total.excused, total.absent);
}

/* One-time guests: no members, counted for nothing, listed apart. */
static void write_guests(FILE *out, const struct meeting_snapshot *s)
{
	for (size_t i = 0; i < s->n_guests; i++) {
		const struct meeting_guest *g = &s->guests[i];
		fputs(i ? ", " : _("- Guests: "), out);
		md_text(out, g->name);
		if (g->organisation[0]) {
			fputs(" (", out);
			md_text(out, g->organisation);
			fputc(')', out);
		}
	}
	if (s->n_guests)
		fputc('\n', out);
}

/* How a person fared, as the attendance table counts it. */
enum fared { FARED_PRESENT, FARED_EXCUSED, FARED_ABSENT, FARED_NONE };

static enum fared fared(const struct meeting_snapshot *s,
			const struct attendee *a)
{
	if (attended(a))
		return FARED_PRESENT;
	if (a->attendance.state == PRESENCE_EXCUSED)
		return FARED_EXCUSED;
	if (person_expected_at(&a->person, &s->meeting))
		return FARED_ABSENT;
	return FARED_NONE;
}

/* "- Zuidplas: Gülşen Demir, Ilse Kramer": the counting people of one
 * municipality who fared so; nothing when there are none. */
static bool write_names_in(FILE *out, const struct meeting_snapshot *s,
			   const struct attendance_row *row, enum fared how)
{
	bool any = false;
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		if (!a->counts || fared(s, a) != how ||
		    a->person.municipality_id != row->municipality_id)
			continue;
		if (!any) {
			fputs("- ", out);
			md_text(out, row->name);
			fputs(": ", out);
		} else {
			fputs(", ", out);
		}
		doc_attendee_name(out, s, a);
		any = true;
	}
	if (any)
		fputc('\n', out);
	return any;
}

/* "- Also present: Margreet Ooms (chair)": those who do not count. */
static bool write_others(FILE *out, const struct meeting_snapshot *s,
			 enum fared how)
{
	static const char *const label[] = {
		N_("- Also present: "), N_("- Also excused: "),
		N_("- Also absent: "),
	};
	bool any = false;
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		if (a->counts || fared(s, a) != how)
			continue;
		fputs(any ? ", " : _(label[how]), out);
		if (a->attendance.for_person_id) {
			doc_attendee_name(out, s, a);
		} else {
			md_text(out, a->person.name);
			fprintf(out, " (%s)", role_label(a->person.role));
		}
		any = true;
	}
	if (any)
		fputc('\n', out);
	return any;
}

static bool anyone(const struct meeting_snapshot *s, enum fared how)
{
	for (size_t i = 0; i < s->n_people; i++)
		if (fared(s, &s->people[i]) == how)
			return true;
	return false;
}

/* "Present:", "Excused:" or "Absent:" with the names, by municipality. */
static void write_names(FILE *out, const struct meeting_snapshot *s,
			const struct attendance_row *rows, size_t n,
			enum fared how)
{
	static const char *const heading[] = {
		N_("Present:"), N_("Excused:"), N_("Absent:"),
	};
	if (!anyone(s, how))
		return;
	fprintf(out, "\n%s\n\n", _(heading[how]));
	for (size_t i = 0; i < n; i++)
		write_names_in(out, s, &rows[i], how);
	write_others(out, s, how);
	if (how == FARED_PRESENT)
		write_guests(out, s);
}

/* minutes_times: when each person came and went. */
static void write_times(FILE *out, const struct meeting_snapshot *s)
{
	if (!s->settings.minutes_times || !anyone(s, FARED_PRESENT))
		return;
	fprintf(out, "\n%s\n\n| %s | %s | %s | %s |\n|:--|:--|:--|--:|\n",
		_("Arrival and departure:"), _("Name"), _("Arrival"),
		_("Departure"), _("Minutes"));
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		char in[NL_HHMM_LEN], gone[NL_HHMM_LEN] = "";
		if (!attended(a))
			continue;
		nl_time left = sheet_departure(&s->meeting, &a->attendance);
		nl_format_hhmm(a->attendance.first_in, in);
		if (left)
			nl_format_hhmm(left, gone);
		fputs("| ", out);
		md_text(out, a->person.name);
		fprintf(out, " | %s | %s | %lld |\n", in, gone,
			(long long)(a->attendance.seconds_present / 60));
	}
}

static void write_attendance(FILE *out, const struct minutes *m)
{
	const struct meeting_snapshot *s = &m->snapshot;
	fprintf(out, "\n## %s\n\n", _("Attendance"));
	if (s->n_events == 0) {
		fprintf(out, "%s\n", _("No attendance has been recorded."));
		if (s->n_guests)
			fputc('\n', out);
		write_guests(out, s);
		return;
	}
	struct attendance_row *rows =
		calloc(s->n_balance + s->n_people + 1, sizeof *rows);
	if (!rows)
		return;
	size_t n = tally(s, rows);
	fprintf(out, "%s", _("Counted for the quorum: "));
	counting_roles(out, s->settings.counting_roles);
	fputs(".\n\n", out);
	write_table(out, rows, n);
	write_names(out, s, rows, n, FARED_PRESENT);
	write_names(out, s, rows, n, FARED_EXCUSED);
	write_names(out, s, rows, n, FARED_ABSENT);
	write_times(out, s);
	free(rows);
}

/* ---- quorum ---------------------------------------------------------------- */

static void write_lapses(FILE *out, const struct meeting_snapshot *s)
{
	size_t shown = 0;
	for (size_t i = 0; i < s->timeline.n_lapses; i++) {
		const struct quorum_lapse *l = &s->timeline.lapses[i];
		char from[NL_HHMM_LEN], to[NL_HHMM_LEN];
		long minutes = (long)(quorum_lapse_seconds(l, s->moment) / 60);
		if (attendance_lapse_at_close(&s->meeting, l))
			continue;
		if (shown++ == 0)
			fprintf(out, " %s\n\n", _("It was lost:"));
		nl_format_hhmm(l->lost_at, from);
		if (l->restored_at) {
			nl_format_hhmm(l->restored_at, to);
			fprintf(out, _("- %s–%s (%ld min; %d present)\n"), from,
				to, minutes, l->present_at_loss);
		} else {
			fprintf(out, _("- from %s, not restored (%ld min; %d "
				       "present)\n"), from, minutes,
				l->present_at_loss);
		}
	}
	if (shown == 0)
		fprintf(out, " %s\n", _("It was not lost."));
}

/* The count at the end: for a closed meeting just before its close, so
 * that people leaving as it closes do not read as a lost quorum. */
static void write_final_count(FILE *out, const struct meeting_snapshot *s)
{
	const struct meeting *mt = &s->meeting;
	char hhmm[NL_HHMM_LEN];
	bool closed = mt->status == MEETING_CLOSED && mt->closed_at;
	struct quorum_state q = s->quorum;
	if (closed)
		q = quorum_timeline_at(&s->timeline, mt->closed_at - 1);
	unsigned long n = (unsigned long)q.present;
	nl_format_hhmm(s->moment, hhmm);
	fprintf(out,
		closed ? ngettext("At the close (%s), %d client was present: "
				  "%s.\n",
				  "At the close (%s), %d clients were present: "
				  "%s.\n", n)
		       : ngettext("At %s, %d client was present: %s.\n",
				  "At %s, %d clients were present: %s.\n", n),
		hhmm, q.present, q.met ? _("quorum met") : _("quorum not met"));
	fprintf(out, _("Highest number present: %d.\n"), s->timeline.peak);
}

static void write_quorum(FILE *out, const struct minutes *m)
{
	const struct meeting_snapshot *s = &m->snapshot;
	char hhmm[NL_HHMM_LEN];
	fprintf(out, "\n## %s\n\n", _("Quorum"));
	if (s->n_events == 0) {
		fprintf(out, "%s\n", _("No attendance has been recorded."));
		return;
	}
	if (s->timeline.first_met) {
		nl_format_hhmm(s->timeline.first_met, hhmm);
		fprintf(out, ngettext("The quorum of %d client was reached at "
				      "%s.",
				      "The quorum of %d clients was reached at "
				      "%s.", (unsigned long)s->timeline.minimum),
			s->timeline.minimum, hhmm);
		write_lapses(out, s);
	} else if (s->meeting.status == MEETING_CLOSED) {
		fprintf(out, ngettext("The quorum of %d client was not "
				      "reached.\n",
				      "The quorum of %d clients was not "
				      "reached.\n",
				      (unsigned long)s->timeline.minimum),
			s->timeline.minimum);
	} else {
		fprintf(out, ngettext("The quorum of %d client has not been "
				      "reached so far.\n",
				      "The quorum of %d clients has not been "
				      "reached so far.\n",
				      (unsigned long)s->timeline.minimum),
			s->timeline.minimum);
	}
	fputc('\n', out);
	write_final_count(out, s);
}

/* ---- agenda ---------------------------------------------------------------- */

static void write_item_facts(FILE *out, const struct agenda_item *item)
{
	char date[DOC_DATE_SIZE];
	fprintf(out, _("Topic: %s."), agenda_topic_label(item->topic));
	if (item->submitted_by_id) {
		fputs(_(" Put forward by "), out);
		md_text(out, item->submitted_by);
		fprintf(out, " (%s).", role_label(item->submitter_role));
	}
	fputc('\n', out);
	if (item->from_item_id) {
		fmt_date(item->from_date, date);
		fprintf(out, _("Carried over from the meeting of %s (item "
			       "%d).\n"), date, item->from_position);
	}
}

static void write_item(FILE *out, const struct agenda_item *item)
{
	char date[DOC_DATE_SIZE];
	fprintf(out, "\n### %d. ", item->position);
	md_text(out, item->title);
	fputs("\n\n", out);
	write_item_facts(out, item);
	if (item->notes[0]) {
		fputc('\n', out);
		md_block(out, item->notes, "", "");
	}
	if (item->decision[0]) {
		char first[128], votes[128];
		snprintf(first, sizeof first, "**%s** ",
			 item->decided_without_quorum
				 ? _("Decision (taken without quorum):")
				 : _("Decision:"));
		fputc('\n', out);
		md_block(out, item->decision, first, "");
		if (item->votes.counted) {
			agenda_votes_format(&item->votes, votes, sizeof votes);
			/* TRANSLATORS: %s is "9 for, 2 against, 1 abstained". */
			fprintf(out, _("\nVotes: %s.\n"), votes);
		}
	}
	if (item->status != AGENDA_DEFERRED)
		return;
	fputc('\n', out);
	if (item->moved_to_meeting_id) {
		fmt_date(item->moved_to_date, date);
		fprintf(out, _("*Deferred to the meeting of %s (item %d).*\n"),
			date, item->moved_to_position);
	} else {
		fprintf(out, "%s\n", _("*Deferred to a later meeting.*"));
	}
}

static void write_agenda(FILE *out, const struct minutes *m)
{
	fprintf(out, "\n## %s\n", _("Agenda"));
	if (m->n_items == 0)
		fprintf(out, "\n%s\n", _("No agenda items were recorded."));
	for (size_t i = 0; i < m->n_items; i++)
		write_item(out, &m->items[i]);
}

/* ---- action items ------------------------------------------------------------ */

/* Writes "; " before every part but the first. */
static void part(FILE *out, bool *first)
{
	fputs(*first ? " — " : "; ", out);
	*first = false;
}

static void write_action_state(FILE *out, const struct action_item *a,
			       struct nl_date day, bool *first)
{
	char date[DOC_DATE_SIZE];
	enum action_status status = action_status_on(a, day);
	if (status != ACTION_OPEN) {
		fmt_date(a->closed_on, date);
		part(out, first);
		fprintf(out, status == ACTION_DONE ? _("done on %s")
						   : _("dropped on %s"), date);
	} else if (action_overdue_on(a, day)) {
		part(out, first);
		fprintf(out, "**%s**", _("OVERDUE"));
	}
}

static void write_action(FILE *out, const struct action_item *a,
			 struct nl_date day, bool carried)
{
	char date[DOC_DATE_SIZE];
	bool first = true;
	fprintf(out, "- **#%lld** ", (long long)a->id);
	md_text(out, a->description);
	if (a->owner[0]) {
		part(out, &first);
		fputs(_("owner: "), out);
		md_text(out, a->owner);
	}
	if (a->due.year) {
		fmt_date(a->due, date);
		part(out, &first);
		fprintf(out, _("due %s"), date);
	}
	write_action_state(out, a, day, &first);
	if (carried) {
		fmt_date(a->origin.date, date);
		part(out, &first);
		if (a->agenda_position)
			fprintf(out, _("from the meeting of %s, item %d"), date,
				a->agenda_position);
		else
			fprintf(out, _("from the meeting of %s"), date);
	} else if (a->agenda_position) {
		part(out, &first);
		fprintf(out, _("item %d"), a->agenda_position);
	}
	fputc('\n', out);
}

static void write_action_group(FILE *out, const struct minutes *m,
			       enum action_place place, const char *title,
			       const char *none)
{
	const struct meeting *self = &m->snapshot.meeting;
	struct meeting_key key = meeting_key_of(self);
	bool any = false;
	fprintf(out, "\n### %s\n\n", title);
	for (size_t i = 0; i < m->n_actions; i++) {
		if (action_place_in(&m->actions[i], &key) != place)
			continue;
		write_action(out, &m->actions[i], self->date,
			     place == ACTION_CARRIED);
		any = true;
	}
	if (!any)
		fprintf(out, "%s\n", none);
}

static void write_actions(FILE *out, const struct minutes *m)
{
	fprintf(out, "\n## %s\n", _("Action items"));
	write_action_group(out, m, ACTION_NEW, _("Agreed in this meeting"),
			   _("None."));
	write_action_group(out, m, ACTION_CARRIED,
			   _("Carried over from earlier meetings"),
			   _("None open."));
}

/* ---- advice ---------------------------------------------------------------- */

static void write_advice_state(FILE *out, const struct advice *a,
			       struct nl_date day)
{
	char date[DOC_DATE_SIZE];
	int late = advice_days_late(a, day);
	if (advice_answered_by(a, day)) {
		fmt_date(a->answered_on, date);
		fprintf(out, _("answered on %s"), date);
		if (late > 0)
			fprintf(out, ngettext(" (%d day late)", " (%d days late)",
					      (unsigned long)late), late);
		fputc('.', out);
		if (a->answer[0]) {
			char first[64];
			snprintf(first, sizeof first, "  %s ", _("Answer:"));
			fputs("  \n", out);
			md_block(out, a->answer, first, "  ");
			return;
		}
	} else {
		fputs(_("no answer yet"), out);
		if (advice_overdue_on(a, day)) {
			fprintf(out, ", **%s** ", _("OVERDUE"));
			fprintf(out, ngettext("(%d day late)", "(%d days late)",
					      (unsigned long)late), late);
		}
		fputc('.', out);
	}
	fputc('\n', out);
}

static void write_one_advice(FILE *out, const struct advice *a,
			     struct nl_date day)
{
	char sent[DOC_DATE_SIZE], due[DOC_DATE_SIZE];
	fmt_date(a->sent_on, sent);
	fmt_date(a->response_due, due);
	fprintf(out, "- **#%lld** %s: ", (long long)a->id,
		a->kind == ADVICE_SOLICITED ? _("Solicited advice")
					    : _("Unsolicited advice"));
	md_sentence(out, a->subject);
	fprintf(out, _(" Sent on %s; answer due %s; "), sent, due);
	write_advice_state(out, a, day);
}

/* Sent on the meeting's own day: the meeting sent it, so it belongs
 * under the meeting, not among what happened before it. */
static bool sent_at_meeting(const struct minutes *m, const struct advice *a)
{
	return nl_date_compare(a->sent_on, m->snapshot.meeting.date) == 0;
}

static bool in_period(const struct minutes *m, const struct advice *a)
{
	struct nl_date after = {0, 0, 0};
	if (m->has_previous)
		after = m->previous.date;
	return !sent_at_meeting(m, a) &&
	       advice_in_period(a, after, m->snapshot.meeting.date);
}

static void write_sent_at_meeting(FILE *out, const struct minutes *m)
{
	bool any = false;
	for (size_t i = 0; i < m->n_advice; i++) {
		if (!sent_at_meeting(m, &m->advice[i]))
			continue;
		if (!any)
			fprintf(out, "\n%s\n\n", _("Sent at this meeting:"));
		any = true;
		write_one_advice(out, &m->advice[i], m->snapshot.meeting.date);
	}
}

static void write_advice(FILE *out, const struct minutes *m)
{
	struct nl_date day = m->snapshot.meeting.date;
	char date[DOC_DATE_SIZE];
	size_t recent = 0, waiting = 0;
	fprintf(out, "\n## %s\n\n", _("Advice"));
	for (size_t i = 0; i < m->n_advice; i++) {
		bool period = in_period(m, &m->advice[i]);
		recent += period;
		waiting += !period && !sent_at_meeting(m, &m->advice[i]) &&
			   !advice_answered_by(&m->advice[i], day);
	}
	if (m->has_previous)
		fmt_date(m->previous.date, date);
	if (recent == 0)
		fprintf(out, "%s\n", m->has_previous
			? _("No advice was sent or answered since the previous "
			    "meeting.")
			: _("No advice was sent or answered before this "
			    "meeting."));
	else if (m->has_previous)
		fprintf(out, _("Sent or answered since the previous meeting "
			       "(%s):\n\n"), date);
	else
		fprintf(out, "%s\n\n", _("Sent or answered before this meeting:"));
	for (size_t i = 0; i < m->n_advice; i++)
		if (in_period(m, &m->advice[i]))
			write_one_advice(out, &m->advice[i], day);
	write_sent_at_meeting(out, m);
	if (waiting == 0)
		return;
	fprintf(out, "\n%s\n\n", _("Still awaiting an answer:"));
	for (size_t i = 0; i < m->n_advice; i++)
		if (!in_period(m, &m->advice[i]) &&
		    !sent_at_meeting(m, &m->advice[i]) &&
		    !advice_answered_by(&m->advice[i], day))
			write_one_advice(out, &m->advice[i], day);
}

void minutes_write_markdown(FILE *out, const struct minutes *m)
{
	write_header(out, m);
	write_attendance(out, m);
	write_quorum(out, m);
	write_agenda(out, m);
	write_actions(out, m);
	write_advice(out, m);
}

/*
 * document_parts.c — the facts of a meeting and the names of its
 * attendees as documents list them (see document_parts.h).
 */
#include <stdio.h>

#include "document.h"
#include "document_parts.h"
#include "i18n.h"
#include "markdown.h"

void doc_meeting_time(const struct meeting *m, char *out, size_t size)
{
	char from[NL_HHMM_LEN] = "", to[NL_HHMM_LEN] = "";
	if (m->start_minute >= 0)
		nl_format_hhmm(nl_time_from(m->date, m->start_minute), from);
	else if (m->opened_at)
		nl_format_hhmm(m->opened_at, from);
	if (m->status == MEETING_CLOSED && m->closed_at)
		nl_format_hhmm(m->closed_at, to);
	if (*from && *to)
		snprintf(out, size, "%s–%s", from, to);
	else
		snprintf(out, size, "%s", from);
}

static void fact(FILE *out, const char *label, const char *value)
{
	if (!value[0])
		return;
	fputs(label, out);
	md_text(out, value);
	fputc('\n', out);
}

void doc_meeting_facts(FILE *out, const struct meeting *meeting,
		       const struct settings *settings)
{
	char date[DOC_DATE_SIZE], time[2 * NL_HHMM_LEN + 4];
	document_date(meeting->date, date);
	doc_meeting_time(meeting, time, sizeof time);
	/* TRANSLATORS: the facts at the top of a document about a meeting,
	 * one per line, each followed by its value. */
	fact(out, _("- Joint arrangement: "), settings->gr_name);
	fact(out, _("- Date: "), date);
	fact(out, _("- Time: "), time);
	fact(out, _("- Place: "), meeting->location);
	fact(out, _("- Chair: "), meeting->chair);
}

void doc_attendee_name(FILE *out, const struct meeting_snapshot *s,
		       const struct attendee *a)
{
	md_text(out, a->person.name);
	if (!a->attendance.for_person_id)
		return;
	const struct attendee *member =
		snapshot_find(s, a->attendance.for_person_id);
	if (!member)
		return;
	/* TRANSLATORS: after a stand-in's name in the minutes and on the
	 * sign-in sheet: "Jan Smit (for Piet Vos)". */
	fprintf(out, " (%s ", _("for"));
	md_text(out, member->person.name);
	fputc(')', out);
}

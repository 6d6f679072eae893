/*
 * sheet.c — the sign-in sheet as Markdown (see sheet.h).  One table per
 * municipality, in the snapshot's order (municipality, then name; people
 * without one last), so the list reads like the board; a stand-in with
 * the seat they took.  The guests recorded for the meeting head the table
 * of walk-ins and guests, before its empty rows.  Nothing is decided
 * here: who is listed and their times come from the snapshot.
 */
#include <string.h>

#include "document.h"
#include "document_parts.h"
#include "i18n.h"
#include "markdown.h"
#include "sheet.h"

nl_time sheet_departure(const struct meeting *m,
			const struct person_attendance *pa)
{
	if (pa->state == PRESENCE_LEFT)
		return pa->last_out;
	if (pa->state == PRESENCE_PRESENT && m->status == MEETING_CLOSED)
		return m->closed_at;
	return 0;
}

static void table_head(FILE *out)
{
	fprintf(out, "| %s | %s | %s | %s | %s |\n", _("Name"), _("Role"),
		_("Arrival"), _("Departure"), _("Signature"));
	fputs("|:--|:--|:--|:--|:--|\n", out);
}

static void group_heading(FILE *out, const struct person *p)
{
	fputs("## ", out);
	if (p->municipality_id)
		md_text(out, p->municipality);
	else
		fputs(_("Without a municipality"), out);
	fputs("\n\n", out);
	table_head(out);
}

static void person_row(FILE *out, const struct meeting_snapshot *s,
		       const struct attendee *a)
{
	const struct meeting *m = &s->meeting;
	const struct person_attendance *pa = &a->attendance;
	char in[NL_HHMM_LEN] = "", gone[NL_HHMM_LEN] = "";
	fputs("| ", out);
	doc_attendee_name(out, s, a);
	fprintf(out, " | %s | ", role_label(a->person.role));
	if (pa->first_in) {
		nl_time left = sheet_departure(m, pa);
		nl_format_hhmm(pa->first_in, in);
		if (left)
			nl_format_hhmm(left, gone);
		fprintf(out, "%s | %s |", in, gone);
	} else if (pa->state == PRESENCE_EXCUSED) {
		fprintf(out, "%s |  |", _("excused"));
	} else {
		fputs(" |  |", out);
	}
	fputs("  |\n", out);
}

/* A guest recorded for the meeting, with their arrival; when they left
 * is not recorded, so they write it themselves. */
static void guest_row(FILE *out, const struct meeting_guest *g)
{
	char in[NL_HHMM_LEN];
	nl_format_hhmm(g->arrived_at, in);
	fputs("| ", out);
	md_text(out, g->name);
	fputs(" | ", out);
	md_text(out, g->organisation);
	fprintf(out, " | %s |  |  |\n", in);
}

static void walk_ins(FILE *out, const struct meeting_snapshot *s)
{
	fprintf(out, "## %s\n\n", _("Walk-ins and guests"));
	fprintf(out, "| %s | %s | %s | %s | %s |\n", _("Name"),
		_("Municipality or organisation"), _("Arrival"),
		_("Departure"), _("Signature"));
	fputs("|:--|:--|:--|:--|:--|\n", out);
	for (size_t i = 0; i < s->n_guests; i++)
		guest_row(out, &s->guests[i]);
	for (int i = 0; i < SHEET_WALK_IN_ROWS; i++)
		fputs("|  |  |  |  |  |\n", out);
}

void sheet_write_markdown(FILE *out, const struct meeting_snapshot *s)
{
	char date[DOC_DATE_SIZE];
	document_date(s->meeting.date, date);
	fprintf(out, _("# Sign-in sheet of the client meeting of %s\n\n"),
		date);
	doc_meeting_facts(out, &s->meeting, &s->settings);
	fprintf(out, "\n%s\n\n",
		_("Please sign when you arrive. The signed sheet is the proof "
		  "of attendance for the allowance."));
	for (size_t i = 0; i < s->n_people; i++) {
		const struct attendee *a = &s->people[i];
		if (i == 0 || a->person.municipality_id !=
				      s->people[i - 1].person.municipality_id) {
			if (i > 0)
				fputc('\n', out);
			group_heading(out, &a->person);
		}
		person_row(out, s, a);
	}
	if (s->n_people > 0)
		fputc('\n', out);
	walk_ins(out, s);
}

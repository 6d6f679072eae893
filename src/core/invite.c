/*
 * invite.c — the invitation as Markdown (see invite.h).  What is listed
 * follows the record rules on the day the invitation is written: an
 * action is carried over while it is open, an advice awaits an answer
 * until one is recorded.
 */
#include "document.h"
#include "document_parts.h"
#include "i18n.h"
#include "invite.h"
#include "markdown.h"
#include "record_rules.h"

struct nl_date invite_item_deadline(const struct meeting *meeting,
				    const struct settings *settings)
{
	return nl_date_add_days(meeting->date, -settings->item_deadline_days);
}

struct nl_date invite_send_by(const struct meeting *meeting,
			      const struct settings *settings)
{
	return nl_date_add_days(meeting->date, -settings->invitation_days);
}

static void write_agenda(FILE *out, const struct minutes *m)
{
	fprintf(out, "## %s\n\n", _("Agenda"));
	if (m->n_items == 0) {
		fprintf(out, "%s\n\n", _("The agenda follows."));
		return;
	}
	for (size_t i = 0; i < m->n_items; i++) {
		const struct agenda_item *item = &m->items[i];
		fprintf(out, "%d. ", item->position);
		md_text(out, item->title);
		if (item->submitted_by_id) {
			fputs(_(" — put forward by "), out);
			md_text(out, item->submitted_by);
			fprintf(out, " (%s)", role_label(item->submitter_role));
		}
		fputc('\n', out);
	}
	fputc('\n', out);
}

static void write_previous(FILE *out, const struct minutes *m)
{
	char date[DOC_DATE_SIZE];
	if (!m->has_previous || m->previous.minutes_approved.year)
		return;
	document_date(m->previous.date, date);
	fprintf(out, "## %s\n\n", _("Minutes to approve"));
	fprintf(out, _("The minutes of the meeting of %s.\n\n"), date);
}

static void write_actions(FILE *out, const struct minutes *m,
			  struct nl_date today)
{
	struct meeting_key self = meeting_key_of(&m->snapshot.meeting);
	bool any = false;
	for (size_t i = 0; i < m->n_actions; i++) {
		const struct action_item *a = &m->actions[i];
		char date[DOC_DATE_SIZE];
		if (action_place_in(a, &self) != ACTION_CARRIED ||
		    action_status_on(a, today) != ACTION_OPEN)
			continue;
		if (!any)
			fprintf(out, "## %s\n\n", _("Open actions"));
		any = true;
		fputs("- ", out);
		md_text(out, a->description);
		if (a->owner[0]) {
			fputs(" — ", out);
			md_text(out, a->owner);
		}
		if (a->due.year) {
			document_date_short(a->due, date);
			fprintf(out, _(", due %s"), date);
			if (action_overdue_on(a, today))
				fprintf(out, " (**%s**)", _("overdue"));
		}
		fputc('\n', out);
	}
	if (any)
		fputc('\n', out);
}

static void write_advice(FILE *out, const struct minutes *m,
			 struct nl_date today)
{
	bool any = false;
	for (size_t i = 0; i < m->n_advice; i++) {
		const struct advice *a = &m->advice[i];
		char sent[DOC_DATE_SIZE], due[DOC_DATE_SIZE];
		if (advice_answered_by(a, today))
			continue;
		if (!any)
			fprintf(out, "## %s\n\n", _("Advice awaiting an answer"));
		any = true;
		fputs("- ", out);
		md_text(out, a->subject);
		document_date_short(a->sent_on, sent);
		document_date_short(a->response_due, due);
		fprintf(out, _(" (%s, sent %s, answer due %s)"),
			advice_kind_label(a->kind), sent, due);
		if (advice_overdue_on(a, today))
			fprintf(out, " (**%s**)", _("overdue"));
		fputc('\n', out);
	}
	if (any)
		fputc('\n', out);
}

void invite_write_markdown(FILE *out, const void *data)
{
	const struct invitation *inv = data;
	const struct minutes *m = inv->record;
	const struct meeting *mt = &m->snapshot.meeting;
	char date[DOC_DATE_SIZE], deadline[DOC_DATE_SIZE];
	document_date(mt->date, date);
	fprintf(out, _("# Invitation to the client meeting of %s\n\n"), date);
	doc_meeting_facts(out, mt, &m->snapshot.settings);
	document_date(invite_item_deadline(mt, &m->snapshot.settings),
		      deadline);
	fputc('\n', out);
	fprintf(out, _("You are invited to the client meeting. Members may "
		       "put items on the agenda until %s; tell the secretary "
		       "or the chair.\n\n"), deadline);
	write_agenda(out, m);
	write_previous(out, m);
	write_actions(out, m, inv->today);
	write_advice(out, m, inv->today);
}

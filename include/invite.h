/*
 * invite.h — the invitation to a meeting (`notulist invite`, the
 * uitnodiging): date, time and place; the deadline for members' agenda
 * items (article 47 d: clients may put topics on the agenda); the agenda
 * with who put each item forward; the previous meeting's minutes to
 * approve; the open actions carried over; the advice still awaiting an
 * answer.  Built from what the minutes load (minutes.h), judged on the day
 * the invitation is written, as it goes out before the meeting.
 */
#ifndef NOTULIST_INVITE_H
#define NOTULIST_INVITE_H

#include <stdio.h>

#include "minutes.h"

struct invitation {
	const struct minutes *record; /* the meeting and its record */
	struct nl_date today;         /* the day it is written */
};

/* The last day members may put items on the agenda: the meeting's date
 * minus item_deadline_days. */
struct nl_date invite_item_deadline(const struct meeting *meeting,
				    const struct settings *settings);

/* The date by which the invitation should go out: the meeting's date
 * minus invitation_days. */
struct nl_date invite_send_by(const struct meeting *meeting,
			      const struct settings *settings);

/* The invitation as Markdown; data is a struct invitation (a
 * doc_markdown_fn, document.h). */
void invite_write_markdown(FILE *out, const void *data);

#endif

/*
 * document_parts.h — pieces the meeting documents share (core only): the
 * facts of a meeting as a Markdown list and an attendee's name, in the
 * message language, user text through markdown.h.
 */
#ifndef NOTULIST_DOCUMENT_PARTS_H
#define NOTULIST_DOCUMENT_PARTS_H

#include <stdio.h>

#include "model.h"
#include "settings.h"
#include "snapshot.h"

/* "- Joint arrangement: …", "- Date: maandag 7 december 2026", "- Time:
 * 19:00" (or "19:00–21:30" once closed), "- Place: …", "- Chair: …";
 * lines without a value are left out. */
void doc_meeting_facts(FILE *out, const struct meeting *meeting,
		       const struct settings *settings);

/* "19:00" or "19:00–21:30" of a meeting: the planned start (else the
 * opening) and, once closed, the close; "" when neither is known. */
void doc_meeting_time(const struct meeting *meeting, char *out, size_t size);

/* An attendee's name as Markdown text; a stand-in with the member whose
 * seat they took: "Jan Smit (for Piet Vos)". */
void doc_attendee_name(FILE *out, const struct meeting_snapshot *snapshot,
		       const struct attendee *attendee);

#endif

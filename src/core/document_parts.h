/*
 * document_parts.h — pieces every meeting document starts with (core
 * only): the facts of a meeting as a Markdown list, in the message
 * language, user text through markdown.h.
 */
#ifndef NOTULIST_DOCUMENT_PARTS_H
#define NOTULIST_DOCUMENT_PARTS_H

#include <stdio.h>

#include "model.h"
#include "settings.h"

/* "- Joint arrangement: …", "- Date: maandag 7 december 2026", "- Time:
 * 19:00" (or "19:00–21:30" once closed), "- Place: …", "- Chair: …";
 * lines without a value are left out. */
void doc_meeting_facts(FILE *out, const struct meeting *meeting,
		       const struct settings *settings);

/* "19:00" or "19:00–21:30" of a meeting: the planned start (else the
 * opening) and, once closed, the close; "" when neither is known. */
void doc_meeting_time(const struct meeting *meeting, char *out, size_t size);

#endif

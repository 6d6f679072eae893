/*
 * event_script.h — attendance logs written as short scripts, so that rule
 * tests read like the meeting they describe:
 *
 *   "19:00 +1 +2 +3  19:10 -2  19:20 u4 x7"
 *
 * "HH:MM" sets the clock; "+N" checks person N in, "-N" out, "xN" excuses
 * them, "uK" undoes event K (events are numbered 1, 2, … in script order,
 * undo events included; "u0", or an undo of a later event, is a damaged
 * log).  People 1–99 are clients of municipality
 * (N % 3) + 1; people from 100 up are guests, who never count.
 */
#ifndef NOTULIST_TEST_EVENT_SCRIPT_H
#define NOTULIST_TEST_EVENT_SCRIPT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "nltime.h"

#define SCRIPT_MAX_EVENTS 64

static inline nl_time script_time(const char *hhmm)
{
	int minutes = 0;
	nl_parse_hhmm(hhmm, &minutes);
	return nl_time_from((struct nl_date){2026, 3, 10}, minutes);
}

static inline size_t script_parse(const char *script, struct att_event *out)
{
	char buf[1024], *save = NULL;
	size_t n = 0;
	nl_time now = script_time("19:00");
	snprintf(buf, sizeof buf, "%s", script);
	for (char *tok = strtok_r(buf, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		if (strchr(tok, ':')) {
			now = script_time(tok);
			continue;
		}
		struct att_event *e = &out[n];
		memset(e, 0, sizeof *e);
		e->id = (int64_t)++n;
		e->at = now;
		long v = strtol(tok + 1, NULL, 10);
		switch (tok[0]) {
		case '+': e->kind = ATT_IN; break;
		case '-': e->kind = ATT_OUT; break;
		case 'x': e->kind = ATT_EXCUSED; break;
		default: e->kind = ATT_UNDO; break;
		}
		if (e->kind == ATT_UNDO) {
			/* "u0" or a later number: a damaged log. */
			e->target = v;
			e->person_id = v >= 1 && v < e->id
					       ? out[v - 1].person_id : 0;
		} else {
			e->person_id = v;
		}
		e->role = e->person_id >= 100 ? ROLE_GUEST : ROLE_CLIENT;
		e->municipality_id = e->person_id % 3 + 1;
	}
	return n;
}

#endif

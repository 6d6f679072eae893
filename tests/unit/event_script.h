/*
 * event_script.h — attendance logs written as short scripts, so that rule
 * tests read like the meeting they describe:
 *
 *   "19:00 +1 +2 +3  19:10 -2  19:20 u4 x7"
 *
 * "HH:MM" (or "HH:MM:SS") sets the clock; "+N" checks person N in, "-N"
 * out, "xN" excuses them, "uK" undoes event K, "sK" strikes it, "tK"
 * retimes it to the clock (events are numbered 1, 2, … in script order,
 * corrections included; "u0", or a correction of a later event, is a
 * damaged log).  "^G" after a correction makes it part of the command
 * that started with event G ("s4^3": written with strike 3).  People
 * 1–99 are clients of municipality (N % 3) + 1; people from 100 up are
 * guests, who never count.
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
	char hm[6];
	snprintf(hm, sizeof hm, "%s", hhmm);
	nl_parse_hhmm(hm, &minutes);
	nl_time t = nl_time_from((struct nl_date){2026, 3, 10}, minutes);
	return strlen(hhmm) > 5 ? t + strtol(hhmm + 6, NULL, 10) : t;
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
		e->recorded_at = now;
		char *end;
		long v = strtol(tok + 1, &end, 10);
		switch (tok[0]) {
		case '+': e->kind = ATT_IN; break;
		case '-': e->kind = ATT_OUT; break;
		case 'x': e->kind = ATT_EXCUSED; break;
		case 's': e->kind = ATT_STRIKE; break;
		case 't': e->kind = ATT_RETIME; break;
		default: e->kind = ATT_UNDO; break;
		}
		if (*end == '^')
			e->part_of = strtol(end + 1, NULL, 10);
		if (e->kind == ATT_UNDO || e->kind == ATT_STRIKE ||
		    e->kind == ATT_RETIME) {
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

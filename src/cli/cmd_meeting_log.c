/*
 * cmd_meeting_log.c — `notulist meeting log MEETING`: every change made to
 * a meeting's record after the fact, oldest first (include/change_log.h).
 * People are shown by their current name, a pseudonym after an erasure.
 */
#include <stdio.h>
#include <stdlib.h>

#include "agenda.h"
#include "change_log.h"
#include "cli.h"
#include "i18n.h"
#include "meetings.h"

/* A stored instant as local HH:MM; the text itself when it is none. */
static void local_hhmm(const char *stamp, char *out, size_t size)
{
	nl_time t;
	char hhmm[NL_HHMM_LEN];
	if (!nl_parse_stamp(stamp, &t)) {
		snprintf(out, size, "%s", stamp);
		return;
	}
	nl_format_hhmm(t, hhmm);
	snprintf(out, size, "%s", hhmm);
}

/* "old -> new", each shown on one line, "(none)" for nothing. */
static void old_to_new(const char *old, const char *new_value, char *out,
		       size_t size)
{
	const char *none = _("(none)");
	int used = snprintf(out, size, "%s -> ", old[0] ? cli_show(old) : none);
	if (used > 0 && (size_t)used < size)
		snprintf(out + used, size - (size_t)used, "%s",
			 new_value[0] ? cli_show(new_value) : none);
}

/* Which record a change of the agenda, an action or an advice is about:
 * "item 2 (Brieven): ", "action 4: ", "advice 1: ". */
static void subject_of(struct store *store, const struct change_entry *c,
		       char *out, size_t size)
{
	struct agenda_item *item;
	struct nl_error err;
	nl_error_clear(&err);
	out[0] = '\0';
	if (c->what >= CHANGE_AGENDA_NOTES && c->what <= CHANGE_AGENDA_MOVE) {
		item = malloc(sizeof *item);
		if (item && agenda_get_by_id(store, c->item_id, item, &err) ==
				    NL_OK)
			snprintf(out, size, _("item %d (%s): "), item->position,
				 cli_show(item->title));
		else
			snprintf(out, size, "%s", _("a removed item: "));
		free(item);
	} else if (c->what >= CHANGE_ACTION_TEXT &&
		   c->what <= CHANGE_ACTION_REMOVE) {
		snprintf(out, size, _("action %lld: "), (long long)c->item_id);
	} else if (c->what >= CHANGE_ADVICE_SUBJECT &&
		   c->what <= CHANGE_ADVICE_REMOVE) {
		snprintf(out, size, _("advice %lld: "), (long long)c->item_id);
	}
}

static void describe(const struct change_entry *c, char *out, size_t size)
{
	char a[CHANGE_VALUE_SIZE], b[CHANGE_VALUE_SIZE];
	switch (c->what) {
	case CHANGE_ATT_STRIKE:
		local_hhmm(c->old_value, a, sizeof a);
		snprintf(out, size, _("%s: event %lld at %s struck"),
			 cli_show(c->person), (long long)c->item_id, a);
		return;
	case CHANGE_ATT_RETIME:
		local_hhmm(c->old_value, a, sizeof a);
		local_hhmm(c->new_value, b, sizeof b);
		snprintf(out, size, _("%s: event %lld moved from %s to %s"),
			 cli_show(c->person), (long long)c->item_id, a, b);
		return;
	case CHANGE_ATT_CLEAR: {
		unsigned long rows = strtoul(c->old_value, NULL, 10);
		if (c->new_value[0])
			snprintf(out, size,
				 ngettext("%s: %lu event struck, recorded as "
					  "excused",
					  "%s: %lu events struck, recorded as "
					  "excused", rows),
				 cli_show(c->person), rows);
		else
			snprintf(out, size,
				 ngettext("%s: %lu event struck",
					  "%s: %lu events struck", rows),
				 cli_show(c->person), rows);
		return;
	}
	case CHANGE_ATT_UNDO:
		snprintf(out, size, _("%s: correction %lld undone"),
			 cli_show(c->person), (long long)c->item_id);
		return;
	case CHANGE_MEETING_CHAIR:
	case CHANGE_ACTION_OWNER:
		old_to_new(c->old_person_id ? c->old_person : c->old_value,
			   c->new_person_id ? c->new_person : c->new_value,
			   out, size);
		return;
	case CHANGE_AGENDA_REMOVE:
	case CHANGE_ACTION_REMOVE:
	case CHANGE_ADVICE_REMOVE:
		snprintf(out, size, "%s", cli_show(c->old_value));
		return;
	default:
		old_to_new(c->old_value, c->new_value, out, size);
		return;
	}
}

/* Both values of a change, each shown with its escapes. */
#define TEXT_SIZE (8 * CHANGE_VALUE_SIZE + 64)

static int exec_log(struct cli *cli, const struct cmd_args *args)
{
	struct nl_error err;
	struct meeting m;
	struct change_entry *all;
	size_t n;
	nl_error_clear(&err);
	struct store *store = cli_store(cli, &err);
	if (!store || meeting_resolve(store, args->arg[0], &m, &err) != NL_OK ||
	    change_log_list(store, m.id, &all, &n, &err) != NL_OK)
		return cli_report(cli, &err);
	if (n == 0)
		printf(_("No changes to meeting %lld since it was recorded\n"),
		       (long long)m.id);
	char *text = malloc(TEXT_SIZE);
	for (size_t i = 0; text && i < n; i++) {
		char when[NL_DATETIME_LEN], about[NL_TITLE_SIZE * 2 + 64];
		nl_format_datetime(all[i].changed_at, when);
		subject_of(store, &all[i], about, sizeof about);
		describe(&all[i], text, TEXT_SIZE);
		/* Minutes are enough: "2026-03-10 21:05". */
		when[16] = '\0';
		printf("%s  %s  %s%s\n", when, change_what_label(all[i].what),
		       about, text);
	}
	free(text);
	free(all);
	return EXIT_OK;
}

const struct cmd_entry cmd_meeting_log_entry = {
	.group = "meeting",
	.name = "log",
	.synopsis = "MEETING",
	.summary = N_("every change made to a meeting's record afterwards, "
		"oldest first, with the old and new value"),
	.min_args = 1,
	.max_args = 1,
	.exec = exec_log,
};

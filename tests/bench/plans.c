/*
 * plans.c — prints the query plans of start-up for `make bench`: what
 * `status` and the board's first frame ask the database (find the open
 * meeting, load its snapshot, the agenda item under discussion), each
 * statement once with its EXPLAIN QUERY PLAN.
 *
 *   plans FILE "YYYY-MM-DD HH:MM:SS"
 *
 * A step that reads a whole table growing with the years (people,
 * meetings, attendance, agenda, actions, advice) is marked "<-- full
 * scan"; the last line counts them.  Start-up must not have any: its cost
 * would grow with history.  Exit status 0 either way (the report shows
 * it); 1 when the database could not be read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "meetings.h"
#include "nl_error.h"
#include "nltime.h"
#include "snapshot.h"
#include "store.h"

#define MAX_SEEN 64

struct watch {
	const char *seen[MAX_SEEN];
	size_t n_seen;
	const char *current;
	int full_scans;
};

/* Tables that grow with history, as the plans name them (table or alias). */
static bool grows(const char *step)
{
	static const char *const tables[] = {
		"person", "meeting", "attendance", "agenda_item",
		"action_item", "advice",
	};
	if (strncmp(step, "SCAN ", 5) != 0)
		return false;
	const char *name = step + 5;
	size_t len = strcspn(name, " ");
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
		if (strlen(tables[i]) == len && strncmp(name, tables[i], len) == 0)
			return true;
	/* Aliases used in the store's SQL: p person, mt meeting, a attendance. */
	return (len == 1 && (*name == 'p' || *name == 'a')) ||
	       (len == 2 && strncmp(name, "mt", 2) == 0);
}

static void on_plan(void *data, const char *sql, const char *step)
{
	struct watch *w = data;
	if (w->current != sql) {
		for (size_t i = 0; i < w->n_seen; i++)
			if (w->seen[i] == sql) {
				w->current = NULL;
				return; /* each statement once */
			}
		if (w->n_seen < MAX_SEEN)
			w->seen[w->n_seen++] = sql;
		w->current = sql;
		printf("%s\n", sql);
	}
	bool full = grows(step);
	w->full_scans += full;
	printf("    %s%s\n", step, full ? "   <-- full scan" : "");
}

int main(int argc, char **argv)
{
	struct store *store;
	struct nl_error err;
	struct watch w = {{0}, 0, NULL, 0};
	struct meeting m;
	struct meeting_snapshot snap;
	struct agenda_item *item = malloc(sizeof *item);
	bool found = false;
	nl_time now;
	nl_error_clear(&err);
	if (argc != 3 || !nl_parse_datetime(argv[2], &now) || !item) {
		fprintf(stderr, "usage: plans FILE \"YYYY-MM-DD HH:MM:SS\"\n");
		return 2;
	}
	if (store_open(argv[1], &store, NULL, &err) != NL_OK) {
		fprintf(stderr, "plans: %s\n", err.message);
		return 1;
	}
	store_watch_plans(store, on_plan, &w);
	enum nl_status status = meeting_find_open(store, &m, &found, &err);
	if (status == NL_OK && found)
		status = snapshot_load(store, m.id, now, &snap, &err);
	if (status == NL_OK && found) {
		snapshot_free(&snap);
		status = agenda_find_current(store, m.id, item, &found, &err);
	}
	store_watch_plans(store, NULL, NULL);
	store_close(store);
	free(item);
	if (status != NL_OK) {
		fprintf(stderr, "plans: %s\n", err.message);
		return 1;
	}
	printf("full scans of tables that grow with history: %d\n",
	       w.full_scans);
	return 0;
}

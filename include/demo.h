/*
 * demo.h — the fictional demo body (data/demo.sql).  Loaded only into an
 * empty database, so demo people never mix with real ones.
 */
#ifndef NOTULIST_DEMO_H
#define NOTULIST_DEMO_H

#include <stdbool.h>
#include <stddef.h>

#include "nl_error.h"

struct store;

struct demo_counts {
	size_t municipalities, people, meetings;
};

enum nl_status demo_load(struct store *store, struct demo_counts *counts,
			 struct nl_error *err);

/* Whether the demo may be loaded: the database holds no municipality,
 * person or meeting yet. */
enum nl_status demo_can_load(struct store *store, bool *can,
			     struct nl_error *err);

#endif

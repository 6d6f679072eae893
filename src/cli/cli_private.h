/* cli_private.h — the state one invocation of notulist carries around. */
#ifndef NOTULIST_CLI_PRIVATE_H
#define NOTULIST_CLI_PRIVATE_H

#include <stdbool.h>

#include "nltime.h"

struct store;
struct cmd_entry;

struct cli {
	const struct cmd_entry *entry; /* the command running; NULL: the board */
	const char *db_path;       /* -d FILE, NOTULIST_DB or the default */
	char default_path[4096];
	struct store *store;       /* opened on first use */
	bool created;              /* the database file was new */
	nl_time now;               /* one clock reading per invocation */
};

#endif

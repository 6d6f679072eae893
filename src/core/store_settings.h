/* store_settings.h — key/value rows of the setting table. */
#ifndef NOTULIST_STORE_SETTINGS_H
#define NOTULIST_STORE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "nl_error.h"

struct store;

struct setting_row {
	char key[64];
	char value[512];
};

enum nl_status store_setting_list(struct store *store,
				  struct setting_row **rows, size_t *n,
				  struct nl_error *err);
enum nl_status store_setting_put(struct store *store, const char *key,
				 const char *value, struct nl_error *err);
enum nl_status store_setting_delete(struct store *store, const char *key,
				    struct nl_error *err);

#endif

/*
 * keymap.c — keys to named actions.  Each view has one table; the help
 * overlay is drawn from the same tables, so it cannot drift from what the
 * keys really do.
 */
#include "tui_internal.h"

bool keymap_dispatch(const struct key_binding *table, struct app *app,
		     struct key key)
{
	for (const struct key_binding *b = table; b->action; b++) {
		for (int i = 0; i < KEYS_PER_BINDING && b->keys[i]; i++) {
			if (b->keys[i] == key.code && b->function[i] == key.function) {
				b->action(app);
				return true;
			}
		}
	}
	return false;
}

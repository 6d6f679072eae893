/*
 * keymap.c — keys to named actions.  Each view has one table (tables may
 * end with a link to a shared one, see struct key_binding); the help
 * overlay and the documentation check read the same tables, so neither
 * can drift from what the keys really do.
 */
#include <stddef.h>
#include <stdio.h>

#include "tui_internal.h"

/* b itself when it is a binding; else where its link leads, or NULL at
 * the end of the table. */
static const struct key_binding *settle(const struct key_binding *b)
{
	while (b && !b->action)
		b = b->more;
	return b;
}

const struct key_binding *keymap_first(const struct key_binding *table)
{
	return settle(table);
}

const struct key_binding *keymap_next(const struct key_binding *b)
{
	return settle(b + 1);
}

bool keymap_dispatch(const struct key_binding *table, struct app *app,
		     struct key key)
{
	for (const struct key_binding *b = keymap_first(table); b;
	     b = keymap_next(b)) {
		for (int i = 0; i < KEYS_PER_BINDING && b->keys[i]; i++) {
			if (b->keys[i] == key.code && b->function[i] == key.function) {
				b->action(app);
				return true;
			}
		}
	}
	return false;
}

void keymap_key_name(wint_t code, bool function, char *buf, size_t size)
{
	if (function && code == KEY_ENTER)
		snprintf(buf, size, "Enter");
	else if (function && code == KEY_DC)
		snprintf(buf, size, "Del");
	else if (function && code == KEY_SR)
		snprintf(buf, size, "Shift-Up");
	else if (function && code == KEY_SF)
		snprintf(buf, size, "Shift-Down");
	else if (function)
		snprintf(buf, size, "key-%#o", (unsigned)code);
	else if (code == '\r' || code == '\n')
		snprintf(buf, size, "Enter");
	else if (code == ' ')
		snprintf(buf, size, "Space");
	else if (code == KEY_ESCAPE)
		snprintf(buf, size, "Esc");
	else if (code < ' ' || code == 0x7F)
		snprintf(buf, size, "Ctrl-%c", (char)(code ^ 0x40));
	else
		snprintf(buf, size, "%lc", code);
}

const struct named_keys keymap_tables[] = {
	{"board", board_keys},
	{"board-empty", board_empty_keys},
	{"events", board_events_keys},
	{"meetings", meetings_keys},
	{"warnings", warnings_keys},
	{"agenda", agenda_keys},
	{"actions", actions_keys},
	{"advice", advice_keys},
	{"record", record_keys},
	{NULL, NULL},
};

/*
 * keytables.c — prints every key of every view's table, one "VIEW KEY"
 * line each (KEY as keymap_key_name names it), for tests/e2e/docs.sh: the
 * man page and README must name each.  Linked with the board's objects,
 * so it reads the very tables the board dispatches on.
 */
#include <stdio.h>

#include "tui_internal.h"

int main(void)
{
	char name[32];
	for (const struct named_keys *t = keymap_tables; t->name; t++) {
		for (const struct key_binding *b = t->table; b->action; b++) {
			for (int i = 0; i < KEYS_PER_BINDING && b->keys[i]; i++) {
				keymap_key_name(b->keys[i], b->function[i], name,
						sizeof name);
				printf("%s %s\n", t->name, name);
			}
		}
	}
	return ferror(stdout) ? 1 : 0;
}

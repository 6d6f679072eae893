/*
 * tui.h — the live meeting board (src/tui, ncursesw).  The only entry point
 * the rest of the program sees.
 */
#ifndef NOTULIST_TUI_H
#define NOTULIST_TUI_H

struct store;

/* Runs the terminal interface on an open database until the user quits;
 * returns the process exit status (1 when the terminal cannot be used). */
int tui_run(struct store *store);

#endif

/*
 * cmd_table.c — the table of every command, built from cmd_list.h, so a
 * new command is one line there (and its entry in its own cmd_*.c).
 */
#include <stddef.h>

#include "cli.h"

#define CMD(id) extern const struct cmd_entry cmd_##id##_entry;
#include "cmd_list.h"
#undef CMD

const struct cmd_entry *const cli_commands[] = {
#define CMD(id) &cmd_##id##_entry,
#include "cmd_list.h"
#undef CMD
	NULL,
};

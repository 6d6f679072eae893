/*
 * view_warnings.c — the continuity warnings (w from the board), the same
 * ones `notulist check` prints, so the secretary sees during a meeting what
 * the joint arrangement will read afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

void warnings_refresh(struct app *app)
{
	struct warnings_view *w = &app->warnings;
	struct history history;
	struct nl_error err;
	nl_time now = nl_now();
	int year = nl_time_date(now).year;
	struct nl_date from = {year - 2, 1, 1}, to = {year + 1, 12, 31};
	nl_error_clear(&err);
	w->loaded = true; /* also after a failure: do not retry every tick */
	if (history_load(app->store, from, to, now, &history, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	warning_list_free(&w->list);
	if (continuity_check(&history, year, &w->list, &err) != NL_OK)
		app_error(app, &err);
	history_free(&history);
	w->year = year;
	list_set(&w->cursor, (int)w->list.n, w->cursor.height);
}

void app_show_warnings(struct app *app)
{
	if (app->view != VIEW_WARNINGS)
		app->warnings.back_to = app->view;
	app->view = VIEW_WARNINGS;
	warnings_refresh(app);
}

static enum tone level_tone(enum warning_level level)
{
	return level == LEVEL_ALERT ? TONE_BAD
	       : level == LEVEL_WARN ? TONE_WARN : TONE_NORMAL;
}

void warnings_draw(struct app *app)
{
	struct warnings_view *w = &app->warnings;
	char title[128];
	snprintf(title, sizeof title, _("notulist — continuity warnings %d"),
		 w->year);
	draw_fill(0, 0, COLS, TONE_TITLE);
	draw_text(0, 1, COLS - 2, title, TONE_TITLE, false);
	int height = LINES - 4;
	w->cursor.height = height;
	list_scroll_into_view(&w->cursor);
	if (w->list.n == 0)
		draw_text(2, 2, COLS - 4,
			  _("No continuity warnings: the body is in good shape."),
			  TONE_GOOD, false);
	for (int i = 0; i < height && w->cursor.top + i < (int)w->list.n; i++) {
		int r = w->cursor.top + i;
		const struct warning *item = &w->list.items[r];
		char line[700];
		bool selected = r == w->cursor.selected;
		snprintf(line, sizeof line, "%-5s %s: %s",
			 warning_level_key(item->level), item->category,
			 item->text);
		if (selected)
			draw_fill(2 + i, 0, COLS, TONE_SELECTED);
		draw_text(2 + i, 1, COLS - 2, line,
			  selected ? TONE_SELECTED : level_tone(item->level),
			  false);
	}
	if (app->level != MSG_NONE)
		draw_text(LINES - 2, 0, COLS, app->message,
			  app->level == MSG_ERROR ? TONE_BAD : TONE_NORMAL, false);
	draw_text(LINES - 1, 0, COLS,
		  _("r refresh  b back  ? help  q quit  (notulist check prints "
		    "the same)"), TONE_DIM, false);
}

static void act_refresh(struct app *app)
{
	warnings_refresh(app);
	app_message(app, MSG_INFO, "%s", _("Warnings brought up to date"));
}

static void act_back(struct app *app)
{
	if (app->warnings.back_to == VIEW_BOARD && app->meeting_id)
		app_show_board(app, app->meeting_id);
	else
		app_show_meetings(app);
}

static void act_help(struct app *app)
{
	app->help = true;
}

static void act_quit(struct app *app)
{
	app->quit = true;
}

const struct key_binding warnings_keys[] = {
	{.keys = {'r'}, .label = "r", .help = N_("compute the warnings again"),
	 .action = act_refresh},
	{.keys = {'b', KEY_ESCAPE, 'w'}, .label = N_("b/Esc"),
	 .help = N_("back"), .action = act_back},
	{.keys = {'?'}, .label = "?", .help = N_("this help"),
	 .action = act_help},
	{.keys = {'q'}, .label = "q", .help = N_("quit"), .action = act_quit},
	{.keys = {0}},
};

bool warnings_handle_key(struct app *app, struct key key)
{
	if (list_handle_key(&app->warnings.cursor, key))
		return true;
	return keymap_dispatch(warnings_keys, app, key);
}

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
	nl_error_clear(&err);
	w->loaded = true; /* also after a failure: do not retry every tick */
	if (history_load_year(app->store, year, now, &history, &err) != NL_OK) {
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
	app_forget_message(app);
	if (app->view != VIEW_WARNINGS)
		app->warnings.back_to = app->view;
	app->view = VIEW_WARNINGS;
	warnings_refresh(app);
}

/* The level and the category as the board's language says them
 * ("WAARSCHUWING vergaderingen:"); notulist check keeps the English keys
 * for scripts. */
static const char *level_label(enum warning_level level)
{
	switch (level) {
	case LEVEL_ALERT: return _("ALERT");
	case LEVEL_WARN: return _("WARN");
	default: return _("NOTE");
	}
}

static const char *category_label(const char *category)
{
	static const struct {
		const char *key, *label;
	} names[] = {
		{"pool", N_("pool")}, {"municipality", N_("municipality")},
		{"meetings", N_("meetings")}, {"quorum", N_("quorum")},
		{"members", N_("members")}, {"follow-up", N_("follow-up")},
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(category, names[i].key) == 0)
			return _(names[i].label);
	return category;
}

/* "WARN  meetings: 1 meeting held …", the level padded to the widest. */
static void warning_line(const struct warning *item, char *out, size_t size)
{
	int width = 0;
	for (int l = LEVEL_ALERT; l <= LEVEL_NOTE; l++) {
		int n = text_display_width(level_label((enum warning_level)l));
		width = n > width ? n : width;
	}
	const char *level = level_label(item->level);
	int pad = width - text_display_width(level);
	snprintf(out, size, "%s%*s %s: %s", level, pad, "",
		 category_label(item->category), item->text);
}

/* The screen lines warnings from..to (inclusive) take. */
static int lines_from(const struct warnings_view *w, int from, int to)
{
	int lines = 0;
	for (int r = from; r <= to && r < (int)w->list.n; r++) {
		char line[800];
		warning_line(&w->list.items[r], line, sizeof line);
		lines += draw_wrap_count(line, COLS - 2, LINES);
	}
	return lines;
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
	/* Whole sentences: each warning wraps under its text, and the top
	 * moves down until the highlighted one is shown whole. */
	while (w->cursor.top < w->cursor.selected &&
	       lines_from(w, w->cursor.top, w->cursor.selected) > height)
		w->cursor.top++;
	int y = 2;
	for (int r = w->cursor.top; r < (int)w->list.n && y < 2 + height; r++) {
		bool selected = r == w->cursor.selected;
		char line[800];
		warning_line(&w->list.items[r], line, sizeof line);
		int lines = draw_wrap_count(line, COLS - 2, height);
		if (y + lines > 2 + height)
			lines = 2 + height - y;
		for (int i = 0; selected && i < lines; i++)
			draw_fill(y + i, 0, COLS, TONE_SELECTED);
		y += draw_wrapped(y, 1, COLS - 2, lines, line,
				  selected ? TONE_SELECTED
					   : level_tone(w->list.items[r].level));
	}
	if (app->level != MSG_NONE)
		draw_message(LINES - 2, app->message, message_tone(app->level));
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

/*
 * view_help.c — the help overlay (?), drawn from the same key tables the
 * views dispatch on, so it always tells the truth.  A binding without a
 * label is a second key of the line above it (K/J: move up/down), so the
 * agenda's keys fit in an 80×24 screen.  Any key closes it.
 */
#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

#define KEYS_COLS 14

static void draw_line(int y, int x, int width, const char *keys,
		      const char *help)
{
	draw_text(y, x, KEYS_COLS, keys, TONE_GROUP, false);
	draw_text(y, x + KEYS_COLS + 1, width - KEYS_COLS - 2, help,
		  TONE_NORMAL, false);
}

static int draw_bindings(const struct key_binding *table, int y, int x,
			 int width, int bottom)
{
	for (const struct key_binding *b = table; b->action && y < bottom; b++) {
		if (!b->keys_label)
			continue;
		draw_line(y++, x, width, _(b->keys_label), _(b->help));
	}
	return y;
}

void help_draw(struct app *app)
{
	int width = COLS - 2 < 78 ? COLS - 2 : 78, height = LINES - 2;
	int top = 1, left = (COLS - width) / 2, y = top + 2;
	int bottom = top + height - 2;
	for (int i = 0; i < height; i++)
		draw_fill(top + i, left, width, TONE_NORMAL);
	attrset(tone_attr(TONE_GROUP));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + height - 1, left, ACS_HLINE, width);
	attrset(A_NORMAL);
	draw_text(top, left + 2, width - 4, _(" notulist — keys "), TONE_GROUP,
		  false);
	y = draw_bindings(app_view_keys(app), y, left + 2, width - 4,
			  bottom - 2);
	if (y < bottom - 1)
		draw_line(y++, left + 2, width - 4, _("↑↓ j k"),
			  _("move; PgUp/PgDn, Home/End jump"));
	if (y < bottom - 1)
		draw_line(y++, left + 2, width - 4, "Ctrl-L",
			  _("redraw the screen"));
	/* The one figure on the board that is not a count: two lines, both
	 * above the closing line. */
	if (app->view == VIEW_BOARD && y + 1 < bottom) {
		/* xgettext:no-c-format */
		const char *label = _("Balance %");
		/* xgettext:no-c-format */
		const char *ideal = _("100: clients present spread as the "
				      "weights expect;");
		/* xgettext:no-c-format */
		const char *off = _("60: 40% of them would have to be from "
				    "elsewhere");
		draw_line(y++, left + 2, width - 4, label, ideal);
		draw_line(y++, left + 2, width - 4, "", off);
	}
	draw_text(bottom, left + 2, width - 4,
		  _("Every action is saved at once. Press any key to close."),
		  TONE_DIM, false);
}

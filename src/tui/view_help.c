/*
 * view_help.c — the help overlay (?), drawn from the same key tables the
 * views dispatch on, so it always tells the truth.  Any key closes it.
 */
#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

static int draw_bindings(const struct key_binding *table, int y, int x,
			 int width, int bottom)
{
	for (const struct key_binding *b = table; b->action && y < bottom; b++) {
		draw_text(y, x, 14, _(b->keys_label), TONE_GROUP, false);
		draw_text(y, x + 15, width - 16, _(b->help), TONE_NORMAL, false);
		y++;
	}
	return y;
}

void help_draw(struct app *app)
{
	int width = COLS - 8 < 76 ? COLS - 8 : 76, height = LINES - 4;
	int top = 2, left = (COLS - width) / 2, y = top + 1;
	for (int i = 0; i < height; i++)
		draw_fill(top + i, left, width, TONE_NORMAL);
	attrset(tone_attr(TONE_GROUP));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + height - 1, left, ACS_HLINE, width);
	attrset(A_NORMAL);
	draw_text(top, left + 2, width - 4, _(" notulist — keys "), TONE_GROUP,
		  false);
	y++;
	const struct key_binding *table = app->view == VIEW_BOARD ? board_keys
		: app->view == VIEW_WARNINGS ? warnings_keys : meetings_keys;
	y = draw_bindings(table, y, left + 2, width - 4, top + height - 4);
	draw_text(y++, left + 2, 14, _("↑↓ j k"), TONE_GROUP, false);
	draw_text(y - 1, left + 17, width - 19,
		  _("move; PgUp/PgDn, Home/End jump"), TONE_NORMAL, false);
	draw_text(y++, left + 2, 14, "Ctrl-L", TONE_GROUP, false);
	draw_text(y - 1, left + 17, width - 19, _("redraw the screen"),
		  TONE_NORMAL, false);
	draw_text(top + height - 2, left + 2, width - 4,
		  _("Every action is saved at once. Press any key to close."),
		  TONE_DIM, false);
}

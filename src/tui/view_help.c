/*
 * view_help.c — the help overlay (?), drawn from the same key tables the
 * views dispatch on, so it always tells the truth.  A binding without a
 * label is a second key of the line above it (K/J: move up/down); a link
 * to a shared table starts a group under its heading (struct key_binding).
 * A text too long for its column wraps under itself rather than losing
 * its end ("elders stoppen" of the Dutch Ctrl-C line at 80 columns).
 * When the lines do not fit the screen they scroll (↑↓ j k, PgUp/PgDn,
 * Home/End); any other key closes the overlay.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

#define KEYS_COLS 14
/* More than any table has lines: the longest (agenda) has about 20. */
#define HELP_MAX_LINES 64
/* Screen rows: a line's text wraps over a few at most. */
#define HELP_MAX_ROWS (HELP_MAX_LINES * 3)

/* One line of the overlay: keys and what they do (keys "": the text goes
 * on from the line above), a group's heading (keys NULL), or a blank line
 * (both NULL).  Texts are untranslated. */
struct help_line {
	const char *keys;
	const char *text;
};

/* One row on the screen: translated keys ("" under a line's first row,
 * NULL for a heading or a blank) and len bytes of translated text. */
struct help_row {
	const char *keys;
	const char *text;
	size_t len;
};

static int add(struct help_line *lines, int n, const char *keys,
	       const char *text)
{
	assert(n < HELP_MAX_LINES);
	lines[n] = (struct help_line){keys, text};
	return n + 1;
}

/* The one figure on the board that is not a count, explained below its
 * keys. */
static int balance_note(struct help_line *lines, int n)
{
	n = add(lines, n, NULL, NULL);
	n = add(lines, n,
		/* xgettext:no-c-format */
		N_("Balance %"),
		/* xgettext:no-c-format */
		N_("100: clients present spread as the weights expect;"));
	return add(lines, n, "",
		   /* xgettext:no-c-format */
		   N_("60: 40% of them would have to be from elsewhere"));
}

/* The lines of a view's table, links followed (each starts a group),
 * then the keys every view shares; returns how many. */
static int collect(const struct app *app, struct help_line *lines)
{
	const struct key_binding *table = app_view_keys(app);
	int n = 0;
	for (const struct key_binding *b = table; b->action || b->more; b++) {
		if (b->action) {
			if (b->label)
				n = add(lines, n, b->label, b->help);
			continue;
		}
		if (b->help) {
			n = add(lines, n, NULL, NULL);
			n = add(lines, n, NULL, b->help);
		}
		b = b->more - 1;
	}
	if (table == board_keys)
		n = balance_note(lines, n);
	n = add(lines, n, NULL, NULL);
	n = add(lines, n, NULL, N_("In every view:"));
	n = add(lines, n, N_("↑↓ j k"), N_("move; PgUp/PgDn, Home/End jump"));
	n = add(lines, n, "Ctrl-C",
		N_("cancel a search, question or form (as Esc); elsewhere "
		   "quit"));
	return add(lines, n, "Ctrl-L", N_("redraw the screen"));
}

/* The lines in the user's language, each text wrapped at text_cols. */
static int lay_out(const struct help_line *lines, int n, int text_cols,
		   struct help_row *rows)
{
	int m = 0;
	for (int i = 0; i < n; i++) {
		const struct help_line *l = &lines[i];
		if (!l->keys) {
			const char *t = l->text ? _(l->text) : NULL;
			assert(m < HELP_MAX_ROWS);
			rows[m++] = (struct help_row){NULL, t, t ? strlen(t) : 0};
			continue;
		}
		/* _("") would be the catalogue's header. */
		const char *keys = l->keys[0] ? _(l->keys) : "";
		const char *p = _(l->text);
		do {
			const char *next;
			size_t len = draw_wrap_piece(p, text_cols, &next);
			assert(m < HELP_MAX_ROWS);
			rows[m++] = (struct help_row){keys, p, len};
			keys = "";
			p = next;
		} while (*p);
	}
	return m;
}

/* The frame: a box of the screen less a margin of one line. */
struct help_frame {
	int top, left, width, height;
	int first;   /* screen line of the first help line */
	int rows;    /* how many help lines fit */
};

static struct help_frame frame(void)
{
	struct help_frame f;
	f.width = COLS - 2 < 78 ? COLS - 2 : 78;
	f.height = LINES - 2;
	f.top = 1;
	f.left = (COLS - f.width) / 2;
	f.first = f.top + 2;
	/* Down to two lines above the footer, which sits on the line above
	 * the box's bottom edge. */
	f.rows = (f.top + f.height - 3) - f.first;
	return f;
}

static int clamp_top(int top, int n, int rows)
{
	int last = n > rows ? n - rows : 0;
	return top < 0 ? 0 : top > last ? last : top;
}

static int text_cols(const struct help_frame *f)
{
	return f->width - 4 - KEYS_COLS - 2;
}

static void draw_row(int y, int x, int width, const struct help_row *r)
{
	char text[1024];
	if (!r->text)
		return;
	snprintf(text, sizeof text, "%.*s", (int)r->len, r->text);
	if (!r->keys) {
		draw_text(y, x, width, text, TONE_GROUP, false);
		return;
	}
	if (r->keys[0])
		draw_text(y, x, KEYS_COLS, r->keys, TONE_GROUP, false);
	draw_text(y, x + KEYS_COLS + 1, width - KEYS_COLS - 2, text,
		  TONE_NORMAL, false);
}

/* The rows of the overlay for this view and this screen. */
static int help_rows(const struct app *app, const struct help_frame *f,
		     struct help_row *rows)
{
	struct help_line lines[HELP_MAX_LINES];
	int n = collect(app, lines);
	return lay_out(lines, n, text_cols(f), rows);
}

static void draw_footer(const struct help_frame *f, int top, int n)
{
	char note[256];
	if (n <= f->rows) {
		snprintf(note, sizeof note, "%s",
			 _("Every action is saved at once. Press any key to "
			   "close."));
	} else {
		int last = top + f->rows < n ? top + f->rows : n;
		/* TRANSLATORS: the foot of the help when it is longer than the
		 * screen: the first and last line shown, and how many there
		 * are.  At most 74 columns. */
		snprintf(note, sizeof note, _("Lines %d–%d of %d: ↑↓ PgUp PgDn "
					      "Home End scroll, other keys close."),
			 top + 1, last, n);
	}
	draw_text(f->top + f->height - 2, f->left + 2, f->width - 4, note,
		  TONE_DIM, false);
}

void help_draw(struct app *app)
{
	struct help_row rows[HELP_MAX_ROWS];
	struct help_frame f = frame();
	int n = help_rows(app, &f, rows);
	app->help_top = clamp_top(app->help_top, n, f.rows);
	/* Whole lines: what the view drew beside the box must not show
	 * through its margins. */
	for (int i = 0; i < f.height; i++)
		draw_fill(f.top + i, 0, COLS, TONE_NORMAL);
	attrset(tone_attr(TONE_GROUP));
	mvhline(f.top, f.left, ACS_HLINE, f.width);
	mvhline(f.top + f.height - 1, f.left, ACS_HLINE, f.width);
	attrset(A_NORMAL);
	draw_text(f.top, f.left + 2, f.width - 4, _(" notulist — keys "),
		  TONE_GROUP, false);
	for (int i = 0; i < f.rows && app->help_top + i < n; i++)
		draw_row(f.first + i, f.left + 2, f.width - 4,
			 &rows[app->help_top + i]);
	draw_footer(&f, app->help_top, n);
}

bool help_handle_key(struct app *app, struct key key)
{
	struct help_row rows[HELP_MAX_ROWS];
	struct help_frame f = frame();
	int n = help_rows(app, &f, rows);
	int top = app->help_top;
	if (key.function && key.code == KEY_UP)
		top--;
	else if (key.function && key.code == KEY_DOWN)
		top++;
	else if (!key.function && key.code == 'k')
		top--;
	else if (!key.function && key.code == 'j')
		top++;
	else if (key.function && key.code == KEY_PPAGE)
		top -= f.rows;
	else if (key.function && key.code == KEY_NPAGE)
		top += f.rows;
	else if (key.function && key.code == KEY_HOME)
		top = 0;
	else if (key.function && key.code == KEY_END)
		top = n;
	else
		return false;
	app->help_top = clamp_top(top, n, f.rows);
	return true;
}

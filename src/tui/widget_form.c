/*
 * widget_form.c — a small boxed form (a walk-in, a new meeting, an agenda
 * item, an action, an advice).  Enter
 * moves to the next field and submits from the last; Esc cancels without
 * a trace.  Choice fields change with ←/→ or by typing the start of an
 * option, so a municipality is two keystrokes away.  Fields are read by
 * their names (each form's enum), choices by the value of the option.
 */
#include <assert.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

#define FORM_WIDTH 64

void form_start(struct form *form, const char *title,
		void (*submit)(struct app *app))
{
	memset(form, 0, sizeof *form);
	form->active = true;
	form->submit = submit;
	snprintf(form->title, sizeof form->title, "%s", title);
}

static struct form_field *add_field(struct form *form, int id,
				    const char *label)
{
	/* A form reads its fields by name: the names must be the order. */
	assert(id == form->n_fields && id < FORM_MAX_FIELDS);
	struct form_field *f = &form->fields[form->n_fields++];
	f->label = label;
	return f;
}

struct form_field *form_add_text(struct form *form, int id, const char *label,
				 const char *initial)
{
	struct form_field *f = add_field(form, id, label);
	snprintf(f->text, sizeof f->text, "%s", initial ? initial : "");
	return f;
}

struct form_field *form_add_choice(struct form *form, int id,
				   const char *label)
{
	struct form_field *f = add_field(form, id, label);
	f->is_choice = true;
	return f;
}

void form_add_option(struct form_field *f, const char *label, int64_t value,
		     bool selected)
{
	assert(f->is_choice && f->n_choices < FORM_MAX_CHOICES);
	if (selected)
		f->choice = f->n_choices;
	f->values[f->n_choices] = value;
	f->choices[f->n_choices++] = label;
}

void form_show_if(struct form_field *f, int field, int64_t value)
{
	f->conditional = true;
	f->if_field = field;
	f->if_value = value;
}

bool form_shown(const struct form *form, int id)
{
	const struct form_field *f = &form->fields[id];
	return !f->conditional || form_choice(form, f->if_field) == f->if_value;
}

/* The next field shown after `from` in direction step (±1), wrapping
 * when wrap; -1 when there is none. */
static int next_shown(const struct form *form, int from, int step, bool wrap)
{
	for (int k = 1; k <= form->n_fields; k++) {
		int i = from + k * step;
		if (!wrap && (i < 0 || i >= form->n_fields))
			return -1;
		i = (i + form->n_fields) % form->n_fields;
		if (form_shown(form, i))
			return i;
	}
	return -1;
}

void form_focus_last(struct form *form)
{
	int last = next_shown(form, form->n_fields, -1, false);
	if (last >= 0)
		form->focus = last;
}

const char *form_text(const struct form *form, int id)
{
	assert(id >= 0 && id < form->n_fields && !form->fields[id].is_choice);
	return form->fields[id].text;
}

int64_t form_choice(const struct form *form, int id)
{
	const struct form_field *f = &form->fields[id];
	assert(id >= 0 && id < form->n_fields && f->is_choice &&
	       f->n_choices > 0);
	return f->values[f->choice];
}

static void jump_to_choice(struct form_field *f, wint_t c)
{
	char typed[8] = {0};
	utf8_encode((uint32_t)c, typed);
	for (int k = 1; k <= f->n_choices; k++) {
		int i = (f->choice + k) % f->n_choices;
		char first[8] = {0};
		uint32_t cp;
		size_t n = utf8_decode(f->choices[i], strlen(f->choices[i]), &cp);
		memcpy(first, f->choices[i], n);
		if (text_search_match(first, typed)) {
			f->choice = i;
			return;
		}
	}
}

static void edit_choice(struct form_field *f, struct key key)
{
	if (f->n_choices == 0)
		return;
	if (key.function && key.code == KEY_LEFT)
		f->choice = (f->choice + f->n_choices - 1) % f->n_choices;
	else if ((key.function && key.code == KEY_RIGHT) ||
		 (!key.function && key.code == ' '))
		f->choice = (f->choice + 1) % f->n_choices;
	else if (!key.function && key.code > ' ')
		jump_to_choice(f, key.code);
}

static void edit_text(struct form_field *f, struct key key)
{
	struct prompt p = {.active = true};
	snprintf(p.text, sizeof p.text, "%s", f->text);
	prompt_handle_key(&p, key);
	snprintf(f->text, sizeof f->text, "%s", p.text);
}

static bool is_enter(struct key key)
{
	return (key.function && key.code == KEY_ENTER) ||
	       (!key.function && (key.code == '\n' || key.code == '\r'));
}

enum form_result form_handle_key(struct form *form, struct key key)
{
	struct form_field *f = &form->fields[form->focus];
	if (!key.function && key.code == KEY_ESCAPE) {
		form->active = false;
		return FORM_CANCELLED;
	}
	if (is_enter(key)) {
		int next = next_shown(form, form->focus, 1, false);
		if (next < 0)
			return FORM_SUBMIT;
		form->focus = next;
		return FORM_EDITING;
	}
	if ((key.function && (key.code == KEY_DOWN)) ||
	    (!key.function && key.code == '\t')) {
		form->focus = next_shown(form, form->focus, 1, true);
		return FORM_EDITING;
	}
	if (key.function && (key.code == KEY_UP || key.code == KEY_BTAB)) {
		form->focus = next_shown(form, form->focus, -1, true);
		return FORM_EDITING;
	}
	if (f->is_choice)
		edit_choice(f, key);
	else
		edit_text(f, key);
	return FORM_EDITING;
}

/* The label column fits the longest label in the user's language, but
 * leaves the values at least half the box. */
static int label_columns(const struct form *form, int width)
{
	int cols = 0;
	for (int i = 0; i < form->n_fields; i++) {
		int w = text_display_width(_(form->fields[i].label));
		cols = w > cols ? w : cols;
	}
	return cols < width / 2 - 2 ? cols : width / 2 - 2;
}

/* The box is FORM_WIDTH wide, wider (up to the screen) when a choice
 * would not fit beside the labels: a seat's "< Kees de Graaf (Capelle
 * aan den IJssel) >" beside the Dutch "Plaatsvervanger van" needs more,
 * and at 120 columns there is the room.  Every choice counts, not only
 * the one shown, so the box does not change size as one chooses. */
static int form_width(const struct form *form)
{
	int labels = 0, choice = 0;
	for (int i = 0; i < form->n_fields; i++) {
		const struct form_field *f = &form->fields[i];
		int w = text_display_width(_(f->label));
		labels = w > labels ? w : labels;
		for (int k = 0; f->is_choice && k < f->n_choices; k++) {
			w = text_display_width(f->choices[k]) + 4; /* "< " " >" */
			choice = w > choice ? w : choice;
		}
	}
	int width = labels + choice + 5;  /* the borders, the gaps */
	if (width < FORM_WIDTH)
		width = FORM_WIDTH;
	return width < COLS - 2 ? width : COLS - 2;
}

/* "< choice >" in `width` columns: a choice too long keeps its arrows,
 * its text ending in "…". */
static void choice_text(const char *choice, int width, char *out,
			size_t size)
{
	char cut[256];
	draw_shorten(choice, width - 4, cut, sizeof cut);
	snprintf(out, size, "< %s >", cut);
}

static void draw_box(int top, int left, int height, int width)
{
	for (int y = 0; y < height; y++)
		draw_fill(top + y, left, width, TONE_NORMAL);
	attrset(tone_attr(TONE_GROUP));
	mvhline(top, left, ACS_HLINE, width);
	mvhline(top + height - 1, left, ACS_HLINE, width);
	mvvline(top, left, ACS_VLINE, height);
	mvvline(top, left + width - 1, ACS_VLINE, height);
	mvaddch(top, left, ACS_ULCORNER);
	mvaddch(top, left + width - 1, ACS_URCORNER);
	mvaddch(top + height - 1, left, ACS_LLCORNER);
	mvaddch(top + height - 1, left + width - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
}

void form_draw(const struct form *form)
{
	int height = form->n_fields * 2 + 6; /* two or three lines for an error */
	int width = form_width(form);
	int top = (LINES - height) / 2, left = (COLS - width) / 2;
	int cursor_y = -1, cursor_x = 0;
	int label_w = label_columns(form, width);
	int x = left + 3 + label_w, value_w = width - (x - left) - 2;
	draw_box(top, left, height, width);
	draw_text(top, left + 2, width - 4, form->title, TONE_GROUP, false);
	for (int i = 0; i < form->n_fields; i++) {
		const struct form_field *f = &form->fields[i];
		int y = top + 2 + i * 2;
		enum tone tone = i == form->focus ? TONE_SELECTED : TONE_NORMAL;
		if (!form_shown(form, i)) {
			/* Not asked for this choice: its label stays, dim,
			 * so the box does not jump about. */
			draw_text(y, left + 2, label_w, _(f->label), TONE_DIM,
				  false);
			continue;
		}
		draw_text(y, left + 2, label_w, _(f->label), TONE_NORMAL, false);
		if (f->is_choice) {
			char value[272]; /* "< " 255 bytes " >" */
			choice_text(f->n_choices ? f->choices[f->choice] : "-",
				    value_w, value, sizeof value);
			draw_text(y, x, value_w, value, tone, true);
		} else if (i == form->focus) {
			cursor_y = y;
			cursor_x = draw_input(y, x, value_w, f->text, tone);
		} else {
			draw_text(y, x, value_w, f->text, tone, true);
		}
	}
	const char *hint = form->error[0] ? form->error
		: _("Enter next/save · Tab field · ←/→ choose · Esc cancel");
	/* Two lines, or three for an error that quotes a long text: the
	 * blank line above it gives way before the error's point ("is not a
	 * date YYYY-MM-DD") would be cut off. */
	int lines = draw_wrap_count(hint, width - 4, 3) > 2 ? 3 : 2;
	draw_wrapped(top + height - 1 - lines, left + 2, width - 4, lines,
		     hint, form->error[0] ? TONE_BAD : TONE_DIM);
	if (cursor_y >= 0) {
		move(cursor_y, cursor_x < x + value_w ? cursor_x : x + value_w - 1);
		curs_set(1);
	}
}

/*
 * board_search.c — the board's search (/ or Ctrl-F).  While the secretary
 * types, the list area shows the people whose names match, ranked by the
 * core (text_search_order: whole name, start of the name, start of a
 * word, anywhere; accents and case ignored), the first one chosen.
 * Tab/↓ and Shift-Tab/↑ choose another, Enter checks the chosen one in
 * (or asks before checking them out: board_enter_person), → goes to them
 * on the list without changing anything, Esc goes back.  Letters never
 * start a search on their own: on the board they are keys.
 *
 * Among equally good matches, people not present come first (someone
 * looked for is mostly arriving); Enter on someone present asks.
 *
 * Invariant: candidates are person ids from the current snapshot, and the
 * board's cursor is on the chosen one, so whatever Enter acts on is the
 * person highlighted on the screen.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "text_show.h"
#include "tui_internal.h"

bool board_search_active(const struct app *app)
{
	return app->prompt.active && app->prompt_purpose == PROMPT_SEARCH;
}

static int row_of(const struct board *b, int64_t person_id)
{
	for (int r = 0; r < b->n_rows; r++)
		if (!b->rows[r].group && b->rows[r].person_id == person_id)
			return r;
	return -1;
}

/* The board's cursor follows the chosen candidate. */
static void follow_choice(struct app *app)
{
	struct board *b = &app->board;
	if (b->n_candidates == 0)
		return;
	int r = row_of(b, b->candidates[b->chosen]);
	if (r >= 0) {
		list_select(&b->list, r);
		b->selected_person = b->candidates[b->chosen];
	}
}

/* Ranks everyone on the board against the text; keep_choice keeps the
 * chosen person chosen (a reload), else the best one is chosen. */
void board_search_refresh(struct app *app, bool keep_choice)
{
	struct board *b = &app->board;
	int64_t was = b->n_candidates ? b->candidates[b->chosen] : 0;
	size_t n = 0;
	const char **names = calloc((size_t)b->n_rows + 1, sizeof *names);
	int64_t *ids = calloc((size_t)b->n_rows + 1, sizeof *ids);
	size_t *order = calloc((size_t)b->n_rows + 1, sizeof *order);
	int64_t *fresh = calloc((size_t)b->n_rows + 1, sizeof *fresh);
	b->n_candidates = 0;
	b->chosen = 0;
	if (!names || !ids || !order || !fresh) {
		free(names), free(ids), free(order), free(fresh);
		return;
	}
	/* Among equally good matches, those not here yet come first: who
	 * is looked for is mostly someone arriving. */
	for (int pass = 0; pass < 2; pass++) {
		for (int r = 0; r < b->n_rows; r++) {
			const struct attendee *a =
				&app->snap.people[b->rows[r].person];
			bool here = a->attendance.state == PRESENCE_PRESENT;
			if (b->rows[r].group || here != (pass == 1))
				continue;
			names[n] = a->person.name;
			ids[n++] = b->rows[r].person_id;
		}
	}
	size_t found = text_search_order(names, n, app->prompt.text, order);
	for (size_t i = 0; i < found; i++) {
		fresh[i] = ids[order[i]];
		if (keep_choice && fresh[i] == was)
			b->chosen = (int)i;
	}
	free(b->candidates);
	b->candidates = fresh;
	b->n_candidates = (int)found;
	if (!keep_choice)
		b->candidates_top = 0;
	free(names), free(ids), free(order);
	follow_choice(app);
}

void board_search_start(struct app *app)
{
	app->prompt_purpose = PROMPT_SEARCH;
	app->board.before_search = app->board.list.selected;
	app->board.n_candidates = 0;
	app->board.chosen = 0;
	app->board.candidates_top = 0;
	prompt_start(&app->prompt, _("Search:"), "", true);
}

static void end_search(struct app *app)
{
	app->prompt.active = false;
	app->prompt_purpose = PROMPT_NONE;
	app->board.n_candidates = 0;
}

static void choose(struct app *app, int step)
{
	struct board *b = &app->board;
	if (b->n_candidates == 0)
		return;
	b->chosen = (b->chosen + step + b->n_candidates) % b->n_candidates;
	follow_choice(app);
}

static bool is_key(struct key key, bool function, wint_t code)
{
	return key.function == function && key.code == code;
}

void board_search_key(struct app *app, struct key key)
{
	struct board *b = &app->board;
	if (is_key(key, false, '\t') || is_key(key, true, KEY_DOWN)) {
		choose(app, 1);
		return;
	}
	if (is_key(key, true, KEY_BTAB) || is_key(key, true, KEY_UP)) {
		choose(app, -1);
		return;
	}
	if (is_key(key, true, KEY_RIGHT)) {      /* go to, change nothing */
		if (b->n_candidates > 0)
			end_search(app);
		return;
	}
	enum prompt_result result = prompt_handle_key(&app->prompt, key);
	if (result == PROMPT_CANCELLED) {
		end_search(app);
		list_select(&b->list, b->before_search);
		return;
	}
	if (result == PROMPT_DONE) {
		if (b->n_candidates == 0) {
			app->prompt.active = true;   /* nobody to act on */
			return;
		}
		int64_t id = b->candidates[b->chosen];
		end_search(app);
		board_enter_person(app, id);
		return;
	}
	if (result != PROMPT_CHANGED)
		return;
	board_search_refresh(app, false);
	if (b->n_candidates == 0 && app->prompt.text[0])
		app_message(app, MSG_WARN, _("No name matches \"%s\""),
			    QUOTED(app->prompt.text));
	else
		app->level = MSG_NONE;
}

static void draw_candidate(const struct meeting_snapshot *s,
			   const struct attendee *a, int y,
			   int x, int width, bool chosen)
{
	char state[64];
	enum tone tone;
	int state_w = 22, place_w = width >= 100 ? 30 : 22;
	int name_w = width - state_w - place_w - 5;
	enum tone base = chosen ? TONE_SELECTED : TONE_NORMAL;
	board_state_text(s, a, state, sizeof state, &tone);
	if (chosen)
		draw_fill(y, x, width, TONE_SELECTED);
	draw_text(y, x, 2, chosen ? (draw_utf8() ? "›" : ">") : " ", base,
		  true);
	draw_text(y, x + 2, name_w, a->person.name, base, true);
	draw_text(y, x + 3 + name_w, place_w,
		  a->person.municipality[0] ? a->person.municipality : "",
		  chosen ? base : TONE_DIM, true);
	draw_text(y, x + 4 + name_w + place_w, state_w, state,
		  chosen ? base : tone, true);
}

/* The candidates in the list's place, under a heading that says what the
 * keys do. */
void board_search_draw(struct app *app, int y, int x, int height, int width)
{
	struct board *b = &app->board;
	char heading[256];
	snprintf(heading, sizeof heading,
		 /* TRANSLATORS: heading over the search's candidates; %d is
		  * how many match.  → is the right arrow key. */
		 ngettext("%d match — Enter: check in/out, Tab: next, "
			  "→: go to, Esc: back",
			  "%d matches — Enter: check in/out, Tab: next, "
			  "→: go to, Esc: back",
			  (unsigned long)b->n_candidates),
		 b->n_candidates);
	draw_hline(y - 1, x, width, heading);
	if (b->n_candidates == 0) {
		draw_text(y + 1, x + 2, width - 4,
			  app->prompt.text[0]
				  ? _("No name matches: Backspace corrects, "
				      "Esc goes back")
				  : _("Type part of a name: first name, "
				      "surname or both"),
			  TONE_DIM, false);
		return;
	}
	if (b->chosen < b->candidates_top)
		b->candidates_top = b->chosen;
	if (b->chosen >= b->candidates_top + height)
		b->candidates_top = b->chosen - height + 1;
	for (int i = 0; i < height && b->candidates_top + i < b->n_candidates;
	     i++) {
		int c = b->candidates_top + i;
		const struct attendee *a =
			snapshot_find(&app->snap, b->candidates[c]);
		if (a)
			draw_candidate(&app->snap, a, y + i, x, width, c == b->chosen);
	}
}

/*
 * view_agenda.c — the agenda of the board's meeting (g): the items in
 * order with who put them forward and how far they are, the current item
 * marked, and below the list the highlighted item's decision and notes.
 *
 * Every key is one core call (agenda.h) that commits before the view
 * reloads; the view keeps the item's id, so the cursor follows an item
 * when it moves.  Notes are written in the user's editor; a decision on
 * the prompt line, or in the editor when it has more than one line, so it
 * is never flattened.  No transaction is held while the editor runs: the
 * item is read again by id afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "i18n.h"
#include "text.h"
#include "record_edit.h"
#include "text_block.h"
#include "tui_internal.h"
#include "ui_date.h"

#define LIST_TOP (RECORD_TOP + 1)
#define DETAIL_ROWS 7
#define WIDE_COLS 100   /* from here the topic gets a column */

/* ---- data ------------------------------------------------------------------- */

void agenda_reload(struct app *app)
{
	struct agenda_view *v = &app->agenda;
	struct nl_error err;
	int keep = v->list.selected;
	nl_error_clear(&err);
	free(v->items);
	v->items = NULL;
	v->n = 0;
	if (app->meeting_id &&
	    agenda_list(app->store, app->meeting_id, &v->items, &v->n, &err) !=
		    NL_OK)
		app_error(app, &err);
	/* The same item; when it is gone, the row where it was. */
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i].id == v->selected_item)
			keep = (int)i;
	v->list.selectable = NULL;
	list_set(&v->list, (int)v->n, v->list.height);
	list_select(&v->list, keep);
	if (v->n)
		v->selected_item = v->items[v->list.selected].id;
}

static const struct agenda_item *selected(struct app *app)
{
	struct agenda_view *v = &app->agenda;
	if (v->n == 0 || v->list.selected >= (int)v->n)
		return NULL;
	return &v->items[v->list.selected];
}

/* A fresh copy of the item by id (the list may be older than the
 * database); false with the reason on the message line. */
static bool fetch(struct app *app, int64_t id, struct agenda_item *item)
{
	struct nl_error err;
	nl_error_clear(&err);
	if (agenda_get_by_id(app->store, id, item, &err) != NL_OK) {
		app_error(app, &err);
		return false;
	}
	return true;
}

/* ---- drawing ------------------------------------------------------------------ */

static enum tone status_tone(enum agenda_status status)
{
	return status == AGENDA_DISCUSSED ? TONE_GOOD
	       : status == AGENDA_DEFERRED ? TONE_WARN : TONE_NORMAL;
}

static void draw_item_row(const struct agenda_item *it, int y, bool is_sel)
{
	char pos[16];
	bool wide = COLS >= WIDE_COLS;
	int topic_w = wide ? 22 : 0, status_w = 10, by_w = 18;
	int title_w = COLS - 6 - status_w - by_w - 3 - (wide ? topic_w + 1 : 0);
	enum tone base = is_sel ? TONE_SELECTED : TONE_NORMAL;
	if (is_sel)
		draw_fill(y, 0, COLS, TONE_SELECTED);
	if (it->current)
		draw_text(y, 0, 2, draw_utf8() ? "▶" : ">",
			  is_sel ? base : TONE_GOOD, false);
	snprintf(pos, sizeof pos, "%2d.", it->position);
	draw_text(y, 2, 4, pos, base, false);
	draw_text(y, 6, title_w, it->title, it->current && !is_sel
		  ? TONE_GOOD : base, true);
	int x = 7 + title_w;
	if (wide) {
		draw_text(y, x, topic_w, agenda_topic_label(it->topic),
			  is_sel ? base : TONE_DIM, true);
		x += topic_w + 1;
	}
	draw_text(y, x, status_w, agenda_status_label(it->status),
		  is_sel ? base : status_tone(it->status), true);
	x += status_w + 1;
	draw_text(y, x, by_w, it->submitted_by_id ? it->submitted_by : "",
		  is_sel ? base : TONE_DIM, true);
}

static void facts_line(const struct agenda_item *it, char *out, size_t size)
{
	size_t used;
	snprintf(out, size, _("Topic: %s"), agenda_topic_label(it->topic));
	if (it->submitted_by_id) {
		used = strlen(out);
		snprintf(out + used, size - used, _(" · put forward by %s (%s)"),
			 it->submitted_by, role_label(it->submitter_role));
	}
	used = strlen(out);
	snprintf(out + used, size - used, " · %s%s",
		 agenda_status_label(it->status),
		 it->current ? _(" · current item") : "");
}

/* Where an item came from or went to, or "" when it stayed put. */
static void link_line(const struct agenda_item *it, char *out, size_t size)
{
	char day[UI_DATE_SIZE];
	out[0] = '\0';
	if (it->moved_to_meeting_id) {
		ui_date_format(it->moved_to_date, day, sizeof day);
		snprintf(out, size,
			 _("Deferred to the meeting of %s (item %d there)"), day,
			 it->moved_to_position);
	} else if (it->status == AGENDA_DEFERRED) {
		snprintf(out, size, "%s",
			 _("Deferred; no later meeting is planned yet: plan one "
			   "and press D again to move it there"));
	} else if (it->from_item_id) {
		ui_date_format(it->from_date, day, sizeof day);
		snprintf(out, size,
			 _("Carried over from the meeting of %s (item %d)"), day,
			 it->from_position);
	}
}

static void draw_detail(const struct agenda_item *it, int top, int bottom)
{
	char line[1024], heading[NL_TITLE_SIZE + 16];
	char *text = malloc(NL_NOTES_SIZE + 64);
	int y = top + 1;
	/* The list may cut the title, and the rule has room for a short
	 * one only: a longer title (up to 200 characters) is whole below
	 * it, wrapped, as the advice view shows a subject. */
	snprintf(heading, sizeof heading, "%d. %s", it->position, it->title);
	if (draw_text_width(heading) + 6 > COLS) {
		snprintf(heading, sizeof heading, "%d.", it->position);
		draw_hline(top, 0, COLS, heading);
		y += draw_wrapped(y, 1, COLS - 2, 3, it->title, TONE_GROUP);
	} else {
		draw_hline(top, 0, COLS, heading);
	}
	if (!text)
		return;
	facts_line(it, line, sizeof line);
	/* A long name and the current-item mark do not always fit one
	 * line (in Dutch seldom): wrap rather than cut. */
	y += draw_wrapped(y, 1, COLS - 2, 2, line, TONE_DIM);
	link_line(it, line, sizeof line);
	if (line[0] && y <= bottom)
		draw_text(y++, 1, COLS - 2, line, TONE_WARN, false);
	if (it->decision[0] && y <= bottom) {
		snprintf(text, NL_NOTES_SIZE + 64, _("Decision: %s"),
			 it->decision);
		y += draw_wrapped(y, 1, COLS - 2, 2, text, TONE_GOOD);
	}
	if (y <= bottom) {
		if (it->notes[0])
			snprintf(text, NL_NOTES_SIZE + 64, _("Notes: %s"),
				 it->notes);
		else
			snprintf(text, NL_NOTES_SIZE + 64, "%s",
				 _("No notes yet: n writes them in your "
				   "editor, d records the decision"));
		draw_wrapped(y, 1, COLS - 2, bottom - y + 1, text,
			     it->notes[0] ? TONE_NORMAL : TONE_DIM);
	}
	free(text);
}

static const char *const hints[] = {
	N_("a add"), N_("n notes"), N_("d decision"), N_("Spc current"),
	N_("K/J move"), N_("X remove"), N_("b board"), NULL,
};

void agenda_draw(struct app *app)
{
	struct agenda_view *v = &app->agenda;
	char heading[128];
	int bottom = record_bottom(app);
	int detail_top = bottom - DETAIL_ROWS + 1;
	record_draw_frame(app, VIEW_AGENDA);
	snprintf(heading, sizeof heading,
		 ngettext("%zu item", "%zu items", (unsigned long)v->n), v->n);
	draw_hline(RECORD_TOP, 0, COLS, heading);
	v->list.height = detail_top - LIST_TOP;
	list_scroll_into_view(&v->list);
	if (!app->meeting_id)
		draw_text(LIST_TOP, 2, COLS - 4,
			  _("No meeting on the board: b shows the meeting "
			    "list"), TONE_DIM, false);
	else if (v->n == 0)
		draw_text(LIST_TOP, 2, COLS - 4,
			  _("The agenda is empty: press a to add an item"),
			  TONE_DIM, false);
	for (int i = 0; i < v->list.height && v->list.top + i < (int)v->n; i++) {
		int r = v->list.top + i;
		draw_item_row(&v->items[r], LIST_TOP + i, r == v->list.selected);
	}
	const struct agenda_item *it = selected(app);
	if (it)
		draw_detail(it, detail_top, bottom);
	record_draw_footer(app, hints);
}

/* ---- adding and editing -------------------------------------------------------- */

enum item_form { FIELD_TITLE, FIELD_TOPIC, FIELD_BY };

static void add_topic_field(struct form *f, enum agenda_topic topic)
{
	struct form_field *field = form_add_choice(f, FIELD_TOPIC, N_("Topic"));
	for (int i = 0; i < TOPIC_COUNT; i++)
		form_add_option(field, agenda_topic_label((enum agenda_topic)i),
				i, i == (int)topic);
}

static void submit_add(struct app *app)
{
	struct form *f = &app->form;
	struct agenda_input in = {
		form_text(f, FIELD_TITLE),
		(enum agenda_topic)form_choice(f, FIELD_TOPIC),
		form_text(f, FIELD_BY)};
	struct agenda_item item;
	struct nl_error err;
	nl_error_clear(&err);
	if (agenda_add(app->store, app->meeting_id, &in, nl_now(), &item,
		       &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app->agenda.selected_item = item.id;
	app_message(app, MSG_INFO, _("Added item %d: %s"), item.position,
		    item.title);
	app_reload(app);
}

static void act_add(struct app *app)
{
	if (!app->meeting_id)
		return;
	form_start(&app->form, _("Add an agenda item"), submit_add);
	form_add_text(&app->form, FIELD_TITLE, N_("Title"), "");
	add_topic_field(&app->form, TOPIC_OTHER);
	form_add_text(&app->form, FIELD_BY, N_("Put forward by"), "");
}

static void submit_edit(struct app *app)
{
	struct form *f = &app->form;
	enum agenda_topic topic = (enum agenda_topic)form_choice(f, FIELD_TOPIC);
	const char *by = form_text(f, FIELD_BY);
	struct agenda_edit edit = {form_text(f, FIELD_TITLE), &topic, NULL};
	struct nl_error err;
	struct agenda_item item;
	nl_error_clear(&err);
	if (!fetch(app, app->pending_id, &item)) {
		f->active = false;
		return;
	}
	/* Only a changed name is looked up again: an unchanged one may be
	 * shared by two people and must keep the person it names. */
	const char *shown = item.submitted_by_id ? item.submitted_by : "";
	if (strcmp(by, shown) != 0)
		edit.submitted_by = by;
	if (agenda_edit(app->store, item.id, &edit, &item, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app_message(app, MSG_INFO, _("Changed item %d: %s"), item.position,
		    item.title);
	app_reload(app);
}

static void act_edit(struct app *app)
{
	const struct agenda_item *it = selected(app);
	if (!it)
		return;
	app->pending_id = it->id;
	form_start(&app->form, _("Change the agenda item"), submit_edit);
	form_add_text(&app->form, FIELD_TITLE, N_("Title"), it->title);
	add_topic_field(&app->form, it->topic);
	form_add_text(&app->form, FIELD_BY, N_("Put forward by"),
		      it->submitted_by_id ? it->submitted_by : "");
}

/* ---- notes and decision ----------------------------------------------------- */

static void report_notes(struct app *app, const struct agenda_item *item)
{
	int lines = text_block_lines(item->notes);
	if (lines)
		app_message(app, MSG_INFO,
			    ngettext("Saved the notes of item %d (%d line)",
				     "Saved the notes of item %d (%d lines)",
				     (unsigned long)lines),
			    item->position, lines);
	else
		app_message(app, MSG_INFO, _("Cleared the notes of item %d"),
			    item->position);
}

static void report_decision(struct app *app, const struct agenda_item *item,
			    bool cleared)
{
	if (cleared)
		app_message(app, MSG_INFO, _("Cleared the decision on item %d"),
			    item->position);
	else
		app_message(app, MSG_INFO,
			    _("Recorded the decision on item %d: %s"),
			    item->position, item->title);
}

/* The editor on an item's notes or decision (src/ui/record_edit.h, the
 * flow `agenda note` uses too); says what came of it.  *item is the item
 * as it is afterwards. */
static void edit_text(struct app *app, struct agenda_item *item,
		      enum record_text which)
{
	struct nl_error err;
	nl_error_clear(&err);
	switch (record_edit(app->store, which, app_edit_text, item, &err)) {
	case RECORD_EDIT_FAILED:
		app_error(app, &err);
		break;
	case RECORD_EDIT_UNCHANGED:
		app_message(app, MSG_INFO, _("Item %d is unchanged"),
			    item->position);
		break;
	case RECORD_EDIT_SAVED:
		if (which == RECORD_NOTES)
			report_notes(app, item);
		else
			report_decision(app, item, !item->decision[0]);
		break;
	}
	app_reload(app);
}

static void act_notes(struct app *app)
{
	const struct agenda_item *it = selected(app);
	if (!it)
		return;
	struct agenda_item item;
	if (fetch(app, it->id, &item))
		edit_text(app, &item, RECORD_NOTES);
}

/* Saves a decision typed or edited; empty clears it. */
static void save_decision(struct app *app, const struct agenda_item *item,
			  const char *text)
{
	struct nl_error err;
	struct agenda_item saved;
	nl_error_clear(&err);
	bool clear = text[strspn(text, " \t\n")] == '\0';
	if (clear && !item->decision[0])
		return;
	enum nl_status status =
		clear ? agenda_clear_decision(app->store, item->id, &saved, &err)
		      : agenda_set_decision(app->store, item->id, text, &saved,
					    &err);
	if (status != NL_OK)
		app_error(app, &err);
	else
		report_decision(app, &saved, clear);
	app_reload(app);
}

static void finish_decision(struct app *app)
{
	struct agenda_item item;
	if (fetch(app, app->pending_id, &item))
		save_decision(app, &item, app->prompt.text);
}

static void act_decision(struct app *app)
{
	const struct agenda_item *it = selected(app);
	struct nl_error err;
	char label[128];
	if (!it)
		return;
	nl_error_clear(&err);
	if (agenda_can_change(app->store, it->id, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	if (!strchr(it->decision, '\n')) {
		snprintf(label, sizeof label,
			 _("Decision on item %d (empty clears it):"),
			 it->position);
		app_prompt(app, label, it->decision, it->id, finish_decision);
		return;
	}
	/* Several lines do not fit the prompt line: the editor keeps them. */
	struct agenda_item item;
	if (fetch(app, it->id, &item))
		edit_text(app, &item, RECORD_DECISION);
}

/* ---- current item, status, order -------------------------------------------- */

static void act_current(struct app *app)
{
	const struct agenda_item *it = selected(app);
	struct nl_error err;
	if (!it)
		return;
	bool unmark = it->current;
	int position = it->position;
	char title[NL_TITLE_SIZE];
	snprintf(title, sizeof title, "%s", it->title);
	nl_error_clear(&err);
	if (agenda_set_current(app->store, app->meeting_id,
			       unmark ? 0 : it->id, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	if (unmark)
		app_message(app, MSG_INFO, "%s", _("No item is current now"));
	else
		app_message(app, MSG_INFO, _("Now: %d. %s"), position, title);
	app_reload(app);
}

static void act_status(struct app *app)
{
	const struct agenda_item *it = selected(app);
	struct agenda_item item;
	struct nl_error err;
	if (!it)
		return;
	enum agenda_status next = it->status == AGENDA_PLANNED
		? AGENDA_DISCUSSED : AGENDA_PLANNED;
	nl_error_clear(&err);
	if (agenda_set_status(app->store, it->id, next, &item, &err) != NL_OK)
		app_error(app, &err);
	else
		app_message(app, MSG_INFO, _("Item %d is %s: %s"),
			    item.position, agenda_status_label(item.status),
			    item.title);
	app_reload(app);
}

static void move_by(struct app *app, int step)
{
	const struct agenda_item *it = selected(app);
	struct nl_error err;
	if (!it)
		return;
	int to = it->position + step;
	if (to < 1 || to > (int)app->agenda.n)
		return;
	app->agenda.selected_item = it->id;
	nl_error_clear(&err);
	if (agenda_move(app->store, it->id, to, NULL, &err) != NL_OK)
		app_error(app, &err);
	else
		app_message(app, MSG_INFO, _("Moved item %d to position %d"),
			    it->position, to);
	app_reload(app);
}

static void act_up(struct app *app)
{
	move_by(app, -1);
}

static void act_down(struct app *app)
{
	move_by(app, 1);
}

/* ---- defer, remove, add an action ----------------------------------------- */

static void do_defer(struct app *app)
{
	struct nl_error err;
	struct agenda_deferral deferral, *d = &deferral;
	char when[UI_DATE_SIZE];
	nl_error_clear(&err);
	if (agenda_defer(app->store, app->pending_id, nl_now(), d, &err) !=
	    NL_OK) {
		app_error(app, &err);
	} else if (d->moved) {
		ui_date_format(d->item.moved_to_date, when, sizeof when);
		app_message(app, MSG_INFO,
			    _("Deferred item %d: %s; it is item %d of meeting "
			      "%lld (%s) now"),
			    d->item.position, d->item.title, d->copy.position,
			    (long long)d->copy.meeting_id, when);
	} else {
		app_message(app, MSG_WARN,
			    _("Deferred item %d: %s; no later meeting is "
			      "planned yet: plan one and defer it again to move "
			      "it there"),
			    d->item.position, d->item.title);
	}
	app_reload(app);
}

/* A deferral puts a copy on the next meeting's agenda, which no key here
 * takes back: it is asked first. */
static void act_defer(struct app *app)
{
	const struct agenda_item *it = selected(app);
	char question[256], title[256];
	if (!it)
		return;
	record_short_title(it->title, title, sizeof title);
	snprintf(question, sizeof question,
		 _("Defer item %d \"%s\" to the next meeting? (y/n)"),
		 it->position, title);
	app_ask(app, question, it->id, do_defer);
}

static void do_remove(struct app *app)
{
	struct nl_error err;
	struct agenda_item item;
	nl_error_clear(&err);
	if (!fetch(app, app->pending_id, &item))
		return;
	if (agenda_remove(app->store, item.id, &err) != NL_OK)
		app_error(app, &err);
	else
		app_message(app, MSG_INFO, _("Removed item %d: %s"),
			    item.position, item.title);
	app_reload(app);
}

static void act_remove(struct app *app)
{
	const struct agenda_item *it = selected(app);
	char question[256], title[256];
	if (!it)
		return;
	record_short_title(it->title, title, sizeof title);
	snprintf(question, sizeof question,
		 _("Remove item %d \"%s\" from the agenda? (y/n)"),
		 it->position, title);
	app_ask(app, question, it->id, do_remove);
}

static void act_action(struct app *app)
{
	const struct agenda_item *it = selected(app);
	if (it)
		actions_start_add(app, it->position);
}

const struct key_binding agenda_keys[] = {
	{.keys = {'a'}, .label = "a",
	 .help = N_("add an item (title, topic, put forward by)"),
	 .action = act_add},
	{.keys = {'e'}, .label = "e",
	 .help = N_("change the item's title, topic or who put it "
		    "forward"),
	 .action = act_edit},
	{.keys = {'n', '\r', '\n', KEY_ENTER},
	 .function = {false, false, false, true}, .label = N_("n/Enter"),
	 .help = N_("write the notes in your editor ($VISUAL, $EDITOR)"),
	 .action = act_notes},
	{.keys = {'d'}, .label = "d",
	 .help = N_("record the decision (empty clears it)"),
	 .action = act_decision},
	{.keys = {' '}, .label = N_("Space"),
	 .help = N_("mark as the current item (the board shows it), or unmark"),
	 .action = act_current},
	{.keys = {'s'}, .label = "s", .help = N_("planned / discussed"),
	 .action = act_status},
	{.keys = {'K', KEY_SR}, .function = {false, true},
	 .label = N_("K/J, S-↑/↓"), .help = N_("move the item up / down"),
	 .action = act_up},
	{.keys = {'J', KEY_SF}, .function = {false, true}, .action = act_down},
	{.keys = {'D'}, .label = "D",
	 .help = N_("defer to the next meeting (asks first)"),
	 .action = act_defer},
	{.keys = {'i'}, .label = "i",
	 .help = N_("add an action agreed on this item"), .action = act_action},
	{.keys = {'X', KEY_DC}, .function = {false, true}, .label = N_("X/Del"),
	 .help = N_("remove the item (asks first)"), .action = act_remove},
	{.more = record_keys, .help = record_keys_heading},
};

bool agenda_handle_key(struct app *app, struct key key)
{
	if (list_handle_key(&app->agenda.list, key)) {
		const struct agenda_item *it = selected(app);
		if (it)
			app->agenda.selected_item = it->id;
		return true;
	}
	return keymap_dispatch(agenda_keys, app, key);
}

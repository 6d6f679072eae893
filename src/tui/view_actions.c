/*
 * view_actions.c — the action list of the board's meeting (c): the
 * actions agreed in it first, then those carried over from earlier
 * meetings, grouped by the meeting they came from, until they are closed.
 * Which actions belong here and which are overdue is the core's judgement
 * (action_place_in, action_overdue_on), made on today as `notulist action
 * list` does; the minutes judge on the meeting's own day.  Rows hold
 * action ids; every key is one core call (actions.h).
 */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "agenda.h"
#include "i18n.h"
#include "record_rules.h"
#include "text.h"
#include "tui_internal.h"
#include "ui_date.h"

#define LIST_TOP (RECORD_TOP + 1)
#define DETAIL_ROWS 5

/* ---- data ------------------------------------------------------------------- */

static struct meeting_key board_meeting(const struct app *app)
{
	struct meeting_key key = {{0, 0, 0}, -1, app->meeting_id};
	if (app->have_snap)
		key = meeting_key_of(&app->snap.meeting);
	return key;
}

/* New ones first (by id), then carried ones by the meeting they came
 * from, in meeting order, by id within it.  qsort passes no context, so
 * the board's meeting is set here for the length of one sort. */
static const struct meeting_key *sort_key;

static int compare_actions(const void *pa, const void *pb)
{
	const struct action_item *a = pa, *b = pb;
	bool a_new = action_place_in(a, sort_key) == ACTION_NEW;
	bool b_new = action_place_in(b, sort_key) == ACTION_NEW;
	if (a_new != b_new)
		return a_new ? -1 : 1;
	int by_meeting = meeting_key_compare(&a->origin, &b->origin);
	if (by_meeting)
		return by_meeting;
	return a->id < b->id ? -1 : a->id > b->id;
}

static bool row_selectable(const void *ctx, int row)
{
	const struct action_view *v = ctx;
	return !v->rows[row].group;
}

static void add_heading(struct action_view *v, const char *text)
{
	struct action_row *r = &v->rows[v->n_rows++];
	memset(r, 0, sizeof *r);
	r->group = true;
	snprintf(r->heading, sizeof r->heading, "%s", text);
}

static void build_rows(struct app *app)
{
	struct action_view *v = &app->actions;
	struct meeting_key here = board_meeting(app);
	char heading[160], day[UI_DATE_SIZE];
	int64_t group = -1;
	free(v->rows);
	v->n_rows = 0;
	v->rows = calloc(v->n * 2 + 1, sizeof *v->rows);
	if (!v->rows)
		return;
	for (size_t i = 0; i < v->n; i++) {
		const struct action_item *a = &v->items[i];
		bool is_new = action_place_in(a, &here) == ACTION_NEW;
		int64_t origin = is_new ? 0 : a->origin.id;
		if (origin != group) {
			ui_date_format(a->origin.date, day, sizeof day);
			if (is_new)
				snprintf(heading, sizeof heading, "%s",
					 _("Agreed in this meeting"));
			else
				snprintf(heading, sizeof heading,
					 _("Carried over from the meeting of %s"),
					 day);
			add_heading(v, heading);
			group = origin;
		}
		struct action_row *r = &v->rows[v->n_rows++];
		memset(r, 0, sizeof *r);
		r->action = i;
	}
}

static const struct action_item *selected(struct app *app)
{
	struct action_view *v = &app->actions;
	if (v->n_rows == 0 || v->list.selected >= v->n_rows ||
	    v->rows[v->list.selected].group)
		return NULL;
	return &v->items[v->rows[v->list.selected].action];
}

void actions_reload(struct app *app)
{
	struct action_view *v = &app->actions;
	struct nl_error err;
	struct meeting_key here = board_meeting(app);
	int keep = v->list.selected;
	nl_error_clear(&err);
	free(v->items);
	v->items = NULL;
	v->n = 0;
	if (app->meeting_id &&
	    action_list_for_meeting(app->store, app->meeting_id, &v->items,
				    &v->n, &err) != NL_OK)
		app_error(app, &err);
	sort_key = &here;
	if (v->n)
		qsort(v->items, v->n, sizeof *v->items, compare_actions);
	sort_key = NULL;
	build_rows(app);
	for (int r = 0; r < v->n_rows; r++)
		if (!v->rows[r].group &&
		    v->items[v->rows[r].action].id == v->selected_action)
			keep = r;
	v->list.selectable = row_selectable;
	v->list.ctx = v;
	list_set(&v->list, v->n_rows, v->list.height);
	list_select(&v->list, keep);
	const struct action_item *a = selected(app);
	if (a)
		v->selected_action = a->id;
}

/* ---- drawing ------------------------------------------------------------------ */

static struct nl_date today(void)
{
	return nl_time_date(nl_now());
}

/* OVERDUE, else the status; its tone makes an overdue one stand out. */
static const char *state_text(const struct action_item *a, enum tone *tone)
{
	if (action_overdue_on(a, today())) {
		*tone = TONE_BAD;
		return _("OVERDUE");
	}
	*tone = a->status == ACTION_OPEN ? TONE_NORMAL
		: a->status == ACTION_DONE ? TONE_GOOD : TONE_DIM;
	return action_status_label(a->status);
}

/* The widths of the state and due columns follow the language: "OVERDUE"
 * and "15 Jan 2027" are shorter than their Dutch. */
struct action_columns {
	int state, due;
};

static struct action_columns action_columns(void)
{
	const char *const states[] = {
		_("OVERDUE"), action_status_label(ACTION_OPEN),
		action_status_label(ACTION_DONE),
		action_status_label(ACTION_DROPPED), NULL,
	};
	return (struct action_columns){record_label_cols(states),
				       record_date_cols()};
}

static void draw_action_row(const struct action_item *a, int y, bool is_sel,
			    struct action_columns c)
{
	char id[24], due[UI_DATE_SIZE] = "";
	enum tone tone;
	const char *state = state_text(a, &tone);
	int owner_w = 16, x = 8;
	int desc_w = COLS - 2 - 5 - c.state - c.due - owner_w - 5;
	enum tone base = is_sel ? TONE_SELECTED : TONE_NORMAL;
	if (is_sel)
		draw_fill(y, 0, COLS, TONE_SELECTED);
	snprintf(id, sizeof id, "#%lld", (long long)a->id);
	if (a->due.year)
		ui_date_short_format(a->due, due, sizeof due);
	draw_text(y, 2, 5, id, base, true);
	/* An overdue one keeps its colour (or reverse video) even under
	 * the cursor. */
	draw_text(y, x, c.state, state,
		  tone == TONE_BAD || !is_sel ? tone : base, true);
	x += c.state + 1;
	draw_text(y, x, c.due, due, base, true);
	x += c.due + 1;
	draw_text(y, x, owner_w, a->owner, is_sel ? base : TONE_DIM, true);
	x += owner_w + 1;
	draw_text(y, x, desc_w, a->description, base, true);
}

static void facts_line(const struct action_item *a, char *out, size_t size)
{
	char day[UI_DATE_SIZE];
	size_t used;
	ui_date_format(a->origin.date, day, sizeof day);
	if (a->agenda_position)
		snprintf(out, size, _("Action #%lld · agreed at the meeting of %s, "
				      "item %d"), (long long)a->id, day,
			 a->agenda_position);
	else
		snprintf(out, size, _("Action #%lld · agreed at the meeting of %s"),
			 (long long)a->id, day);
	if (a->owner[0]) {
		used = strlen(out);
		snprintf(out + used, size - used, _(" · owner %s"), a->owner);
	}
	used = strlen(out);
	if (a->status != ACTION_OPEN) {
		ui_date_format(a->closed_on, day, sizeof day);
		snprintf(out + used, size - used,
			 a->status == ACTION_DONE ? _(" · done on %s")
						  : _(" · dropped on %s"), day);
	} else if (a->due.year) {
		ui_date_format(a->due, day, sizeof day);
		snprintf(out + used, size - used, _(" · due %s"), day);
		if (action_overdue_on(a, today())) {
			long days = (long)(nl_days_from_civil(today()) -
					   nl_days_from_civil(a->due));
			used = strlen(out);
			snprintf(out + used, size - used,
				 ngettext(" (%ld day overdue)",
					  " (%ld days overdue)",
					  (unsigned long)days), days);
		}
	}
}

static const char *const hints[] = {
	N_("a add"), N_("d done"), N_("D drop"), N_("o reopen"), N_("e edit"),
	N_("X remove"), N_("b board"), NULL,
};

void actions_draw(struct app *app)
{
	struct action_view *v = &app->actions;
	char heading[128], line[NL_ACTION_SIZE + 64];
	int bottom = record_bottom(app);
	int detail_top = bottom - DETAIL_ROWS + 1;
	size_t open = 0, overdue = 0;
	struct action_columns columns = action_columns();
	for (size_t i = 0; i < v->n; i++) {
		open += v->items[i].status == ACTION_OPEN;
		overdue += action_overdue_on(&v->items[i], today());
	}
	record_draw_frame(app, VIEW_ACTIONS);
	snprintf(heading, sizeof heading, _("%zu open, %zu overdue"), open,
		 overdue);
	draw_hline(RECORD_TOP, 0, COLS, heading);
	v->list.height = detail_top - LIST_TOP;
	list_scroll_into_view(&v->list);
	if (!app->meeting_id)
		draw_text(LIST_TOP, 2, COLS - 4,
			  _("No meeting on the board: b shows the meeting "
			    "list"), TONE_DIM, false);
	else if (v->n == 0)
		draw_text(LIST_TOP, 2, COLS - 4,
			  _("No actions for this meeting: press a to add one"),
			  TONE_DIM, false);
	for (int i = 0; i < v->list.height && v->list.top + i < v->n_rows; i++) {
		int r = v->list.top + i;
		const struct action_row *row = &v->rows[r];
		if (row->group)
			draw_text(LIST_TOP + i, 1, COLS - 2, row->heading,
				  TONE_GROUP, false);
		else
			draw_action_row(&v->items[row->action], LIST_TOP + i,
					r == v->list.selected, columns);
	}
	const struct action_item *a = selected(app);
	if (a) {
		draw_hline(detail_top, 0, COLS, NULL);
		facts_line(a, line, sizeof line);
		int used = draw_wrapped(detail_top + 1, 1, COLS - 2, 2, line,
					action_overdue_on(a, today())
						? TONE_BAD : TONE_DIM);
		draw_wrapped(detail_top + 1 + used, 1, COLS - 2,
			     bottom - detail_top - used, a->description,
			     TONE_NORMAL);
	}
	record_draw_footer(app, hints);
}

/* ---- the form: add and edit ---------------------------------------------- */

enum action_form { FIELD_DESCRIPTION, FIELD_OWNER, FIELD_DUE, FIELD_ITEM };

/* The agenda item choice: "(none)", then the items of the meeting that
 * agreed the action; their texts live in app->form_labels. */
static bool add_item_field(struct app *app, int64_t meeting_id, int position)
{
	struct agenda_item *items;
	size_t n;
	struct nl_error err;
	nl_error_clear(&err);
	if (agenda_list(app->store, meeting_id, &items, &n, &err) != NL_OK) {
		app_error(app, &err);
		return false;
	}
	struct form_field *f = form_add_choice(&app->form, FIELD_ITEM,
					       N_("Agenda item"));
	form_add_option(f, _("(none)"), 0, true);
	for (size_t i = 0; i < n && f->n_choices < FORM_MAX_CHOICES; i++) {
		char *label = app->form_labels[f->n_choices];
		snprintf(label, sizeof app->form_labels[0], "%d. ",
			 items[i].position);
		size_t used = strlen(label);
		draw_shorten(items[i].title, CHOICE_COLS - 4, label + used,
			     sizeof app->form_labels[0] - used);
		form_add_option(f, label, items[i].position,
				items[i].position == position);
	}
	free(items);
	return true;
}

static void submit_add(struct app *app)
{
	struct form *f = &app->form;
	struct action_input in = {form_text(f, FIELD_DESCRIPTION),
				  form_text(f, FIELD_OWNER), {0, 0, 0},
				  (int)form_choice(f, FIELD_ITEM)};
	struct action_item added;
	struct nl_error err;
	nl_error_clear(&err);
	if (!record_form_date(f, FIELD_DUE, &in.due))
		return;
	if (action_add(app->store, app->meeting_id, &in, nl_now(), &added,
		       &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app->actions.selected_action = added.id;
	if (added.agenda_position)
		app_message(app, MSG_INFO, _("Added action #%lld to item %d: %s"),
			    (long long)added.id, added.agenda_position,
			    added.description);
	else
		app_message(app, MSG_INFO, _("Added action #%lld: %s"),
			    (long long)added.id, added.description);
	app_reload(app);
}

void actions_start_add(struct app *app, int agenda_position)
{
	if (!app->meeting_id)
		return;
	form_start(&app->form, _("Add an action"), submit_add);
	form_add_text(&app->form, FIELD_DESCRIPTION, N_("Description"), "");
	form_add_text(&app->form, FIELD_OWNER, N_("Owner"), "");
	form_add_text(&app->form, FIELD_DUE, N_("Due (YYYY-MM-DD)"), "");
	if (!add_item_field(app, app->meeting_id, agenda_position))
		app->form.active = false;
}

static void act_add(struct app *app)
{
	actions_start_add(app, 0);
}

static void submit_edit(struct app *app)
{
	struct form *f = &app->form;
	struct action_item a;
	struct nl_date due;
	int position = (int)form_choice(f, FIELD_ITEM);
	const char *owner = form_text(f, FIELD_OWNER);
	struct nl_error err;
	nl_error_clear(&err);
	if (!record_form_date(f, FIELD_DUE, &due))
		return;
	if (action_get(app->store, app->pending_id, &a, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	struct action_edit edit = {form_text(f, FIELD_DESCRIPTION), NULL, &due,
				   &position};
	/* An unchanged owner keeps the person it names, even when another
	 * person has the same name. */
	if (strcmp(owner, a.owner) != 0)
		edit.owner = owner;
	if (action_edit(app->store, a.id, &edit, &a, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app_message(app, MSG_INFO, _("Changed action #%lld: %s"),
		    (long long)a.id, a.description);
	app_reload(app);
}

static void act_edit(struct app *app)
{
	const struct action_item *a = selected(app);
	char due[NL_DATE_LEN] = "";
	if (!a)
		return;
	if (a->due.year)
		nl_format_date(a->due, due);
	app->pending_id = a->id;
	form_start(&app->form, _("Change the action"), submit_edit);
	form_add_text(&app->form, FIELD_DESCRIPTION, N_("Description"),
		      a->description);
	form_add_text(&app->form, FIELD_OWNER, N_("Owner"), a->owner);
	form_add_text(&app->form, FIELD_DUE, N_("Due (YYYY-MM-DD)"), due);
	if (!add_item_field(app, a->origin.id, a->agenda_position))
		app->form.active = false;
}

/* ---- closing, reopening, removing ------------------------------------------ */

static void close_selected(struct app *app, enum action_status how)
{
	const struct action_item *a = selected(app);
	struct action_item closed;
	struct nl_error err;
	char on[UI_DATE_SIZE];
	if (!a)
		return;
	nl_error_clear(&err);
	if (action_close(app->store, a->id, how, today(), &closed, &err) !=
	    NL_OK) {
		app_error(app, &err);
		return;
	}
	ui_date_format(closed.closed_on, on, sizeof on);
	app_message(app, MSG_GOOD,
		    how == ACTION_DONE ? _("Action #%lld done on %s: %s")
				       : _("Action #%lld dropped on %s: %s"),
		    (long long)closed.id, on, closed.description);
	app_reload(app);
}

static void act_done(struct app *app)
{
	close_selected(app, ACTION_DONE);
}

static void act_drop(struct app *app)
{
	close_selected(app, ACTION_DROPPED);
}

static void act_reopen(struct app *app)
{
	const struct action_item *a = selected(app);
	struct action_item opened;
	struct nl_error err;
	if (!a)
		return;
	nl_error_clear(&err);
	if (action_reopen(app->store, a->id, &opened, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	app_message(app, MSG_INFO, _("Action #%lld is open again: %s"),
		    (long long)opened.id, opened.description);
	app_reload(app);
}

static void do_remove(struct app *app)
{
	struct action_item a;
	struct nl_error err;
	nl_error_clear(&err);
	if (action_get(app->store, app->pending_id, &a, &err) != NL_OK ||
	    action_remove(app->store, a.id, &err) != NL_OK)
		app_error(app, &err);
	else
		app_message(app, MSG_INFO, _("Removed action #%lld: %s"),
			    (long long)a.id, a.description);
	app_reload(app);
}

static void act_remove(struct app *app)
{
	const struct action_item *a = selected(app);
	char question[256], what[256];
	if (!a)
		return;
	record_short_title(a->description, what, sizeof what);
	snprintf(question, sizeof question,
		 _("Remove action #%lld \"%s\"? (y/n)"), (long long)a->id, what);
	app_ask(app, question, a->id, do_remove);
}

const struct key_binding actions_keys[] = {
	{.keys = {'a'}, .label = "a",
	 .help = N_("add an action (description, owner, due date, agenda "
		    "item)"),
	 .action = act_add},
	{.keys = {'e', '\r', '\n', KEY_ENTER},
	 .function = {false, false, false, true}, .label = N_("e/Enter"),
	 .help = N_("change the action"), .action = act_edit},
	{.keys = {'d'}, .label = "d", .help = N_("mark it done (today)"),
	 .action = act_done},
	{.keys = {'D'}, .label = "D",
	 .help = N_("drop it: it will not be done"), .action = act_drop},
	{.keys = {'o'}, .label = "o",
	 .help = N_("open a done or dropped action again"),
	 .action = act_reopen},
	{.keys = {'X', KEY_DC}, .function = {false, true}, .label = N_("X/Del"),
	 .help = N_("remove an action entered by mistake (asks first)"),
	 .action = act_remove},
	{.more = record_keys, .help = record_keys_heading},
};

bool actions_handle_key(struct app *app, struct key key)
{
	if (list_handle_key(&app->actions.list, key)) {
		const struct action_item *a = selected(app);
		if (a)
			app->actions.selected_action = a->id;
		return true;
	}
	return keymap_dispatch(actions_keys, app, key);
}

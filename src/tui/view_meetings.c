/*
 * view_meetings.c — the meeting list: the start screen when no meeting is
 * open.  Enter opens a planned meeting (or shows an open or closed one) on
 * the board; n plans a new one; C closes the open one (after asking), so
 * a meeting can be run from start to end in the terminal; on an empty
 * database D loads the demo.
 */
#include <stdlib.h>
#include <string.h>

#include "demo.h"
#include "i18n.h"
#include "meetings.h"
#include "text.h"
#include "tui_internal.h"
#include "ui_date.h"
#include "text_show.h"

void meetings_reload(struct app *app)
{
	struct meeting_list *ml = &app->meetings;
	struct nl_error err;
	nl_error_clear(&err);
	free(ml->meetings);
	ml->meetings = NULL;
	ml->n = 0;
	if (meeting_list(app->store, 0, &ml->meetings, &ml->n, &err) != NL_OK ||
	    demo_can_load(app->store, &ml->database_empty, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	int select = -1;
	struct nl_date today = nl_time_date(nl_now());
	for (size_t i = 0; i < ml->n; i++) {
		if (ml->meetings[i].id == ml->selected_meeting)
			select = (int)i;
	}
	/* First visit: the cursor starts on the next meeting from today. */
	for (size_t i = 0; select < 0 && i < ml->n; i++)
		if (nl_date_compare(ml->meetings[i].date, today) >= 0)
			select = (int)i;
	if (select < 0)
		select = ml->n ? (int)ml->n - 1 : 0;
	ml->list.selected = select;
	ml->list.count = (int)ml->n;
	ml->list.selectable = NULL;
	list_select(&ml->list, select);
}

static void draw_empty(void)
{
	const char *lines[] = {
		_("This database is empty."),
		_("Press D to load the fictional demo (3 municipalities, 20 "
		  "clients, a meeting today),"),
		_("or n to plan a meeting; add municipalities and members with"),
		_("notulist municipality add / notulist member add (see "
		  "notulist --help)."),
	};
	/* The last three are one sentence: wrapped as a paragraph, so that
	 * no language's version is cut at the screen's edge. */
	char paragraph[1024];
	snprintf(paragraph, sizeof paragraph, "%s %s %s", lines[1], lines[2],
		 lines[3]);
	draw_text(4, 2, COLS - 4, lines[0], TONE_GROUP, false);
	draw_wrapped(5, 2, COLS - 4, LINES - 8, paragraph, TONE_NORMAL);
}

/* Column widths in terminal columns: dates and status labels differ in
 * length by language ("Sun 1 Mar 2026", "gesloten"), so the widest one in
 * the whole list decides, and the columns stay put while scrolling. */
struct meeting_columns {
	int date, status;
};

static int wider(int cols, const char *text)
{
	int w = text_display_width(text);
	return w > cols ? w : cols;
}

static struct meeting_columns meeting_columns(const struct meeting_list *ml)
{
	struct meeting_columns c = {wider(0, _("Date")), wider(0, _("Status"))};
	/* Planned, open and closed always fit, so a meeting opening or
	 * closing keeps the columns put; a cancelled or approved one widens
	 * them. */
	for (int s = MEETING_PLANNED; s <= MEETING_CLOSED; s++)
		c.status = wider(c.status,
				 meeting_status_label((enum meeting_status)s));
	for (size_t i = 0; i < ml->n; i++) {
		char date[UI_DATE_SIZE];
		char status[NL_DATE_LEN + 64];
		meeting_status_text(&ml->meetings[i], status, sizeof status);
		c.status = wider(c.status, status);
		ui_date_format(ml->meetings[i].date, date, sizeof date);
		c.date = wider(c.date, date);
	}
	return c;
}

/* Appends text padded to cols columns and a two-space gap. */
static void append_cell(char *line, size_t size, const char *text, int cols)
{
	char cell[256];
	size_t used = strlen(line);
	text_fit(text, cols, true, cell, sizeof cell);
	snprintf(line + used, size - used, "%s  ", cell);
}

static void draw_meeting_row(const struct meeting *m, int y, bool is_selected,
			     struct meeting_columns c)
{
	char date[UI_DATE_SIZE], start[NL_HHMM_LEN] = "";
	char line[NL_PLACE_SIZE + 512];
	ui_date_format(m->date, date, sizeof date);
	if (m->start_minute >= 0)
		nl_format_hhmm(meeting_start(m), start);
	snprintf(line, sizeof line, "%5lld  ", (long long)m->id);
	append_cell(line, sizeof line, date, c.date);
	append_cell(line, sizeof line, start, 5);
	char status[NL_DATE_LEN + 64];
	meeting_status_text(m, status, sizeof status);
	append_cell(line, sizeof line, status, c.status);
	size_t used = strlen(line);
	snprintf(line + used, sizeof line - used, "%s", m->location);
	if (is_selected)
		draw_fill(y, 0, COLS, TONE_SELECTED);
	draw_text(y, 1, COLS - 2, line,
		  is_selected ? TONE_SELECTED
			      : m->status == MEETING_OPEN ? TONE_GOOD : TONE_NORMAL,
		  false);
}

/* The heading sits in a rule that starts two columns further right than
 * the rows, so its id cell is two columns narrower. */
static void draw_meeting_header(struct meeting_columns c)
{
	char line[512];
	/* TRANSLATORS: column headings of the meeting list; "Id" is the
	 * meeting number, right-aligned over three columns. */
	const char *id = _("Id");
	int pad = 3 - text_display_width(id);
	snprintf(line, sizeof line, "%*s%s  ", pad > 0 ? pad : 0, "", id);
	append_cell(line, sizeof line, _("Date"), c.date);
	append_cell(line, sizeof line, _("Time"), 5);
	append_cell(line, sizeof line, _("Status"), c.status);
	size_t used = strlen(line);
	snprintf(line + used, sizeof line - used, "%s", _("Location"));
	draw_hline(1, 0, COLS, line);
}

void meetings_draw(struct app *app)
{
	struct meeting_list *ml = &app->meetings;
	struct meeting_columns columns = meeting_columns(ml);
	draw_fill(0, 0, COLS, TONE_TITLE);
	draw_text(0, 1, COLS - 2, _("notulist — meetings"), TONE_TITLE, false);
	draw_meeting_header(columns);
	int height = LINES - 4;
	ml->list.height = height;
	list_scroll_into_view(&ml->list);
	if (ml->n == 0 && ml->database_empty)
		draw_empty();
	else if (ml->n == 0)
		draw_text(3, 2, COLS - 4, _("No meetings yet: press n to plan one."),
			  TONE_DIM, false);
	for (int i = 0; i < height && ml->list.top + i < (int)ml->n; i++) {
		int r = ml->list.top + i;
		draw_meeting_row(&ml->meetings[r], 2 + i, r == ml->list.selected,
				 columns);
	}
	if (app->level != MSG_NONE)
		draw_text(LINES - 2, 0, COLS, app->message,
			  app->level == MSG_ERROR ? TONE_BAD : TONE_NORMAL, false);
	draw_text(LINES - 1, 0, COLS,
		  _("Enter open/show  n new meeting  C close  b back to board  "
		    "? help  q quit"), TONE_DIM, false);
}

static const struct meeting *selected_meeting(struct app *app)
{
	struct meeting_list *ml = &app->meetings;
	if (ml->n == 0 || ml->list.selected >= (int)ml->n)
		return NULL;
	return &ml->meetings[ml->list.selected];
}

static void act_open(struct app *app)
{
	const struct meeting *m = selected_meeting(app);
	struct meeting opened;
	struct nl_error err;
	if (!m)
		return;
	int64_t id = m->id;
	app->meetings.selected_meeting = id;
	nl_error_clear(&err);
	if (m->status == MEETING_PLANNED) {
		if (meeting_open(app->store, id, nl_now(), &opened, &err) != NL_OK) {
			app_error(app, &err);
			return;
		}
		app_message(app, MSG_INFO, _("Meeting %lld is open"),
			    (long long)id);
	}
	app_show_board(app, id);
}

enum plan_form { FIELD_DATE, FIELD_TIME, FIELD_LOCATION };

static void submit_new_meeting(struct app *app)
{
	struct form *f = &app->form;
	const char *date = form_text(f, FIELD_DATE);
	const char *start = form_text(f, FIELD_TIME);
	struct meeting_input in = {.start_minute = -1,
				   .location = form_text(f, FIELD_LOCATION)};
	int64_t id;
	struct nl_error err;
	if (!nl_parse_date(date, &in.date)) {
		snprintf(f->error, sizeof f->error,
			 _("\"%s\" is not a date YYYY-MM-DD"), QUOTED(date));
		return;
	}
	if (start[0] && !nl_parse_hhmm(start, &in.start_minute)) {
		snprintf(f->error, sizeof f->error,
			 _("\"%s\" is not a time HH:MM"), QUOTED(start));
		return;
	}
	nl_error_clear(&err);
	if (meeting_add(app->store, &in, nl_now(), &id, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app->meetings.selected_meeting = id;
	app_message(app, MSG_INFO, _("Meeting %lld planned; Enter opens it"),
		    (long long)id);
	meetings_reload(app);
}

static void act_new(struct app *app)
{
	char today[NL_DATE_LEN];
	nl_format_date(nl_time_date(nl_now()), today);
	form_start(&app->form, _("Plan a meeting"), submit_new_meeting);
	form_add_text(&app->form, FIELD_DATE, N_("Date"), today);
	form_add_text(&app->form, FIELD_TIME, N_("Time"), "");
	form_add_text(&app->form, FIELD_LOCATION, N_("Location"), "");
}

static void act_demo(struct app *app)
{
	struct demo_counts counts;
	struct nl_error err;
	if (!app->meetings.database_empty)
		return;
	nl_error_clear(&err);
	if (demo_load(app->store, &counts, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	app_message(app, MSG_INFO,
		    ngettext("Loaded the fictional demo: %zu person; Enter "
			     "opens its meeting",
			     "Loaded the fictional demo: %zu people; Enter "
			     "opens its meeting", counts.people),
		    counts.people);
	meetings_reload(app);
}

static void do_close(struct app *app)
{
	struct meeting closed;
	struct nl_error err;
	char hhmm[NL_HHMM_LEN];
	nl_error_clear(&err);
	if (meeting_close(app->store, app->pending_id, 0, nl_now(), &closed,
			  &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	nl_format_hhmm(closed.closed_at, hhmm);
	app_message(app, MSG_INFO, _("Meeting %lld is closed (at %s)"),
		    (long long)closed.id, hhmm);
	app_reload(app);
}

/* Closing ends the attendance record, so it is asked first. */
static void act_close(struct app *app)
{
	const struct meeting *m = selected_meeting(app);
	char question[128];
	if (!m)
		return;
	if (m->status != MEETING_OPEN) {
		app_message(app, MSG_WARN, _("Meeting %lld is not open"),
			    (long long)m->id);
		return;
	}
	snprintf(question, sizeof question, _("Close meeting %lld now? (y/n)"),
		 (long long)m->id);
	app_ask(app, question, m->id, do_close);
}

static void act_back(struct app *app)
{
	if (app->meeting_id)
		app_show_board(app, app->meeting_id);
}

static void act_help(struct app *app)
{
	app->help = true;
}

static void act_quit(struct app *app)
{
	app->quit = true;
}

const struct key_binding meetings_keys[] = {
	{.keys = {'\r', '\n', KEY_ENTER}, .function = {false, false, true},
	 .label = N_("Enter"),
	 .help = N_("open a planned meeting, or show this meeting's board"),
	 .action = act_open},
	{.keys = {'n'}, .label = "n", .help = N_("plan a new meeting"),
	 .action = act_new},
	{.keys = {'C'}, .label = "C",
	 .help = N_("close the open meeting now (asks first)"),
	 .action = act_close},
	{.keys = {'D'}, .label = "D",
	 .help = N_("load the fictional demo (empty database only)"),
	 .action = act_demo},
	{.keys = {'b', KEY_ESCAPE}, .label = N_("b/Esc"),
	 .help = N_("back to the board"), .action = act_back},
	{.keys = {'?'}, .label = "?", .help = N_("this help"),
	 .action = act_help},
	{.keys = {'q'}, .label = "q", .help = N_("quit"), .action = act_quit},
	{.keys = {0}},
};

bool meetings_handle_key(struct app *app, struct key key)
{
	if (list_handle_key(&app->meetings.list, key)) {
		const struct meeting *m = selected_meeting(app);
		if (m)
			app->meetings.selected_meeting = m->id;
		return true;
	}
	return keymap_dispatch(meetings_keys, app, key);
}

/*
 * board_events.c — `e` on the board: one person's attendance events at
 * this meeting, to correct a mistake without undoing the evening (issue
 * 16, on the corrections core of issue 14).  The panel takes the place of
 * the attendance list; s strikes the highlighted event, t gives it another
 * time, c clears all of the person's events and x clears them and marks
 * the person excused.  Each is one core call, so one transaction with the
 * same rules and messages as `notulist attendance strike|retime|clear`;
 * a refusal shows core's message and the panel stays.  The questions are
 * guarded like u and x (a key within 0.4 s cancels them).
 */
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "i18n.h"
#include "meetings.h"
#include "text.h"
#include "tui_internal.h"

bool board_events_active(const struct app *app)
{
	return app->board.events.open;
}

void board_events_close(struct app *app)
{
	struct board_events *ev = &app->board.events;
	free(ev->rows);
	ev->rows = NULL;
	ev->n = 0;
	ev->open = false;
}

/* Reads the person's events in force again (after every change, here or
 * in another terminal), keeping the cursor on the same event. */
void board_events_reload(struct app *app)
{
	struct board_events *ev = &app->board.events;
	struct att_entry *rows = NULL;
	size_t n = 0;
	struct nl_error err;
	if (!ev->open)
		return;
	int64_t keep = ev->n && ev->list.selected < (int)ev->n
			       ? ev->rows[ev->list.selected].id
			       : 0;
	nl_error_clear(&err);
	if (attendance_entries(app->store, app->meeting_id, ev->person_id,
			       false, &rows, &n, &err) != NL_OK) {
		app_error(app, &err);
		board_events_close(app);
		return;
	}
	free(ev->rows);
	ev->rows = rows;
	ev->n = n;
	list_set(&ev->list, (int)n, ev->list.height);
	for (size_t i = 0; i < n; i++)
		if (rows[i].id == keep)
			list_select(&ev->list, (int)i);
}

void board_events_open(struct app *app, int64_t person_id, const char *name)
{
	struct board_events *ev = &app->board.events;
	board_events_close(app);
	memset(&ev->list, 0, sizeof ev->list);
	ev->open = true;
	ev->person_id = person_id;
	snprintf(ev->person, sizeof ev->person, "%s", name);
	board_events_reload(app);
	if (ev->open && ev->n == 0)
		app_message(app, MSG_INFO,
			    _("Nothing recorded for %s at this meeting"),
			    ev->person);
}

static const struct att_entry *chosen(const struct app *app)
{
	const struct board_events *ev = &app->board.events;
	if (!ev->open || ev->n == 0 || ev->list.selected < 0 ||
	    ev->list.selected >= (int)ev->n)
		return NULL;
	return &ev->rows[ev->list.selected];
}

/* An approved meeting's record is final: refused before any question. */
static bool refused(struct app *app)
{
	struct nl_error err;
	nl_error_clear(&err);
	if (meeting_check_changeable(&app->snap.meeting, &err) == NL_OK)
		return false;
	app_error(app, &err);
	return true;
}

/* The CLI's sentence, without its newline: the same words here. */
static void say(struct app *app, const char *line)
{
	char text[1024];
	snprintf(text, sizeof text, "%s", line);
	text[strcspn(text, "\n")] = '\0';
	app_message(app, MSG_INFO, "%s", text);
}

static void done_strike(struct app *app)
{
	struct board_events *ev = &app->board.events;
	struct att_outcome out;
	struct nl_error err;
	char hhmm[NL_HHMM_LEN], line[512];
	nl_error_clear(&err);
	if (attendance_strike(app->store, ev->pending, nl_now(), &out,
			      &err) != NL_OK) {
		app_error(app, &err);
		app_reload(app);
		return;
	}
	nl_format_hhmm(out.corrected_at, hhmm);
	snprintf(line, sizeof line, _("Struck event %lld: %s of %s at %s\n"),
		 (long long)ev->pending, att_kind_label(out.corrected_kind),
		 out.person.name, hhmm);
	say(app, line);
	app_reload(app);
}

static void act_strike(struct app *app)
{
	const struct att_entry *e = chosen(app);
	char question[NL_NAME_SIZE + 128], hhmm[NL_HHMM_LEN];
	if (!e || refused(app))
		return;
	app->board.events.pending = e->id;
	nl_format_hhmm(e->at, hhmm);
	/* TRANSLATORS: "Strike the check-out of Ans Bakker at 19:25? y/n";
	 * the kind is att_kind_label's ("check-out"). */
	snprintf(question, sizeof question, _("Strike the %s of %s at %s? y/n"),
		 att_kind_label(e->kind), e->person, hhmm);
	app_ask_guarded(app, question, app->board.events.person_id,
			done_strike, _("Nothing changed"));
}

static void done_retime(struct app *app)
{
	struct board_events *ev = &app->board.events;
	struct att_outcome out;
	struct nl_error err;
	nl_time at;
	char from[NL_HHMM_LEN], to[NL_HHMM_LEN], line[512];
	nl_error_clear(&err);
	if (meeting_time_read(&app->snap.meeting, NULL, app->prompt.text, &at,
			      &err) != NL_OK ||
	    attendance_retime(app->store, ev->pending, at, nl_now(), &out,
			      &err) != NL_OK) {
		app_error(app, &err);
		app_reload(app);
		return;
	}
	nl_format_hhmm(out.corrected_at, from);
	nl_format_hhmm(out.at, to);
	snprintf(line, sizeof line,
		 _("Moved event %lld (%s of %s) from %s to %s\n"),
		 (long long)ev->pending, att_kind_label(out.corrected_kind),
		 out.person.name, from, to);
	say(app, line);
	app_reload(app);
}

static void act_retime(struct app *app)
{
	const struct att_entry *e = chosen(app);
	char label[NL_NAME_SIZE + 128], hhmm[NL_HHMM_LEN];
	if (!e || refused(app))
		return;
	app->board.events.pending = e->id;
	nl_format_hhmm(e->at, hhmm);
	/* TRANSLATORS: "New time of the check-in of Ans Bakker at 19:25
	 * (HH:MM):". */
	snprintf(label, sizeof label, _("New time of the %s of %s at %s (HH:MM):"),
		 att_kind_label(e->kind), e->person, hhmm);
	app_prompt(app, label, "", app->board.events.person_id, done_retime);
}

static void clear_person(struct app *app, bool excuse)
{
	struct board_events *ev = &app->board.events;
	struct att_outcome out;
	struct nl_error err = {0};
	char line[1024];
	if (attendance_clear(app->store, app->meeting_id, ev->person_id,
			     excuse, nl_now(), &out, &err) != NL_OK) {
		app_error(app, &err);
		app_reload(app);
		return;
	}
	attendance_clear_describe(&out, app->meeting_id, excuse, line,
				  sizeof line);
	say(app, line);
	app->board.selected_person = ev->person_id;
	app_reload(app);
}

static void done_clear(struct app *app)
{
	clear_person(app, false);
}

static void done_clear_excuse(struct app *app)
{
	clear_person(app, true);
}

static void act_clear(struct app *app)
{
	struct board_events *ev = &app->board.events;
	char question[NL_NAME_SIZE + 128];
	if (!ev->open || refused(app))
		return;
	snprintf(question, sizeof question,
		 _("Clear all of %s's attendance at this meeting? y/n"),
		 ev->person);
	app_ask_guarded(app, question, ev->person_id, done_clear,
			_("Nothing changed"));
}

static void act_clear_excuse(struct app *app)
{
	struct board_events *ev = &app->board.events;
	if (!ev->open || refused(app))
		return;
	board_ask_clear_excuse(app, ev->person_id, ev->person);
}

/* x on the board (a present person checked in by mistake) and in the
 * panel: the same question and the same clear. */
void board_ask_clear_excuse(struct app *app, int64_t person_id,
			    const char *name)
{
	char question[NL_NAME_SIZE + 128];
	app->board.events.person_id = person_id;
	snprintf(question, sizeof question,
		 _("%s is checked in: clear that and mark them as excused? "
		   "y/n"), name);
	app_ask_guarded(app, question, person_id, done_clear_excuse,
			_("Nothing changed"));
}

static void act_back(struct app *app)
{
	board_events_close(app);
}

const struct key_binding board_events_keys[] = {
	{.keys = {'s'}, .label = "s",
	 .help = N_("strike the highlighted event (after asking)"),
	 .action = act_strike},
	{.keys = {'t'}, .label = "t",
	 .help = N_("give the highlighted event another time (HH:MM)"),
	 .action = act_retime},
	{.keys = {'c'}, .label = "c",
	 .help = N_("clear all of this person's events (after asking)"),
	 .action = act_clear},
	{.keys = {'x'}, .label = "x",
	 .help = N_("clear them and mark the person excused (after asking)"),
	 .action = act_clear_excuse},
	{.keys = {KEY_ESCAPE, 'e', 'b'}, .label = N_("Esc, e, b"),
	 .help = N_("back to the attendance list"), .action = act_back},
	{.more = board_empty_keys},
};

bool board_events_key(struct app *app, struct key key)
{
	struct board_events *ev = &app->board.events;
	if (list_handle_key(&ev->list, key))
		return true;
	/* A letter here may be part of a name typed without / (the e of
	 * "de" opened this, the b of "Huub" closes it): a Space or Enter
	 * right after it on the board changes nothing (while_typing). */
	if (!key.function && key.code > ' ' && key.code != 0x7F)
		board_typed_stray(app);
	if (keymap_dispatch(board_events_keys, app, key))
		return true;
	/* Any other key is no key here: it must not reach the board's. */
	return true;
}

/* "19:15  check-in   moved from 19:05". */
static void entry_state(const struct att_entry *e, char *out, size_t size)
{
	char from[NL_HHMM_LEN];
	if (e->state == ATT_ENTRY_VOID) {
		snprintf(out, size, "%s",
			 _("does not count (in and out within a minute)"));
	} else if (e->moved_by) {
		nl_format_hhmm(e->entered_at, from);
		snprintf(out, size, _("in force, moved from %s"), from);
	} else {
		out[0] = '\0';   /* in force, as recorded: nothing to say */
	}
}

const char *const board_events_hints[] = {
	/* TRANSLATORS: key hints under the attendance events of one
	 * person on the board. */
	N_("s strike"), N_("t new time"), N_("c clear all"),
	N_("x clear + excused"), N_("Esc back"), NULL,
};

void board_events_draw(struct app *app, int y, int x, int height, int width)
{
	struct board_events *ev = &app->board.events;
	char title[NL_NAME_SIZE + 64];
	for (int i = 0; i < height; i++)
		draw_fill(y + i, x, width, TONE_NORMAL);
	/* TRANSLATORS: the heading of one person's events on the board. */
	snprintf(title, sizeof title, _("Attendance events of %s"), ev->person);
	draw_text(y, x + 1, width - 2, title, TONE_GROUP, false);
	ev->list.height = height - 2;
	if (ev->list.height < 1)
		ev->list.height = 1;
	list_scroll_into_view(&ev->list);
	if (ev->n == 0) {
		draw_text(y + 2, x + 2, width - 4,
			  _("Nothing in force: Esc goes back"), TONE_DIM,
			  false);
		return;
	}
	int kind_w = 0;
	for (size_t i = 0; i < ev->n; i++) {
		int w = draw_text_width(att_kind_label(ev->rows[i].kind));
		kind_w = w > kind_w ? w : kind_w;
	}
	for (int i = 0; i < ev->list.height &&
			ev->list.top + i < (int)ev->n; i++) {
		int r = ev->list.top + i;
		const struct att_entry *e = &ev->rows[r];
		bool sel = r == ev->list.selected;
		char hhmm[NL_HHMM_LEN], state[256];
		enum tone tone = sel ? TONE_SELECTED : TONE_NORMAL;
		nl_format_hhmm(e->at, hhmm);
		entry_state(e, state, sizeof state);
		if (sel)
			draw_fill(y + 2 + i, x, width, TONE_SELECTED);
		draw_text(y + 2 + i, x + 2, 5, hhmm, tone, false);
		draw_text(y + 2 + i, x + 9, kind_w, att_kind_label(e->kind),
			  tone, true);
		draw_text(y + 2 + i, x + 11 + kind_w, width - 13 - kind_w,
			  state, sel ? tone : TONE_DIM, false);
	}
}

/*
 * view_record.c — what the agenda, action list and advice views share:
 * the title bar with the meeting and the clock, the line of views to
 * switch between, the message area (a long reason wraps over up to three
 * lines instead of being cut off), the key hint, and the keys that move
 * between views.
 */
#include <string.h>

#include "i18n.h"
#include "meetings.h"
#include "text.h"
#include "tui_internal.h"
#include "ui_date.h"
#include "text_show.h"

#define SHORT_TITLE_COLS 40

static const struct {
	enum view view;
	const char *label;  /* N_() */
} tabs[] = {
	{VIEW_BOARD, N_("b Board")},
	{VIEW_AGENDA, N_("g Agenda")},
	{VIEW_ACTIONS, N_("c Action list")},
	{VIEW_ADVICE, N_("v Advice")},
};

static const char *view_name(enum view view)
{
	switch (view) {
	case VIEW_AGENDA: return _("Agenda");
	case VIEW_ACTIONS: return _("Action list");
	default: return _("Advice register");
	}
}

/* " Agenda · Meeting 2 (open) · Sun 1 Mar 2026 19:00 · Raadzaal", as the
 * board says it: the place last, so a narrow screen cuts it first. */
void record_draw_frame(struct app *app, enum view view)
{
	char title[2048], what[NL_PLACE_SIZE + 128], when[UI_DATE_SIZE];
	char clock[NL_HHMM_LEN];
	if (app->have_snap) {
		const struct meeting *m = &app->snap.meeting;
		ui_date_time_format(m->date, m->start_minute, when, sizeof when);
		snprintf(what, sizeof what, _("Meeting %lld (%s) · %s"),
			 (long long)m->id, meeting_status_label(m->status), when);
		snprintf(title, sizeof title, " %s · %s%s%s", view_name(view),
			 what, m->location[0] ? " · " : "", m->location);
	} else {
		snprintf(title, sizeof title, " %s", view_name(view));
	}
	nl_format_hhmm(nl_now(), clock);
	draw_fill(0, 0, COLS, TONE_TITLE);
	/* As on the board: the clock in the last five columns. */
	draw_text(0, 0, COLS - 6, title, TONE_TITLE, false);
	draw_text(0, COLS - 5, 5, clock, TONE_TITLE, false);
	int x = 1;
	for (size_t i = 0; i < sizeof tabs / sizeof *tabs; i++) {
		const char *label = _(tabs[i].label);
		int w = text_display_width(label);
		if (x + w >= COLS)
			break;
		draw_text(1, x, w, label,
			  tabs[i].view == view ? TONE_SELECTED : TONE_DIM, false);
		x += w + 3;
	}
}

int record_bottom(const struct app *app)
{
	(void)app;
	return LINES - 3;
}

void record_draw_footer(struct app *app, const char *const *hints)
{
	if (app->level != MSG_NONE)
		draw_message(LINES - 2, app->message, message_tone(app->level));
	draw_hint(hints, LINES - 1);
}

void record_short_title(const char *title, char *out, size_t size)
{
	text_fit(title, SHORT_TITLE_COLS, false, out, size);
	if (strcmp(out, title) != 0 && strlen(out) + 4 < size)
		strcat(out, draw_utf8() ? "…" : "...");
}

int record_label_cols(const char *const *labels)
{
	int cols = 0;
	for (; *labels; labels++) {
		int w = text_display_width(*labels);
		cols = w > cols ? w : cols;
	}
	return cols;
}

/* Day 28 exists in every month, and a two-digit day is the widest. */
int record_date_cols(void)
{
	char day[UI_DATE_SIZE];
	int cols = 0;
	for (int m = 1; m <= 12; m++) {
		ui_date_short_format((struct nl_date){2026, m, 28}, day,
				     sizeof day);
		int w = text_display_width(day);
		cols = w > cols ? w : cols;
	}
	return cols;
}

bool record_form_date(struct form *form, int field, struct nl_date *date)
{
	const char *text = form_text(form, field);
	memset(date, 0, sizeof *date);
	if (!text[0] || nl_parse_date(text, date))
		return true;
	snprintf(form->error, sizeof form->error,
		 _("\"%s\" is not a date YYYY-MM-DD"), QUOTED(text));
	form->focus = field;
	return false;
}

void record_act_agenda(struct app *app)
{
	app_show_view(app, VIEW_AGENDA);
}

void record_act_actions(struct app *app)
{
	app_show_view(app, VIEW_ACTIONS);
}

void record_act_advice(struct app *app)
{
	app_show_view(app, VIEW_ADVICE);
}

void record_act_back(struct app *app)
{
	if (app->meeting_id)
		app_show_board(app, app->meeting_id);
	else
		app_show_meetings(app);
}

void record_act_help(struct app *app)
{
	app->help = true;
}

void record_act_quit(struct app *app)
{
	app->quit = true;
}

const char record_keys_heading[] =
	N_("In the agenda, the action list and the advice register:");

const struct key_binding record_keys[] = {
	{.keys = {'g'}, .label = "g c v",
	 .help = N_("agenda, action list, advice register"),
	 .action = record_act_agenda},
	{.keys = {'c'}, .action = record_act_actions},
	{.keys = {'v'}, .action = record_act_advice},
	{.keys = {'b', KEY_ESCAPE}, .label = N_("b/Esc"),
	 .help = N_("back to the board"), .action = record_act_back},
	{.keys = {'?'}, .label = "?", .help = N_("this help"),
	 .action = record_act_help},
	{.keys = {'q'}, .label = "q",
	 .help = N_("quit (everything is already saved)"),
	 .action = record_act_quit},
	{.keys = {0}},
};

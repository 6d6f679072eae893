/*
 * view_advice.c — the advice register (v): every advice the body gave,
 * by the day it was sent, with the municipality's answer.  An answer that
 * is overdue, or came late, stands out; the core judges which (advice
 * rules in record_rules.h), on today as `notulist advice list` does.
 * Rows hold advice ids; every key is one core call (advice.h).  The
 * register is the body's, not a meeting's: it works without a meeting.
 */
#include <stdlib.h>
#include <string.h>

#include "advice.h"
#include "i18n.h"
#include "record_rules.h"
#include "text.h"
#include "tui_internal.h"
#include "ui_date.h"

#define LIST_TOP (RECORD_TOP + 1)
#define DETAIL_ROWS 5

/* ---- data ------------------------------------------------------------------- */

static const struct advice *selected(struct app *app)
{
	struct advice_view *v = &app->advice;
	if (v->n == 0 || v->list.selected >= (int)v->n)
		return NULL;
	return &v->items[v->list.selected];
}

void advice_reload(struct app *app)
{
	struct advice_view *v = &app->advice;
	struct nl_error err;
	int keep = v->list.selected;
	nl_error_clear(&err);
	free(v->items);
	v->items = NULL;
	v->n = 0;
	if (advice_list(app->store, false, &v->items, &v->n, &err) != NL_OK)
		app_error(app, &err);
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i].id == v->selected_advice)
			keep = (int)i;
	v->list.selectable = NULL;
	list_set(&v->list, (int)v->n, v->list.height);
	list_select(&v->list, keep);
	const struct advice *a = selected(app);
	if (a)
		v->selected_advice = a->id;
}

/* ---- drawing ------------------------------------------------------------------ */

static struct nl_date today(void)
{
	return nl_time_date(nl_now());
}

static const char *alert(const struct advice *a, enum tone *tone)
{
	struct nl_date day = today();
	if (advice_overdue_on(a, day)) {
		*tone = TONE_BAD;
		return _("OVERDUE");
	}
	if (advice_answered_by(a, day) && advice_answered_late(a)) {
		*tone = TONE_WARN;
		return _("LATE");
	}
	*tone = advice_answered_by(a, day) ? TONE_GOOD : TONE_NORMAL;
	return advice_answered_by(a, day) ? _("answered") : _("waiting");
}

/* Column widths in the message language. */
struct advice_columns {
	int kind, date, state;
};

static struct advice_columns advice_columns(void)
{
	const char *const kinds[] = {
		advice_kind_label(ADVICE_SOLICITED),
		advice_kind_label(ADVICE_UNSOLICITED), NULL,
	};
	const char *const states[] = {
		_("OVERDUE"), _("LATE"), _("answered"), _("waiting"), NULL,
	};
	return (struct advice_columns){record_label_cols(kinds),
				       record_date_cols(),
				       record_label_cols(states)};
}

static void draw_advice_row(const struct advice *a, int y, bool is_sel,
			    struct advice_columns c)
{
	char id[24], due[UI_DATE_SIZE], answered[UI_DATE_SIZE] = "";
	enum tone tone;
	const char *state = alert(a, &tone);
	int x = 8;
	int subject_w = COLS - 2 - 5 - c.kind - 2 * c.date - c.state - 6;
	enum tone base = is_sel ? TONE_SELECTED : TONE_NORMAL;
	if (is_sel)
		draw_fill(y, 0, COLS, TONE_SELECTED);
	snprintf(id, sizeof id, "#%lld", (long long)a->id);
	ui_date_short_format(a->response_due, due, sizeof due);
	if (a->answered_on.year)
		ui_date_short_format(a->answered_on, answered, sizeof answered);
	draw_text(y, 2, 5, id, base, true);
	draw_text(y, x, c.kind, advice_kind_label(a->kind),
		  is_sel ? base : TONE_DIM, true);
	x += c.kind + 1;
	draw_text(y, x, c.date, due, base, true);
	x += c.date + 1;
	draw_text(y, x, c.date, answered, base, true);
	x += c.date + 1;
	/* OVERDUE and LATE keep their colour under the cursor. */
	draw_text(y, x, c.state, state,
		  tone == TONE_BAD || tone == TONE_WARN || !is_sel ? tone
								  : base,
		  true);
	x += c.state + 1;
	/* Subjects often start alike ("Brieven over …"): the end shows. */
	draw_text_middle(y, x, subject_w, a->subject, base);
}

/* "No answer yet: 7 days overdue", "Answered on …, 2 days late". */
static void verdict_line(const struct advice *a, char *out, size_t size,
			 enum tone *tone)
{
	struct nl_date day = today();
	char when[UI_DATE_SIZE];
	int late = advice_days_late(a, day);
	*tone = late > 0 ? (a->answered_on.year ? TONE_WARN : TONE_BAD)
			 : TONE_NORMAL;
	if (!advice_answered_by(a, day)) {
		long left = (long)(nl_days_from_civil(a->response_due) -
				   nl_days_from_civil(day));
		if (late > 0)
			snprintf(out, size,
				 ngettext("No answer yet: %d day overdue",
					  "No answer yet: %d days overdue",
					  (unsigned long)late), late);
		else if (left == 0)
			snprintf(out, size, "%s", _("No answer yet: due today"));
		else
			snprintf(out, size,
				 ngettext("No answer yet: due in %ld day",
					  "No answer yet: due in %ld days",
					  (unsigned long)left), left);
		return;
	}
	ui_date_format(a->answered_on, when, sizeof when);
	if (late > 0)
		snprintf(out, size,
			 ngettext("Answered on %s, %d day late",
				  "Answered on %s, %d days late",
				  (unsigned long)late), when, late);
	else
		snprintf(out, size, _("Answered on %s, in time"), when);
}

static void draw_detail(const struct advice *a, int top, int bottom)
{
	char line[1024], sent[UI_DATE_SIZE], due[UI_DATE_SIZE];
	char heading[NL_SUBJECT_SIZE + 32];
	char *text = malloc(NL_ANSWER_SIZE + 64);
	enum tone tone;
	int y = top + 1;
	/* The list may cut the subject: here it is whole (wrapped). */
	snprintf(heading, sizeof heading, "#%lld", (long long)a->id);
	draw_hline(top, 0, COLS, heading);
	y += draw_wrapped(y, 1, COLS - 2, 2, a->subject, TONE_GROUP);
	ui_date_format(a->sent_on, sent, sizeof sent);
	ui_date_format(a->response_due, due, sizeof due);
	snprintf(line, sizeof line,
		 a->kind == ADVICE_SOLICITED
			 ? _("Solicited advice, sent on %s; answer due %s")
			 : _("Unsolicited advice, sent on %s; answer due %s"),
		 sent, due);
	/* Two dates with their weekdays may not fit 80 columns in every
	 * language: the line wraps rather than losing the due date. */
	y += draw_wrapped(y, 1, COLS - 2, 2, line, TONE_DIM);
	verdict_line(a, line, sizeof line, &tone);
	y += draw_wrapped(y, 1, COLS - 2, 1, line, tone);
	if (text && a->answer[0] && y <= bottom) {
		snprintf(text, NL_ANSWER_SIZE + 64, _("Answer: %s"), a->answer);
		draw_wrapped(y, 1, COLS - 2, bottom - y + 1, text, TONE_NORMAL);
	}
	free(text);
}

static const char *const hints[] = {
	N_("a add"), N_("r answer"), N_("e edit"), N_("X remove"),
	N_("b board"), NULL,
};

void advice_draw(struct app *app)
{
	struct advice_view *v = &app->advice;
	char heading[128];
	int bottom = record_bottom(app);
	int detail_top = bottom - DETAIL_ROWS + 1;
	size_t waiting = 0, overdue = 0;
	struct advice_columns columns = advice_columns();
	for (size_t i = 0; i < v->n; i++) {
		waiting += !advice_answered_by(&v->items[i], today());
		overdue += advice_overdue_on(&v->items[i], today());
	}
	record_draw_frame(app, VIEW_ADVICE);
	snprintf(heading, sizeof heading,
		 _("%zu awaiting an answer, %zu overdue"), waiting, overdue);
	draw_hline(RECORD_TOP, 0, COLS, heading);
	v->list.height = detail_top - LIST_TOP;
	list_scroll_into_view(&v->list);
	if (v->n == 0)
		draw_text(LIST_TOP, 2, COLS - 4,
			  _("No advice registered yet: press a to add one"),
			  TONE_DIM, false);
	for (int i = 0; i < v->list.height && v->list.top + i < (int)v->n; i++) {
		int r = v->list.top + i;
		draw_advice_row(&v->items[r], LIST_TOP + i, r == v->list.selected,
				columns);
	}
	const struct advice *a = selected(app);
	if (a)
		draw_detail(a, detail_top, bottom);
	record_draw_footer(app, hints);
}

/* ---- the forms ------------------------------------------------------------------ */

enum advice_form { FIELD_KIND, FIELD_SUBJECT, FIELD_SENT, FIELD_DUE };
enum answer_form { FIELD_ON, FIELD_SUMMARY };

static void add_kind_field(struct form *f, enum advice_kind kind)
{
	struct form_field *field = form_add_choice(f, FIELD_KIND, N_("Kind"));
	form_add_option(field, advice_kind_label(ADVICE_SOLICITED),
			ADVICE_SOLICITED, kind == ADVICE_SOLICITED);
	form_add_option(field, advice_kind_label(ADVICE_UNSOLICITED),
			ADVICE_UNSOLICITED, kind == ADVICE_UNSOLICITED);
}

/* Kind, subject, sent on (empty: today), answer due (empty: the
 * setting's weeks after sending). */
static bool read_advice_form(struct form *f, struct advice_input *in)
{
	in->kind = (enum advice_kind)form_choice(f, FIELD_KIND);
	in->subject = form_text(f, FIELD_SUBJECT);
	in->meeting_id = 0; /* the form has no meeting: an edit keeps it */
	return record_form_date(f, FIELD_SENT, &in->sent_on) &&
	       record_form_date(f, FIELD_DUE, &in->response_due);
}

static void report_added(struct app *app, const struct advice *a,
			 const char *format)
{
	char due[UI_DATE_SIZE];
	ui_date_format(a->response_due, due, sizeof due);
	app_message(app, MSG_INFO, format, (long long)a->id,
		    advice_kind_label(a->kind), a->subject, due);
}

static void submit_add(struct app *app)
{
	struct form *f = &app->form;
	struct advice_input in;
	struct advice advice, *a = &advice;
	struct nl_error err;
	nl_error_clear(&err);
	if (!read_advice_form(f, &in))
		return;
	if (advice_add(app->store, &in, nl_now(), a, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app->advice.selected_advice = a->id;
	report_added(app, a, _("Added advice #%lld (%s): %s; answer due %s"));
	app_reload(app);
}

static void act_add(struct app *app)
{
	char today_text[NL_DATE_LEN];
	nl_format_date(today(), today_text);
	form_start(&app->form, _("Register an advice"), submit_add);
	add_kind_field(&app->form, ADVICE_SOLICITED);
	form_add_text(&app->form, FIELD_SUBJECT, N_("Subject"), "");
	form_add_text(&app->form, FIELD_SENT, N_("Sent on"), today_text);
	form_add_text(&app->form, FIELD_DUE, N_("Answer due (empty: default)"),
		      "");
}

static void submit_edit(struct app *app)
{
	struct form *f = &app->form;
	struct advice_input in;
	struct advice advice, *a = &advice;
	struct nl_error err;
	nl_error_clear(&err);
	if (!read_advice_form(f, &in))
		return;
	if (advice_edit(app->store, app->pending_id, &in, nl_now(), a, &err) !=
	    NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	report_added(app, a, _("Changed advice #%lld (%s): %s; answer due %s"));
	app_reload(app);
}

static void act_edit(struct app *app)
{
	const struct advice *a = selected(app);
	char sent[NL_DATE_LEN], due[NL_DATE_LEN];
	if (!a)
		return;
	nl_format_date(a->sent_on, sent);
	nl_format_date(a->response_due, due);
	app->pending_id = a->id;
	form_start(&app->form, _("Change the advice"), submit_edit);
	add_kind_field(&app->form, a->kind);
	form_add_text(&app->form, FIELD_SUBJECT, N_("Subject"), a->subject);
	form_add_text(&app->form, FIELD_SENT, N_("Sent on"), sent);
	form_add_text(&app->form, FIELD_DUE, N_("Answer due (empty: default)"),
		      due);
}

static void submit_answer(struct app *app)
{
	struct form *f = &app->form;
	struct nl_date on;
	struct advice advice, *a = &advice;
	struct nl_error err;
	char when[UI_DATE_SIZE];
	nl_error_clear(&err);
	if (!record_form_date(f, FIELD_ON, &on) ||
	    advice_get(app->store, app->pending_id, a, &err) != NL_OK) {
		if (err.message[0])
			snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	/* The form showed the recorded answer: saving it replaces it. */
	bool replace = a->answered_on.year != 0;
	if (advice_answer(app->store, a->id, on, form_text(f, FIELD_SUMMARY),
			  replace, nl_now(), a, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	ui_date_format(a->answered_on, when, sizeof when);
	int late = advice_days_late(a, a->answered_on);
	if (late > 0)
		app_message(app, MSG_WARN,
			    ngettext("Recorded the answer to advice #%lld, "
				     "received %s (%d day late)",
				     "Recorded the answer to advice #%lld, "
				     "received %s (%d days late)",
				     (unsigned long)late),
			    (long long)a->id, when, late);
	else
		app_message(app, MSG_GOOD,
			    _("Recorded the answer to advice #%lld, received %s "
			      "(in time)"), (long long)a->id, when);
	app_reload(app);
}

static void act_answer(struct app *app)
{
	const struct advice *a = selected(app);
	char on[NL_DATE_LEN], title[NL_SUBJECT_SIZE + 64], subject[256];
	if (!a)
		return;
	nl_format_date(a->answered_on.year ? a->answered_on : today(), on);
	record_short_title(a->subject, subject, sizeof subject);
	snprintf(title, sizeof title, _("The answer to advice #%lld: %s"),
		 (long long)a->id, subject);
	app->pending_id = a->id;
	form_start(&app->form, title, submit_answer);
	form_add_text(&app->form, FIELD_ON, N_("Received on"), on);
	form_add_text(&app->form, FIELD_SUMMARY, N_("Summary"), a->answer);
}

static void do_remove(struct app *app)
{
	struct advice advice, *a = &advice;
	struct nl_error err;
	nl_error_clear(&err);
	if (advice_get(app->store, app->pending_id, a, &err) != NL_OK ||
	    advice_remove(app->store, a->id, &err) != NL_OK)
		app_error(app, &err);
	else
		app_message(app, MSG_INFO, _("Removed advice #%lld: %s"),
			    (long long)a->id, a->subject);
	app_reload(app);
}

static void act_remove(struct app *app)
{
	const struct advice *a = selected(app);
	char question[256], subject[256];
	if (!a)
		return;
	record_short_title(a->subject, subject, sizeof subject);
	snprintf(question, sizeof question,
		 _("Remove advice #%lld \"%s\"? (y/n)"),
		 (long long)a->id, subject);
	app_ask(app, question, a->id, do_remove);
}

const struct key_binding advice_keys[] = {
	{.keys = {'a'}, .label = "a",
	 .help = N_("register an advice (kind, subject, sent on, answer due)"),
	 .action = act_add},
	{.keys = {'r', '\r', '\n', KEY_ENTER},
	 .function = {false, false, false, true}, .label = N_("r/Enter"),
	 .help = N_("record the answer (a recorded one is shown and replaced)"),
	 .action = act_answer},
	{.keys = {'e'}, .label = "e",
	 .help = N_("change kind, subject or dates"), .action = act_edit},
	{.keys = {'X', KEY_DC}, .function = {false, true}, .label = N_("X/Del"),
	 .help = N_("remove an advice entered by mistake (asks first)"),
	 .action = act_remove},
	{.more = record_keys, .help = record_keys_heading},
};

bool advice_handle_key(struct app *app, struct key key)
{
	if (list_handle_key(&app->advice.list, key)) {
		const struct advice *a = selected(app);
		if (a)
			app->advice.selected_advice = a->id;
		return true;
	}
	return keymap_dispatch(advice_keys, app, key);
}

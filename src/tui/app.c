/*
 * app.c — the terminal session: start-up checks, the one event loop, key
 * routing (help overlay → form → prompt → view), polling for changes made
 * by other processes, the warnings line, and handing the terminal to the
 * user's editor and back.
 *
 * Invariants: the screen never claims something the database does not
 * hold — every action commits through the core before the view reloads;
 * nothing in the loop exits on a database error, it is shown instead; no
 * transaction is open while the editor runs.
 */
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agenda.h"
#include "editor.h"
#include "i18n.h"
#include "meetings.h"
#include "store.h"
#include "text.h"
#include "tui.h"
#include "tui_internal.h"
#include "text_show.h"

/* How often the loop wakes without a key or a change to the database
 * (watch.c): the clock moves, and where inotify is missing other
 * processes' changes show within WATCH_POLL_MS instead. */
#define TICK_MS 500

/* What each view does; the loop, the help overlay and reloads go through
 * this table, so a new view is one row. */
struct view_ops {
	void (*draw)(struct app *app);
	bool (*handle_key)(struct app *app, struct key key);
	void (*reload)(struct app *app);    /* its own data; NULL: none */
	const struct key_binding *keys;
};

static const struct view_ops views[VIEW_COUNT] = {
	[VIEW_BOARD] = {board_draw, board_handle_key, NULL, board_keys},
	[VIEW_MEETINGS] = {meetings_draw, meetings_handle_key, meetings_reload,
			   meetings_keys},
	[VIEW_WARNINGS] = {warnings_draw, warnings_handle_key, NULL,
			   warnings_keys},
	[VIEW_AGENDA] = {agenda_draw, agenda_handle_key, agenda_reload,
			 agenda_keys},
	[VIEW_ACTIONS] = {actions_draw, actions_handle_key, actions_reload,
			  actions_keys},
	[VIEW_ADVICE] = {advice_draw, advice_handle_key, advice_reload,
			 advice_keys},
};

const struct key_binding *app_view_keys(const struct app *app)
{
	if (app->view == VIEW_BOARD && !app->have_snap)
		return board_empty_keys;
	if (app->view == VIEW_BOARD && board_events_active(app))
		return board_events_keys;
	return views[app->view].keys;
}

void app_message(struct app *app, enum message_level level, const char *fmt,
		 ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->level = level;
	app->message_fresh = true;
	app->message_since = time(NULL);
}

/* Confirmations fade after a while so the standing warnings show again;
 * problems stay longer. */
static void expire_message(struct app *app)
{
	time_t age = time(NULL) - app->message_since;
	time_t limit = app->level >= MSG_WARN ? 60 : 15;
	if (app->level != MSG_NONE && age > limit)
		app->level = MSG_NONE;
}

/* "Undone: … — quorum met again (12/12)": a good change is added to the
 * action that caused it rather than hiding it. */
static void append_message(struct app *app, const char *text)
{
	size_t used = strlen(app->message);
	snprintf(app->message + used, sizeof app->message - used, " — %s",
		 text);
}

void app_error(struct app *app, const struct nl_error *err)
{
	app_message(app, MSG_ERROR, "%s", err->message);
}

static void announce_quorum_change(struct app *app,
				   const struct quorum_state *before)
{
	const struct meeting_snapshot *s = &app->snap;
	char hhmm[NL_HHMM_LEN];
	if (before->met && !s->quorum.met) {
		const struct quorum_lapse *lapse = snapshot_current_lapse(s);
		nl_format_hhmm(lapse ? lapse->lost_at : s->moment, hhmm);
		app_message(app, MSG_ERROR, _("Quorum lost at %s (%d/%d)"), hhmm,
			    s->quorum.present, s->quorum.minimum);
		if (s->settings.bell)
			beep();
	} else if (!before->met && s->quorum.met) {
		bool restored = s->timeline.n_lapses > 0;
		nl_time at = restored
			? s->timeline.lapses[s->timeline.n_lapses - 1].restored_at
			: s->timeline.first_met;
		char text[128];
		nl_format_hhmm(at ? at : s->moment, hhmm);
		snprintf(text, sizeof text,
			 restored ? _("Quorum restored at %s (%d/%d)")
				  : _("Quorum reached at %s (%d/%d)"),
			 hhmm, s->quorum.present, s->quorum.minimum);
		if (app->message_fresh && app->level == MSG_INFO) {
			append_message(app, text);
			app->level = MSG_GOOD;
		} else {
			app_message(app, MSG_GOOD, "%s", text);
		}
	}
}

/* The board's "Now:" line.  A failure only hides the line: the warnings
 * line keeps what matters more. */
static void load_current_item(struct app *app)
{
	struct nl_error err;
	struct agenda_item item;
	bool found = false;
	nl_error_clear(&err);
	app->have_current = false;
	if (app->snap.meeting.status != MEETING_OPEN)
		return;
	if (agenda_find_current(app->store, app->meeting_id, &item, &found,
				&err) == NL_OK && found) {
		app->have_current = true;
		app->current_position = item.position;
		snprintf(app->current_title, sizeof app->current_title, "%s",
			 item.title);
	}
}

void app_reload(struct app *app)
{
	struct nl_error err;
	struct meeting_snapshot fresh;
	struct quorum_state before = app->snap.quorum;
	bool had = app->have_snap, told = app->quorum_told;
	app->quorum_told = false;
	nl_error_clear(&err);
	store_data_version(app->store, &app->data_version, &err);
	if (views[app->view].reload)
		views[app->view].reload(app);
	if (!app->meeting_id)
		return;
	if (snapshot_load(app->store, app->meeting_id, nl_now(), &fresh,
			  &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	if (app->have_snap)
		snapshot_free(&app->snap);
	app->snap = fresh;
	app->have_snap = true;
	board_rebuild(app);
	load_current_item(app);
	if (had && !told)
		announce_quorum_change(app, &before);
}

/* A message belongs to the view it was said in: a new view starts
 * without it, unless the action that opened it has just said something
 * ("Meeting 3 is open"). */
void app_forget_message(struct app *app)
{
	if (!app->message_fresh)
		app->level = MSG_NONE;
}

void app_show_board(struct app *app, int64_t meeting_id)
{
	app_forget_message(app);
	if (app->have_snap && app->meeting_id != meeting_id) {
		snapshot_free(&app->snap);
		app->have_snap = false;
		app->board.selected_person = 0;
		board_events_close(app);   /* they were of the other meeting */
	}
	app->meeting_id = meeting_id;
	app->view = VIEW_BOARD;
	app_reload(app);
}

void app_show_meetings(struct app *app)
{
	app_forget_message(app);
	app->view = VIEW_MEETINGS;
	meetings_reload(app);
}

void app_show_view(struct app *app, enum view view)
{
	app_forget_message(app);
	app->view = view;
	if (views[view].reload)
		views[view].reload(app);
}

/* calcurse's way: leave curses mode so the editor owns the terminal,
 * then restore the saved modes and repaint everything, since the editor
 * drew over the screen. */
enum nl_status app_edit_text(const char *initial, char **edited,
			     struct nl_error *err)
{
	def_prog_mode();
	endwin();
	enum nl_status status = editor_edit(initial, edited, err);
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	return status;
}

void app_ask(struct app *app, const char *question, int64_t id,
	     void (*yes)(struct app *app))
{
	app->prompt_purpose = PROMPT_CALLBACK;
	app->prompt_done = yes;
	app->pending_id = id;
	app->prompt_cancelled[0] = '\0';
	prompt_ask(&app->prompt, question);
}

void app_prompt(struct app *app, const char *label, const char *initial,
		int64_t id, void (*done)(struct app *app))
{
	app->prompt_purpose = PROMPT_CALLBACK;
	app->prompt_done = done;
	app->pending_id = id;
	prompt_start(&app->prompt, label, initial, false);
}

void app_ask_guarded(struct app *app, const char *question, int64_t id,
		     void (*yes)(struct app *app), const char *cancelled)
{
	app_ask(app, question, id, yes);
	prompt_ask_guarded(&app->prompt, question);
	snprintf(app->prompt_cancelled, sizeof app->prompt_cancelled, "%s",
		 cancelled);
}

static void callback_prompt_key(struct app *app, struct key key)
{
	enum prompt_result result = prompt_handle_key(&app->prompt, key);
	void (*done)(struct app *app) = app->prompt_done;
	if (app->prompt.active)
		return;
	app->prompt_purpose = PROMPT_NONE;
	app->prompt_done = NULL;
	if (result == PROMPT_DONE && done) {
		done(app);
	} else if (result == PROMPT_CANCELLED && app->prompt.guarded) {
		if (app->prompt.too_soon)
			app_message(app, MSG_INFO, _("%s: the key came before "
						     "the question could be "
						     "read"),
				    app->prompt_cancelled);
		else
			app_message(app, MSG_INFO, "%s", app->prompt_cancelled);
		if (app->prompt.too_soon)
			board_typed_stray(app);
	}
}

/* Another process (the CLI in a second terminal) committed something:
 * PRAGMA data_version moves, and the board follows within a tick. */
static void poll_changes(struct app *app)
{
	struct nl_error err = {0};
	int64_t version = 0;
	nl_time now = nl_now();
	bool minute_passed = now / 60 != app->last_tick / 60;
	app->last_tick = now;
	if (!app->warnings.loaded) /* after the first frame, not before it */
		warnings_refresh(app);
	if (store_data_version(app->store, &version, &err) != NL_OK)
		return;
	if (version != app->data_version || minute_passed)
		app_reload(app);
}

/* Splits text at spaces into lines of at most width columns (a word
 * longer than that gets a line of its own and is cut when drawn);
 * returns how many lines, at most max. */
static int wrap_lines(const char *text, int width, char lines[][128], int max)
{
	int n = 0;
	const char *p = text;
	while (*p && n < max) {
		char line[128] = "";
		while (*p == ' ')
			p++;
		while (*p) {
			const char *end = strchr(p, ' ');
			size_t len = end ? (size_t)(end - p) : strlen(p);
			char candidate[128];
			snprintf(candidate, sizeof candidate, "%s%s%.*s", line,
				 *line ? " " : "", (int)len, p);
			if (*line && text_display_width(candidate) > width)
				break;
			snprintf(line, sizeof line, "%s", candidate);
			p += len;
			while (*p == ' ')
				p++;
		}
		if (!*line)
			break;
		snprintf(lines[n++], 128, "%s", line);
	}
	return n;
}

/* The note wraps, so that even a 20x5 window says what size it needs
 * rather than showing a cut-off "terminal too sm". */
static void draw_too_small(void)
{
	char note[128], lines[8][128];
	erase();
	snprintf(note, sizeof note, _("terminal too small (need %d×%d)"),
		 TUI_MIN_COLS, TUI_MIN_LINES);
	int n = wrap_lines(note, COLS, lines, 7);
	snprintf(lines[n++], 128, "%s", _("q quits"));
	int y = LINES > n ? (LINES - n) / 2 : 0;
	for (int i = 0; i < n && y + i < LINES; i++) {
		int width = text_display_width(lines[i]);
		int x = COLS > width ? (COLS - width) / 2 : 0;
		draw_text(y + i, x, COLS - x, lines[i],
			  i == n - 1 ? TONE_DIM : TONE_BAD, false);
	}
}

static void draw_screen(struct app *app)
{
	expire_message(app);
	app->message_fresh = false;
	curs_set(0);
	if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES) {
		draw_too_small();
		refresh();
		return;
	}
	erase();
	views[app->view].draw(app);
	if (app->help)
		help_draw(app);
	else if (app->form.active)
		form_draw(&app->form);
	else if (app->prompt.active)
		prompt_draw(&app->prompt, LINES - 1, COLS);
	refresh();
}

static bool read_key(struct key *key)
{
	wint_t c;
	int rc = get_wch(&c);
	if (rc == ERR)
		return false;
	key->function = rc == KEY_CODE_YES;
	key->code = c;
	return true;
}

static void handle_form_key(struct app *app, struct key key)
{
	int before = app->form.focus;
	enum form_result result = form_handle_key(&app->form, key);
	if (result == FORM_SUBMIT && app->form.submit)
		app->form.submit(app);
	else if (result == FORM_EDITING && app->form.active &&
		 app->form.focus != before && app->form.left)
		app->form.left(app, before);
}

static void handle_key(struct app *app, struct key key)
{
	if (key.function && key.code == KEY_RESIZE)
		return;
	if (!key.function && key.code == KEY_CTRL('l')) {
		clearok(curscr, TRUE);
		return;
	}
	if (COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES) {
		if (!key.function && key.code == 'q')
			app->quit = true;
		return;
	}
	/* Ctrl-C (raw mode: a key, not a signal) is Esc in a form or a
	 * prompt, and quits where q would. */
	bool ctrl_c = !key.function && key.code == KEY_CTRL('c');
	if (ctrl_c && !app->help && (app->form.active || app->prompt.active))
		key.code = KEY_ESCAPE;
	else if (ctrl_c && !app->help) {
		app->quit = true;
		return;
	}
	if (app->help) {
		if (!help_handle_key(app, key)) {
			app->help = false;
			app->help_top = 0;
		}
		return;
	}
	if (app->form.active) {
		handle_form_key(app, key);
		return;
	}
	if (app->prompt.active) {
		if (app->prompt_purpose == PROMPT_CALLBACK)
			callback_prompt_key(app, key);
		else
			board_prompt_key(app, key);
		return;
	}
	views[app->view].handle_key(app, key);
}

static void open_first_view(struct app *app)
{
	struct nl_error err;
	struct meeting open;
	bool found = false;
	nl_error_clear(&err);
	if (meeting_find_open(app->store, &open, &found, &err) != NL_OK)
		app_error(app, &err);
	if (found)
		app_show_board(app, open.id);
	else
		app_show_meetings(app);
}

static bool terminal_usable(void)
{
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "notulist: %s\n",
			_("the board needs a terminal; for scripts use the "
			  "commands (notulist --help)"));
		return false;
	}
	if (!term || !*term || strcmp(term, "dumb") == 0) {
		fprintf(stderr, "notulist: %s\n",
			_("the board needs a terminal that can move the cursor "
			  "(TERM is unset or dumb); use the commands "
			  "(notulist --help)"));
		return false;
	}
	return true;
}

static SCREEN *start_screen(struct app *app)
{
	SCREEN *screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		fprintf(stderr, _("notulist: cannot use terminal type \"%s\"\n"),
			QUOTED(getenv("TERM") ? getenv("TERM") : ""));
		return NULL;
	}
	set_term(screen);
	/* raw, not cbreak: Ctrl-C is a key (it cancels a form or quits),
	 * never a signal that ends the board in the middle of a form. */
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	timeout(TICK_MS);
	const char *no_colour = getenv("NO_COLOR");
	app->colour = has_colors() && !(no_colour && *no_colour);
	if (app->colour)
		start_color();
	draw_init(app->colour, strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	return screen;
}

static void free_app(struct app *app)
{
	if (app->have_snap)
		snapshot_free(&app->snap);
	free(app->board.rows);
	free(app->board.candidates);
	free(app->board.events.rows);
	free(app->meetings.meetings);
	free(app->form_municipalities);
	free(app->agenda.items);
	free(app->actions.items);
	free(app->actions.rows);
	free(app->advice.items);
	warning_list_free(&app->warnings.list);
	free(app);
}

int tui_run(struct store *store)
{
	SCREEN *screen;
	/* On the heap: the text inputs make it too big for a thread's
	 * stack to hold comfortably. */
	struct app *app = calloc(1, sizeof *app);
	if (!app) {
		fprintf(stderr, "notulist: %s\n", _("out of memory"));
		return 1;
	}
	app->store = store;
	store_quiet_path(store);
	if (!terminal_usable() || !(screen = start_screen(app))) {
		free(app);
		return 1;
	}
	app->last_tick = nl_now();
	open_first_view(app);
	struct watch watch;
	watch_start(&watch, store_path(store));
	/* Keys first (ncurses may hold several already read), then wait for
	 * the next key, a change to the database, or the tick. */
	timeout(0);
	while (!app->quit) {
		struct key key;
		draw_screen(app);
		if (read_key(&key)) {
			handle_key(app, key);
			continue;
		}
		enum watch_wake wake = watch_wait(&watch, TICK_MS);
		if (wake == WAKE_CHANGE || wake == WAKE_TIMEOUT)
			poll_changes(app);
		else if (wake == WAKE_HANGUP)
			app->quit = true;   /* everything is already saved */
	}
	watch_stop(&watch);
	endwin();
	delscreen(screen);
	free_app(app);
	return 0;
}

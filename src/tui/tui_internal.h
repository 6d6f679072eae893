/*
 * tui_internal.h — what the files of src/tui share: the application state,
 * the key tables, and the widgets.  Views keep row ids, never pointers into
 * the snapshot, because every reload replaces the snapshot.
 */
#ifndef NOTULIST_TUI_INTERNAL_H
#define NOTULIST_TUI_INTERNAL_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "continuity.h"
#include "model.h"
#include "nl_error.h"
#include "record_model.h"
#include "snapshot.h"

#define TUI_MIN_COLS 80
#define TUI_MIN_LINES 24
#define KEY_CTRL(c) ((c) & 0x1f)
#define KEY_ESCAPE 27

/* Text inputs hold a whole decision or answer summary (2000 characters),
 * so what is typed or prefilled is never cut off. */
#define TEXT_INPUT_SIZE NL_DECISION_SIZE
_Static_assert(NL_ANSWER_SIZE <= TEXT_INPUT_SIZE, "an answer fits an input");

struct store;
struct app;

/* ---- input --------------------------------------------------------------- */

/* One key press: a function key (KEY_UP…) or a character. */
struct key {
	bool function;
	wint_t code;
};

/* ---- key tables: keys to named actions ----------------------------------- */

typedef void (*action_fn)(struct app *app);

#define KEYS_PER_BINDING 4

struct key_binding {
	wint_t keys[KEYS_PER_BINDING]; /* characters or KEY_* codes; 0 ends */
	bool function[KEYS_PER_BINDING]; /* whether keys[i] is a KEY_* code */
	/* "Space/Enter" as shown in help; NULL: another key of a line the
	 * previous binding already shows (K/J share "move up/down"). */
	const char *label;
	const char *help;       /* N_() */
	action_fn action;
	/* An entry without an action that names another table continues
	 * with it, and its help (if any) is the heading the help overlay
	 * puts above that group: the keys the three record views share are
	 * one table (record_keys), linked from the end of each view's.  An
	 * entry with neither ends the table. */
	const struct key_binding *more;
};

/* Runs the binding for the key; false when the table has none. */
bool keymap_dispatch(const struct key_binding *table, struct app *app,
		     struct key key);
/* The bindings of a table in order, links followed: the first, and the
 * one after b; NULL at the end. */
const struct key_binding *keymap_first(const struct key_binding *table);
const struct key_binding *keymap_next(const struct key_binding *b);
/* How the documentation names a key: "a", "Space", "Enter", "Esc", "Del",
 * "Shift-Up".  Not translated: the man page and README use these. */
void keymap_key_name(wint_t code, bool function, char *buf, size_t size);
/* Every view's own table by name (links not followed: "record" is the
 * table the three record views share), for tools/keytables.c, which
 * the documentation check runs; ends with {NULL, NULL}. */
struct named_keys {
	const char *name;
	const struct key_binding *table;
};
extern const struct named_keys keymap_tables[];

/* ---- widgets ------------------------------------------------------------- */

/* A scrollable list of rows (htop's Panel): the view draws rows, the widget
 * owns the cursor and the scroll position. */
struct list_widget {
	int count;
	int selected;
	int top;
	int height;
	bool (*selectable)(const void *ctx, int row);
	const void *ctx;
};

void list_set(struct list_widget *list, int count, int height);
bool list_handle_key(struct list_widget *list, struct key key);
void list_select(struct list_widget *list, int row);
void list_scroll_into_view(struct list_widget *list);

/* A one-line text input (search, a time, a decision) or a yes/no
 * question. */
struct prompt {
	bool active;
	bool yes_no;      /* y (or the Dutch j) answers yes; n or Esc no */
	/* A question that changes the attendance record (u, x, a check-out):
	 * a key arriving within GUARD_MS of it cancels it, since it was
	 * typed before the question could be read (a name typed without /:
	 * "Buys" must not answer "Undo …?" with its y), and after that any
	 * key but y/j cancels too. */
	bool guarded;
	int64_t asked_ms;  /* tui_clock_ms() when it was asked */
	bool too_soon;     /* it was cancelled by a key within GUARD_MS */
	char label[256];
	char text[TEXT_INPUT_SIZE];   /* UTF-8 */
	bool incremental; /* tell the owner after every change */
};

enum prompt_result { PROMPT_EDITING, PROMPT_CHANGED, PROMPT_DONE,
		     PROMPT_CANCELLED };
void prompt_start(struct prompt *prompt, const char *label,
		  const char *initial, bool incremental);
/* A question: PROMPT_DONE means yes, PROMPT_CANCELLED no. */
void prompt_ask(struct prompt *prompt, const char *question);
#define GUARD_MS 400
void prompt_ask_guarded(struct prompt *prompt, const char *question);
/* A monotonic clock in milliseconds. */
int64_t tui_clock_ms(void);
enum prompt_result prompt_handle_key(struct prompt *prompt, struct key key);
void prompt_draw(const struct prompt *prompt, int y, int width);

/* A small form in a box: text fields and choice fields.  Fields are
 * named: each form has an enum of its fields (0, 1, …), adds them in that
 * order (asserted) and reads them by name.  A choice carries a value per
 * option (an id, a position, an enumeration), never read back from its
 * label. */
#define FORM_MAX_FIELDS 6
#define FORM_MAX_CHOICES (AGENDA_MAX_ITEMS + 1) /* "none" and every item */
/* The widest a choice's text is made ("Kees de Graaf (Capelle aan den
 * IJssel)"); a longer one ends in "…".  The form grows to hold it. */
#define CHOICE_COLS 44

struct form_field {
	const char *label;  /* N_() */
	bool is_choice;
	char text[TEXT_INPUT_SIZE];   /* same size as struct prompt's text */
	const char *choices[FORM_MAX_CHOICES];
	int64_t values[FORM_MAX_CHOICES];
	int n_choices;
	int choice;
	/* Shown only while choice field `if_field` has the value `if_value`
	 * (a guest's organisation, a member's municipality); a field that is
	 * not shown is skipped by Enter and Tab and never read. */
	bool conditional;
	int if_field;
	int64_t if_value;
};

struct form {
	bool active;
	char title[256];
	struct form_field fields[FORM_MAX_FIELDS];
	int n_fields;
	int focus;
	char error[768];  /* as struct nl_error */
	void (*submit)(struct app *app);
	/* Called when the focus leaves a field (NULL: nothing to do). */
	void (*left)(struct app *app, int field);
};

enum form_result { FORM_EDITING, FORM_SUBMIT, FORM_CANCELLED };
void form_start(struct form *form, const char *title,
		void (*submit)(struct app *app));
/* Adds field number `id` (the next one). */
struct form_field *form_add_text(struct form *form, int id, const char *label,
				 const char *initial);
struct form_field *form_add_choice(struct form *form, int id,
				   const char *label);
/* Adds an option to a choice; `selected` makes it the one chosen. */
void form_add_option(struct form_field *field, const char *label,
		     int64_t value, bool selected);
/* The field is shown only while choice field `field` has `value`. */
void form_show_if(struct form_field *f, int field, int64_t value);
/* Puts the focus on the last field shown, where Enter submits. */
void form_focus_last(struct form *form);
bool form_shown(const struct form *form, int id);
const char *form_text(const struct form *form, int id);
int64_t form_choice(const struct form *form, int id);
enum form_result form_handle_key(struct form *form, struct key key);
void form_draw(const struct form *form);

/* ---- drawing helpers ----------------------------------------------------- */

enum tone {
	TONE_NORMAL,
	TONE_TITLE,     /* header bar */
	TONE_GOOD,      /* quorum met, present */
	TONE_BAD,       /* quorum not met, errors */
	TONE_WARN,      /* balance warnings, excused */
	TONE_DIM,       /* left, hints */
	TONE_SELECTED,
	TONE_GROUP,
	TONE_COUNT
};

void draw_init(bool colour, bool utf8);
attr_t tone_attr(enum tone tone);
/* The columns draw_text gives text. */
int draw_text_width(const char *text);
/* Writes text at (y, x), fitted to `width` columns (padded when pad),
 * control and bidi characters shown as escapes and emoji joined by U+200D
 * drawn apart, so curses and the terminal agree on every column. */
void draw_text(int y, int x, int width, const char *text, enum tone tone,
	       bool pad);
/* draw_text (padded) that, when text is too wide, keeps its start and
 * its end around a "…": two titles that start alike stay apart. */
void draw_text_middle(int y, int x, int width, const char *text,
		      enum tone tone);
/* text cut to width columns, ending in "…" when it had to be cut. */
void draw_shorten(const char *text, int width, char *out, size_t size);
void draw_fill(int y, int x, int width, enum tone tone);
/* A bar of `width` cells: `value` cells solid, a mark at `mark`. */
void draw_bar(int y, int x, int width, double value, double mark, double scale,
	      enum tone tone);
void draw_hline(int y, int x, int width, const char *title);
/* Lines text takes when word-wrapped to width (newlines kept), at most
 * max_lines. */
int draw_wrap_count(const char *text, int width, int max_lines);
/* The first line of text wrapped at width columns: its length in bytes;
 * *next is where the next line starts (past the blanks between). */
size_t draw_wrap_piece(const char *text, int width, const char **next);
/* Draws text word-wrapped over at most max_lines lines from (y, x); the
 * last line ends in … when text remains.  Returns the lines used. */
int draw_wrapped(int y, int x, int width, int max_lines, const char *text,
		 enum tone tone);
/* The message area of the board and the record views: text wrapped
 * over up to MESSAGE_LINES lines that end at line `bottom`, growing
 * upwards over what is drawn there, so a long reason is never cut off.
 * Returns the lines used (0 for an empty text). */
#define MESSAGE_LINES 3
int draw_message(int bottom, const char *text, enum tone tone);
/* An input field: when text is wider than the field its end stays in
 * view, after a mark.  Returns the column just after the text. */
int draw_input(int y, int x, int width, const char *text, enum tone tone);
/* The bottom key hint: as many items (N_()) as fit, then help and quit. */
void draw_hint(const char *const *items, int y);
bool draw_utf8(void);

/* ---- live updates (watch.c) ---------------------------------------------- */

/* Without inotify, the loop looks for other processes' changes this
 * often. */
#define WATCH_POLL_MS 50

struct watch {
	int fd;             /* inotify, or -1: poll */
	char name[256];     /* the database file's name in its directory */
};

enum watch_wake { WAKE_KEY, WAKE_CHANGE, WAKE_NOTHING, WAKE_TIMEOUT,
		  WAKE_HANGUP };
void watch_start(struct watch *w, const char *db_path);
void watch_stop(struct watch *w);
/* Waits up to timeout_ms for a key on stdin or a change to the database
 * file or its -wal (WAKE_CHANGE); WAKE_NOTHING: an event about another
 * file; WAKE_HANGUP: the terminal is gone. */
enum watch_wake watch_wait(struct watch *w, int timeout_ms);

/* ---- the application ----------------------------------------------------- */

enum view { VIEW_BOARD, VIEW_MEETINGS, VIEW_WARNINGS, VIEW_AGENDA,
	    VIEW_ACTIONS, VIEW_ADVICE, VIEW_COUNT };

enum message_level { MSG_NONE, MSG_INFO, MSG_GOOD, MSG_WARN, MSG_ERROR };
/* The tone a message of that level is drawn in (draw.c). */
enum tone message_tone(enum message_level level);

struct board_row {
	bool group;          /* a heading row, not a person */
	bool guest;          /* a one-time guest's row (text in heading) */
	int64_t person_id;
	size_t person;       /* index into snapshot.people (group: first) */
	char heading[160];
};

/* One person's attendance events at the meeting (e, board_events.c). */
struct board_events {
	bool open;
	int64_t person_id;
	char person[NL_NAME_SIZE];
	struct att_entry *rows;    /* in force, by time */
	size_t n;
	struct list_widget list;
	int64_t pending;           /* the event a question or prompt is about */
};

struct board {
	struct board_row *rows;
	int n_rows;
	int rows_capacity;         /* a heading and a person per person, at most */
	struct list_widget list;
	int64_t selected_person;   /* survives reloads */
	int before_search;         /* cursor to restore on Esc */
	/* The search's candidates (person ids, best first: text_search_order)
	 * and the one Enter acts on; recomputed on every change and reload. */
	int64_t *candidates;
	int n_candidates;
	int chosen;
	int candidates_top;        /* first one shown */
	/* When a letter that is no key on the board was typed: a Space or
	 * Enter right after it is part of a name typed without /, and
	 * changes nothing. */
	int64_t stray_ms;
	struct att_outcome undo_preview;   /* what u asked about */
	struct board_events events;
};

struct meeting_list {
	struct meeting *meetings;
	size_t n;
	struct list_widget list;
	int64_t selected_meeting;
	bool database_empty;
};

struct warnings_view {
	struct warning_list list;
	bool loaded;               /* computed at least once */
	int year;
	struct list_widget cursor;
	enum view back_to;
};

/* The agenda of the board's meeting (g). */
struct agenda_view {
	struct agenda_item *items;   /* position order */
	size_t n;
	struct list_widget list;
	int64_t selected_item;       /* survives reloads and moves */
};

struct action_row {
	bool group;                  /* a heading, not an action */
	size_t action;               /* index into items */
	char heading[160];
};

/* The action list of the board's meeting (c): its own actions, then those
 * carried over, grouped by the meeting they came from. */
struct action_view {
	struct action_item *items;
	size_t n;
	struct action_row *rows;
	int n_rows;
	struct list_widget list;
	int64_t selected_action;
};

/* The advice register (v). */
struct advice_view {
	struct advice *items;        /* by sent date */
	size_t n;
	struct list_widget list;
	int64_t selected_advice;
};

struct app {
	struct store *store;
	enum view view;
	bool help;
	int help_top;                /* first line of the help shown */
	bool quit;
	bool colour;
	struct prompt prompt;
	enum { PROMPT_NONE, PROMPT_SEARCH, PROMPT_TIME, PROMPT_CALLBACK }
		prompt_purpose;
	enum att_kind pending_kind;  /* for PROMPT_TIME */
	void (*prompt_done)(struct app *app); /* PROMPT_CALLBACK: Enter, yes */
	char prompt_cancelled[256]; /* said when a guarded question is not
				     * answered yes */
	int64_t pending_id;          /* the row a question or form is about */
	struct form form;
	struct municipality *form_municipalities; /* choices of the open form */
	size_t n_form_municipalities;
	char form_labels[FORM_MAX_CHOICES][96];   /* other choices' texts */
	/* A walk-in between its forms: the name (also of the member the
	 * form offered to check in, pending_id) and a stand-in's
	 * municipality until their seat is chosen.  For the f form: 0 when
	 * pending_id is the member, -1 when it is the stand-in. */
	char walk_in_name[NL_NAME_SIZE];
	int64_t walk_in_municipality;
	int64_t meeting_id;          /* board's meeting; 0: none */
	struct meeting_snapshot snap;
	bool have_snap;
	int64_t data_version;
	nl_time last_tick;
	struct board board;
	struct meeting_list meetings;
	struct warnings_view warnings;
	struct agenda_view agenda;
	struct action_view actions;
	struct advice_view advice;
	/* The board's "Now:" line: the meeting's current agenda item. */
	bool have_current;
	int current_position;
	char current_title[NL_TITLE_SIZE];
	char message[1024];
	enum message_level level;
	bool message_fresh;          /* set by an action since the last draw */
	/* The action's own message already says the quorum as it is now
	 * (undo): the next reload does not announce the change again. */
	bool quorum_told;
	time_t message_since;        /* wall clock, for expiry */
};

/* Messages on the warnings line (printf-style). */
void app_message(struct app *app, enum message_level level, const char *fmt,
		 ...) __attribute__((format(printf, 3, 4)));
void app_error(struct app *app, const struct nl_error *err);

/* Re-reads the board's meeting; announces quorum changes seen since. */
void app_reload(struct app *app);
void app_show_board(struct app *app, int64_t meeting_id);
void app_show_meetings(struct app *app);
/* Drops the message of the view left behind (not one just said). */
void app_forget_message(struct app *app);
/* Shows one of the record views (agenda, actions, advice). */
void app_show_view(struct app *app, enum view view);
/* The key table of the view on screen (for the help overlay). */
const struct key_binding *app_view_keys(const struct app *app);
/* Runs the user's editor on initial with the screen suspended, and
 * restores the screen; false (with err) when nothing came back. */
enum nl_status app_edit_text(const char *initial, char **edited,
			     struct nl_error *err);
/* A yes/no question or a text prompt whose answer goes to done(app);
 * app->pending_id holds id meanwhile. */
void app_ask(struct app *app, const char *question, int64_t id,
	     void (*yes)(struct app *app));
/* A guarded question (struct prompt) about the attendance record; a
 * cancelled one says `cancelled` ("Nothing undone"). */
void app_ask_guarded(struct app *app, const char *question, int64_t id,
		     void (*yes)(struct app *app), const char *cancelled);
void app_prompt(struct app *app, const char *label, const char *initial,
		int64_t id, void (*done)(struct app *app));

/* Views. */
void board_draw(struct app *app);
bool board_handle_key(struct app *app, struct key key);
void board_rebuild(struct app *app);
void board_prompt_key(struct app *app, struct key key);
/* The search (board_search.c). */
bool board_search_active(const struct app *app);
void board_search_start(struct app *app);
void board_search_refresh(struct app *app, bool keep_choice);
void board_search_key(struct app *app, struct key key);
void board_search_draw(struct app *app, int y, int x, int height, int width);
/* One person's events (board_events.c): e opens them in place of the
 * list; while open they take the keys. */
bool board_events_active(const struct app *app);
void board_events_open(struct app *app, int64_t person_id, const char *name);
void board_events_reload(struct app *app);
void board_events_close(struct app *app);
bool board_events_key(struct app *app, struct key key);
void board_events_draw(struct app *app, int y, int x, int height, int width);
extern const char *const board_events_hints[];
/* "Henk Jansen is checked in: clear that and mark them as excused?" */
void board_ask_clear_excuse(struct app *app, int64_t person_id,
			    const char *name);
/* Enter on a person: checks them in, or asks before checking them out. */
void board_enter_person(struct app *app, int64_t person_id);
/* "present since 19:15" (at a closed meeting "until 21:40") and its
 * tone. */
void board_state_text(const struct meeting_snapshot *s,
		      const struct attendee *a, char *out, size_t size,
		      enum tone *tone);
/* The meeting is closed (its board shows the state at the close). */
bool board_closed(const struct meeting_snapshot *s);
/* A key that was typing, not a command (a letter the board does not
 * know, or one that came too soon to answer a question). */
void board_typed_stray(struct app *app);
extern const struct key_binding board_keys[];
/* The board without a meeting to show: only the ways out (board_keys
 * ends with a link to it). */
extern const struct key_binding board_empty_keys[];
/* One person's events (e): ends with a link to board_empty_keys. */
extern const struct key_binding board_events_keys[];

void meetings_draw(struct app *app);
bool meetings_handle_key(struct app *app, struct key key);
void meetings_reload(struct app *app);
extern const struct key_binding meetings_keys[];

void help_draw(struct app *app);
/* A key while the help is shown: true when it moved a help longer than
 * the screen; any other key closes it. */
bool help_handle_key(struct app *app, struct key key);

/* What the three record views share (view_record.c). */
void record_draw_frame(struct app *app, enum view view);
/* The message (wrapped over up to 3 lines) and the key hint. */
void record_draw_footer(struct app *app, const char *const *hints);
/* The first row below the frame, and the row above the footer. */
#define RECORD_TOP 2
int record_bottom(const struct app *app);
/* A title cut to fit in a message or question ("Loket en…"). */
void record_short_title(const char *title, char *out, size_t size);
void record_act_agenda(struct app *app);
void record_act_actions(struct app *app);
void record_act_advice(struct app *app);
void record_act_back(struct app *app);
void record_act_help(struct app *app);
void record_act_quit(struct app *app);
/* What the three record views share: switching between them, back, help
 * and quit (each view's table ends with a link to it). */
extern const struct key_binding record_keys[];
extern const char record_keys_heading[];   /* N_(): the links' heading */
/* Column widths in the message language: the widest of a NULL-ended
 * list of translated labels, and of a short date ("10 Mar 2026"). */
int record_label_cols(const char *const *labels);
int record_date_cols(void);
/* Parses an optional date field of a form; reports in the form. */
bool record_form_date(struct form *form, int field, struct nl_date *date);

void agenda_reload(struct app *app);
void agenda_draw(struct app *app);
bool agenda_handle_key(struct app *app, struct key key);
extern const struct key_binding agenda_keys[];

void actions_reload(struct app *app);
void actions_draw(struct app *app);
bool actions_handle_key(struct app *app, struct key key);
extern const struct key_binding actions_keys[];
/* The action form, for the agenda's "add an action to this item". */
void actions_start_add(struct app *app, int agenda_position);

void advice_reload(struct app *app);
void advice_draw(struct app *app);
bool advice_handle_key(struct app *app, struct key key);
extern const struct key_binding advice_keys[];

/* Continuity warnings: computed after the first frame (the history of a
 * big body takes a moment) and again when the view opens. */
void warnings_refresh(struct app *app);
void warnings_draw(struct app *app);
bool warnings_handle_key(struct app *app, struct key key);
void app_show_warnings(struct app *app);
extern const struct key_binding warnings_keys[];

#endif

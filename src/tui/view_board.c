/*
 * view_board.c — the live meeting board: header with clock and quorum
 * gauge, balance bars, the attendance list grouped by municipality, the
 * agenda item under discussion ("Now:"), the warnings line and the key
 * hint.  Every number on it comes from the
 * core's snapshot; this file only lays them out and turns keys into core
 * calls.  Rows hold person ids, so a reload keeps the cursor on the person.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "attendance.h"
#include "guests.h"
#include "i18n.h"
#include "meetings.h"
#include "members.h"
#include "text.h"
#include "tui_internal.h"
#include "ui_date.h"
#include "text_show.h"

/* From this width the balance gets its own column beside the list, so
 * every municipality shows however many there are. */
#define WIDE_LAYOUT_COLS 140
#define SIDE_PANEL_COLS 70

struct layout {
	int list_y, list_x, list_height, list_width;
	int balance_y, balance_x, balance_rows, balance_width;
};

/* ---- rows ---------------------------------------------------------------- */

static bool row_selectable(const void *ctx, int row)
{
	const struct board *board = ctx;
	return !board->rows[row].group;
}

static struct board_row *new_row(struct board *b)
{
	assert(b->n_rows < b->rows_capacity);
	return &b->rows[b->n_rows++];
}

static void add_heading(struct board *b, const char *text, size_t first)
{
	struct board_row *r = new_row(b);
	memset(r, 0, sizeof *r);
	r->group = true;
	r->person = first;
	snprintf(r->heading, sizeof r->heading, "%s", text);
}

static void add_person(struct board *b, const struct meeting_snapshot *s,
		       size_t i)
{
	struct board_row *r = new_row(b);
	memset(r, 0, sizeof *r);
	r->person_id = s->people[i].person.id;
	r->person = i;
}

static void municipality_heading(const struct meeting_snapshot *s, size_t from,
				 char *out, size_t size)
{
	const struct person *p = &s->people[from].person;
	struct group_count g = snapshot_group_count(s, p->municipality_id);
	/* TRANSLATORS: a municipality's heading in the attendance list. */
	snprintf(out, size, _("%s — %d of %d present"),
		 p->municipality[0] ? p->municipality : _("no municipality"),
		 g.present, g.listed);
}

/* The meeting's one-time guests (checkin --guest, the walk-in form),
 * after the municipalities: "Fleur Gast (GGD) — arrived at 14:10".  Not
 * selectable: nothing on the board acts on a guest but u. */
static void add_guests(struct board *b, const struct meeting_guest *g,
		       size_t n)
{
	if (n == 0)
		return;
	add_heading(b, _("One-time guests (not counted)"), 0);
	for (size_t i = 0; i < n; i++) {
		char hhmm[NL_HHMM_LEN];
		struct board_row *r = new_row(b);
		memset(r, 0, sizeof *r);
		r->group = r->guest = true;
		nl_format_hhmm(g[i].arrived_at, hhmm);
		if (g[i].organisation[0])
			snprintf(r->heading, sizeof r->heading,
				 /* TRANSLATORS: a one-time guest on the
				  * board: name, organisation, arrival. */
				 _("%s (%s) — arrived at %s"), g[i].name,
				 g[i].organisation, hhmm);
		else
			snprintf(r->heading, sizeof r->heading,
				 _("%s — arrived at %s"), g[i].name, hhmm);
	}
}

/* Counting people grouped by municipality (the snapshot's order), then
 * the one-time guests, then everyone whose role does not count. */
void board_rebuild(struct app *app)
{
	struct board *b = &app->board;
	const struct meeting_snapshot *s = &app->snap;
	char heading[160];
	struct meeting_guest *guests = NULL;
	size_t n_guests = 0;
	struct nl_error err;
	nl_error_clear(&err);
	if (guest_list(app->store, app->meeting_id, &guests, &n_guests,
		       &err) != NL_OK) {
		guests = NULL;
		n_guests = 0;
	}
	free(b->rows);
	/* Room for a heading per person (each in a group of their own), the
	 * heading of those who do not count, and the guests with theirs. */
	b->rows_capacity = (int)s->n_people * 2 + 2 + (int)n_guests;
	b->rows = calloc((size_t)b->rows_capacity, sizeof *b->rows);
	b->n_rows = 0;
	if (!b->rows) {
		b->rows_capacity = 0;
		free(guests);
		return;
	}
	int64_t group = -1;
	for (size_t i = 0; i < s->n_people; i++) {
		if (!s->people[i].counts)
			continue;
		if (s->people[i].person.municipality_id != group) {
			group = s->people[i].person.municipality_id;
			municipality_heading(s, i, heading, sizeof heading);
			add_heading(b, heading, i);
		}
		add_person(b, s, i);
	}
	/* Before the last group: the list scrolls to selectable rows, so
	 * rows after the last of them would never show. */
	add_guests(b, guests, n_guests);
	free(guests);
	bool others = false;
	for (size_t i = 0; i < s->n_people; i++) {
		if (s->people[i].counts)
			continue;
		if (!others)
			add_heading(b, _("Not counting for the quorum: chair, "
					 "officials, guests"), i);
		others = true;
		add_person(b, s, i);
	}
	b->list.selectable = row_selectable;
	b->list.ctx = b;
	b->list.count = b->n_rows;
	int select = 0;
	for (int r = 0; r < b->n_rows; r++)
		if (!b->rows[r].group && b->rows[r].person_id == b->selected_person)
			select = r;
	list_select(&b->list, select);
	if (board_search_active(app))
		board_search_refresh(app, true);
	board_events_reload(app);
}

static const struct attendee *selected(struct app *app)
{
	struct board *b = &app->board;
	if (b->n_rows == 0 || b->list.selected >= b->n_rows ||
	    b->rows[b->list.selected].group)
		return NULL;
	return &app->snap.people[b->rows[b->list.selected].person];
}

/* ---- drawing --------------------------------------------------------------- */

static void compute_layout(const struct meeting_snapshot *s, struct layout *l)
{
	int n = (int)s->n_balance;
	memset(l, 0, sizeof *l);
	if (COLS >= WIDE_LAYOUT_COLS) {
		l->balance_x = COLS - SIDE_PANEL_COLS;
		l->balance_y = 3;
		l->balance_width = SIDE_PANEL_COLS - 1;
		l->balance_rows = LINES - 6 < n ? LINES - 6 : n;
		l->list_y = 3;
		l->list_x = 0;
		l->list_width = COLS - SIDE_PANEL_COLS - 1;
		l->list_height = LINES - 5;
		return;
	}
	int cap = (LINES - 6) / 3;
	l->balance_rows = n < cap ? n : cap;
	l->balance_x = 0;
	l->balance_y = 3;
	l->balance_width = COLS;
	l->list_y = l->balance_y + l->balance_rows + 1;
	l->list_x = 0;
	l->list_width = COLS;
	l->list_height = LINES - 2 - l->list_y;
}

/* The header's text in `width` columns: " GR · Meeting 2 (open) · Sun 1
 * Mar 2026 19:00 · Raadzaal".  The meeting, its status and its time are
 * never cut.  When the whole does not fit, the leading blank goes first
 * (the demo's header at 120 columns then shows its place whole), then the
 * place and then the body's name give way, each ending in "…" (the body's
 * name goes entirely before the place drops below a few columns). */
static void header_text(const char *gr, const char *meeting,
			const char *place, int width, char *out, size_t size)
{
	enum { PLACE_MIN = 12, GR_MIN = 6, SEP = 3 };
	char gr_cut[512], place_cut[NL_PLACE_SIZE + 16];
	int gr_w = gr[0] ? draw_text_width(gr) + SEP : 0;
	int place_w = place[0] ? draw_text_width(place) + SEP : 0;
	int margin = 1;
	int rest = width - margin - draw_text_width(meeting);
	snprintf(gr_cut, sizeof gr_cut, "%s", gr);
	snprintf(place_cut, sizeof place_cut, "%s", place);
	if (gr_w + place_w == rest + 1) {
		margin = 0;
		rest++;
	}
	if (gr_w + place_w > rest) {
		int place_min = place[0] ? SEP + (place_w - SEP < PLACE_MIN
							  ? place_w - SEP
							  : PLACE_MIN)
					 : 0;
		if (rest - gr_w >= place_min) {
			place_w = rest - gr_w;
		} else {
			place_w = place_min;
			gr_w = rest - place_w;
			if (gr_w - SEP < GR_MIN)
				gr_w = 0;
			if (!gr_w)
				place_w = rest;
			draw_shorten(gr, gr_w - SEP, gr_cut, sizeof gr_cut);
		}
		draw_shorten(place, place_w - SEP, place_cut,
			     sizeof place_cut);
	}
	snprintf(out, size, "%s%s%s%s%s%s", margin ? " " : "", gr_cut,
		 gr_cut[0] ? " · " : "", meeting, place_cut[0] ? " · " : "",
		 place_cut);
}

static void draw_header(struct app *app)
{
	const struct meeting_snapshot *s = &app->snap;
	char title[2560], meeting[NL_PLACE_SIZE + 128], when[UI_DATE_SIZE];
	char clock[NL_HHMM_LEN];
	char status[64];
	ui_date_time_format(s->meeting.date, s->meeting.start_minute, when,
			    sizeof when);
	if (s->meeting.status == MEETING_CLOSED && s->meeting.closed_at) {
		nl_format_hhmm(s->meeting.closed_at, clock);
		/* TRANSLATORS: a closed meeting's status on the board, with
		 * the time it closed: "closed 21:40". */
		snprintf(status, sizeof status, _("closed %s"), clock);
	} else {
		snprintf(status, sizeof status, "%s",
			 meeting_status_label(s->meeting.status));
	}
	/* TRANSLATORS: the board's title: meeting id, its status ("planned",
	 * "open", "closed 21:40"), its date and time ("Tue 10 Mar 2026
	 * 19:00"). */
	snprintf(meeting, sizeof meeting, _("Meeting %lld (%s) · %s"),
		 (long long)s->meeting.id, status, when);
	/* The clock takes the last five columns, a space before it: a
	 * blank column after it would only take room from the place. */
	header_text(s->settings.gr_name, meeting, s->meeting.location,
		    COLS - 6, title, sizeof title);
	nl_format_hhmm(nl_now(), clock);
	draw_fill(0, 0, COLS, TONE_TITLE);
	draw_text(0, 0, COLS - 6, title, TONE_TITLE, false);
	draw_text(0, COLS - 5, 5, clock, TONE_TITLE, false);
}

static void draw_gauge(struct app *app)
{
	const struct meeting_snapshot *s = &app->snap;
	const struct quorum_lapse *lapse = snapshot_current_lapse(s);
	char gauge[256], since[NL_HHMM_LEN];
	if (board_closed(s)) {
		snprintf(gauge, sizeof gauge,
			 s->quorum.met
				 ? _(" Clients present at the close %d / %d — "
				     "quorum met ")
				 : _(" Clients present at the close %d / %d — "
				     "NO QUORUM "),
			 s->quorum.present, s->quorum.minimum);
	} else if (s->quorum.met) {
		snprintf(gauge, sizeof gauge, _(" Clients present %d / %d — quorum met "),
			 s->quorum.present, s->quorum.minimum);
	} else if (lapse) {
		nl_format_hhmm(lapse->lost_at, since);
		snprintf(gauge, sizeof gauge,
			 _(" Clients present %d / %d — NO QUORUM, lost at %s "),
			 s->quorum.present, s->quorum.minimum, since);
	} else {
		snprintf(gauge, sizeof gauge,
			 _(" Clients present %d / %d — NO QUORUM "),
			 s->quorum.present, s->quorum.minimum);
	}
	draw_text(1, 0, COLS, gauge, s->quorum.met ? TONE_GOOD : TONE_BAD, false);
	if (s->meeting.chair[0]) {
		char chair[NL_NAME_SIZE + 32];
		snprintf(chair, sizeof chair, _("Chair: %s"), s->meeting.chair);
		int w = draw_text_width(chair);
		int x = COLS - w - 1;
		if (x > text_display_width(gauge) + 2)
			draw_text(1, x, w, chair, TONE_DIM, false);
	}
}

static enum tone verdict_tone(enum balance_verdict v)
{
	switch (v) {
	case BALANCE_OK: return TONE_GOOD;
	case BALANCE_UNDER: return TONE_WARN;
	case BALANCE_ABSENT: return TONE_BAD;
	default: return TONE_DIM;
	}
}

/* The longest verdict in the message language ("under-represented",
 * "ondervertegenwoordigd"), so none is cut off. */
static int verdict_width(void)
{
	int w = 0;
	for (int v = BALANCE_OK; v <= BALANCE_NO_POOL; v++) {
		int n = text_display_width(
			balance_verdict_label((enum balance_verdict)v));
		w = n > w ? n : w;
	}
	return w > 24 ? 24 : w;
}

static void draw_balance_row(const struct municipality_balance *mb, int y,
			     int x, int width, double scale)
{
	char numbers[32];
	/* numbers (11) + verdict + gaps: the rest is name and bar. */
	int room = width - 15 - verdict_width();
	int bar_w = room / 3 < 8 ? 8 : room / 3 > 20 ? 20 : room / 3;
	int name_w = room - bar_w > 30 ? 30 : room - bar_w;
	draw_text(y, x + 1, name_w, mb->municipality.name, TONE_NORMAL, true);
	draw_bar(y, x + 2 + name_w, bar_w, mb->row.present,
		 mb->row.expected_count, scale, verdict_tone(mb->row.verdict));
	snprintf(numbers, sizeof numbers, "%3d / %4.1f", mb->row.present,
		 mb->row.expected_count);
	int nx = x + 3 + name_w + bar_w;
	draw_text(y, nx, 11, numbers, TONE_NORMAL, false);
	draw_text(y, nx + 12, width - (nx + 12 - x),
		  balance_verdict_label(mb->row.verdict),
		  verdict_tone(mb->row.verdict), false);
}

/* Flagged municipalities first when not all fit: those are what needs
 * attention. */
static void draw_balance(struct app *app, const struct layout *l)
{
	const struct meeting_snapshot *s = &app->snap;
	char heading[128];
	double scale = snapshot_balance_scale(s);
	if (s->balance_report.has_overall)
		snprintf(heading, sizeof heading, _("Balance — overall %.0f%%"),
			 s->balance_report.overall_percent);
	else if (s->balance_report.total_present > 0)
		snprintf(heading, sizeof heading, "%s",
			 _("Balance — too few present yet"));
	else
		snprintf(heading, sizeof heading, "%s",
			 _("Balance — nobody present yet"));
	draw_hline(2, l->balance_x, l->balance_width, heading);
	bool fits = (int)s->n_balance <= l->balance_rows;
	int shown = 0, rows = fits ? l->balance_rows : l->balance_rows - 1;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < s->n_balance && shown < rows; i++) {
			bool flagged = s->balance[i].row.verdict == BALANCE_UNDER ||
				       s->balance[i].row.verdict == BALANCE_ABSENT;
			if (!fits && flagged != (pass == 0))
				continue;
			if (fits && pass == 1)
				continue;
			draw_balance_row(&s->balance[i], l->balance_y + shown++,
					 l->balance_x, l->balance_width, scale);
		}
	}
	if (!fits) {
		char more[64];
		snprintf(more, sizeof more, _("  … and %d more"),
			 (int)s->n_balance - shown);
		draw_text(l->balance_y + shown, l->balance_x, l->balance_width,
			  more, TONE_DIM, false);
	}
}

bool board_closed(const struct meeting_snapshot *s)
{
	return s->meeting.status == MEETING_CLOSED && s->meeting.closed_at;
}

void board_state_text(const struct meeting_snapshot *s,
		      const struct attendee *a, char *out, size_t size,
		      enum tone *tone)
{
	char hhmm[NL_HHMM_LEN];
	nl_format_hhmm(a->attendance.since, hhmm);
	switch (a->attendance.state) {
	case PRESENCE_PRESENT:
		if (board_closed(s)) {
			/* There at the close: until then, not "since". */
			nl_format_hhmm(s->meeting.closed_at, hhmm);
			snprintf(out, size, _("until %s"), hhmm);
		} else {
			snprintf(out, size, _("present since %s"), hhmm);
		}
		*tone = TONE_GOOD;
		break;
	case PRESENCE_LEFT:
		snprintf(out, size, _("left at %s"), hhmm);
		*tone = TONE_DIM;
		break;
	case PRESENCE_EXCUSED:
		snprintf(out, size, "%s", _("excused"));
		*tone = TONE_WARN;
		break;
	default:
		snprintf(out, size, "%s", _("not arrived"));
		*tone = TONE_NORMAL;
		break;
	}
}

/* As wide as the longest role label in the message language ("ASD member",
 * "vertegenwoordiger"), within reason, so the roles line up. */
static int role_column_width(void)
{
	int w = 8;
	for (int r = 0; r < ROLE_COUNT; r++) {
		int n = text_display_width(role_label((enum role)r));
		w = n > w ? n : w;
	}
	return w > 18 ? 18 : w;
}

#define STATE_COLS 22

static int name_column_width(int width)
{
	return width - role_column_width() - STATE_COLS - 4;
}

/* A stand-in in a seat: "Jan Smit (for Piet Vos)", as the minutes. */
static void person_label(const struct meeting_snapshot *s,
			 const struct attendee *a, char *out, size_t size)
{
	const struct attendee *seat =
		a->attendance.for_person_id
			? snapshot_find(s, a->attendance.for_person_id)
			: NULL;
	if (seat)
		snprintf(out, size, _("%s (for %s)"), a->person.name,
			 seat->person.name);
	else
		snprintf(out, size, "%s", a->person.name);
}

static void draw_person_row(const struct meeting_snapshot *s,
			    const struct attendee *a, int y, int x, int width,
			    bool is_selected)
{
	char state[64], name[NL_NAME_SIZE * 2 + 16];
	enum tone tone;
	int role_w = role_column_width(), state_w = STATE_COLS;
	int name_w = name_column_width(width);
	board_state_text(s, a, state, sizeof state, &tone);
	if (is_selected)
		draw_fill(y, x, width, TONE_SELECTED);
	enum tone base = is_selected ? TONE_SELECTED : TONE_NORMAL;
	person_label(s, a, name, sizeof name);
	draw_text(y, x + 2, name_w, name, base, true);
	draw_text(y, x + 3 + name_w, role_w, role_label(a->person.role),
		  is_selected ? base : TONE_DIM, true);
	draw_text(y, x + 4 + name_w + role_w, state_w, state,
		  is_selected ? base : tone, true);
}

/* The highlighted person's whole name when their row cuts it, under
 * the list: "› Maria … van den Berg-Oudshoorn tot Ouderkerk · Zuidplas". */
static bool detail_needed(struct app *app, int width, char *out,
			  size_t size)
{
	const struct attendee *a = selected(app);
	char name[NL_NAME_SIZE * 2 + 16];
	if (!a)
		return false;
	person_label(&app->snap, a, name, sizeof name);
	if (draw_text_width(name) <= name_column_width(width))
		return false;
	snprintf(out, size, "%s%s%s", name,
		 a->person.municipality[0] ? " · " : "",
		 a->person.municipality);
	return true;
}

static void draw_list(struct app *app, const struct layout *l)
{
	struct board *b = &app->board;
	char heading[128];
	struct presence_counts c = snapshot_presence_counts(&app->snap);
	snprintf(heading, sizeof heading,
		 _("Attendance — %d present, %d left, %d excused, %d not arrived"),
		 c.present, c.left, c.excused, c.not_arrived);
	draw_hline(l->list_y - 1, l->list_x, l->list_width, heading);
	b->list.height = l->list_height;
	/* The "Now:" line takes the list's last row, not the balance's. */
	if (app->have_current)
		b->list.height--;
	if (board_search_active(app)) {
		board_search_draw(app, l->list_y, l->list_x, b->list.height,
				  l->list_width);
		return;
	}
	if (board_events_active(app)) {
		board_events_draw(app, l->list_y, l->list_x, b->list.height,
				  l->list_width);
		return;
	}
	char detail[NL_NAME_SIZE * 3 + 64];
	if (detail_needed(app, l->list_width, detail, sizeof detail)) {
		b->list.height--;
		draw_fill(l->list_y + b->list.height, l->list_x, l->list_width,
			  TONE_NORMAL);
		draw_text(l->list_y + b->list.height, l->list_x + 1,
			  l->list_width - 2, detail, TONE_GROUP, false);
	}
	list_scroll_into_view(&b->list);
	if (b->n_rows == 0) {
		draw_text(l->list_y + 1, l->list_x + 2, l->list_width - 4,
			  _("Nobody in this body yet: press a to add a walk-in, "
			    "or add members with notulist member add"),
			  TONE_DIM, false);
		return;
	}
	for (int i = 0; i < b->list.height && b->list.top + i < b->n_rows; i++) {
		int r = b->list.top + i;
		const struct board_row *row = &b->rows[r];
		int y = l->list_y + i;
		if (row->guest)
			draw_text(y, l->list_x + 2, l->list_width - 3,
				  row->heading, TONE_DIM, false);
		else if (row->group)
			draw_text(y, l->list_x + 1, l->list_width - 2,
				  row->heading, TONE_GROUP, false);
		else
			draw_person_row(&app->snap, &app->snap.people[row->person], y,
					l->list_x, l->list_width,
					r == b->list.selected);
	}
}

/* "2 continuity warnings — press w". */
static void append_continuity(const struct app *app, char *out, size_t size)
{
	size_t n = app->warnings.list.n, used = strlen(out);
	if (!app->warnings.loaded || n == 0)
		return;
	snprintf(out + used, size - used,
		 /* TRANSLATORS: the first %s is "; " after an earlier
		  * warning, or nothing.  w is the key that opens the
		  * warnings. */
		 ngettext("%s%zu continuity warning — press w",
			  "%s%zu continuity warnings — press w", (unsigned long)n),
		 used ? "; " : "", n);
}

/* Standing warnings when no fresher message is showing, most urgent
 * first: an open quorum lapse, the
 * continuity count, then municipalities the balance rule flags — once
 * anyone is present, since before that every municipality is "absent". */
static void standing_warning(const struct app *app, char *out, size_t size)
{
	const struct meeting_snapshot *s = &app->snap;
	const struct quorum_lapse *lapse = snapshot_current_lapse(s);
	out[0] = '\0';
	if (lapse) {
		char hhmm[NL_HHMM_LEN];
		nl_format_hhmm(lapse->lost_at, hhmm);
		snprintf(out, size, _("Quorum lost at %s (%d/%d)"), hhmm,
			 lapse->present_at_loss, s->quorum.minimum);
	}
	append_continuity(app, out, size);
	for (size_t i = 0; s->balance_report.total_present > 0 &&
			   i < s->n_balance;
	     i++) {
		const struct balance_row *r = &s->balance[i].row;
		if (r->verdict != BALANCE_UNDER && r->verdict != BALANCE_ABSENT)
			continue;
		size_t used = strlen(out);
		snprintf(out + used, size - used, "%s%s %s", used ? "; " : "",
			 s->balance[i].municipality.name,
			 balance_verdict_label(r->verdict));
	}
}

/* The message, or else the standing warnings, on the line above the
 * hint; a long one wraps upwards over up to three lines, as in the
 * record views. */
static void draw_warnings(struct app *app, int y)
{
	char standing[512];
	if (app->level != MSG_NONE) {
		draw_message(y, app->message, message_tone(app->level));
		return;
	}
	standing_warning(app, standing, sizeof standing);
	draw_message(y, standing, TONE_WARN);
}

/* "Now: 2. Loket", only while an item is current. */
static void draw_current_item(struct app *app, int y)
{
	char line[NL_TITLE_SIZE + 64];
	if (!app->have_current)
		return;
	snprintf(line, sizeof line, _("Now: %d. %s"), app->current_position,
		 app->current_title);
	draw_fill(y, 0, COLS, TONE_NORMAL);
	draw_text(y, 1, COLS - 2, line, TONE_GROUP, false);
}

/* The key hint, most used first; what does not fit is in the help.  The
 * walk-in (a) comes second, so the Dutch hint at 80 columns keeps it. */
static const char *const board_hints[] = {
	/* TRANSLATORS: key hints at the foot of the board: the key, then a
	 * word or two.  Keep them short: what does not fit in 80 columns is
	 * left out. */
	N_("Spc in/out"), N_("a walk-in"), N_("/ search"), N_("x excused"),
	N_("u undo"), N_("g agenda"), N_("c actions"), N_("v advice"),
	N_("m meetings"), N_("w warnings"), NULL,
};

/* An approved meeting's board only shows: the hint says so first. */
static const char *const final_hints[] = {
	/* TRANSLATORS: the board's key hint on a meeting whose minutes are
	 * approved: nothing on it can change. */
	N_("read-only: minutes approved"), N_("g agenda"), N_("c actions"),
	N_("v advice"), N_("m meetings"), N_("w warnings"), NULL,
};

void board_draw(struct app *app)
{
	struct layout l;
	if (!app->have_snap) {
		draw_text(0, 0, COLS, _("No meeting to show: press m for the "
					"meeting list"), TONE_DIM, false);
		draw_warnings(app, LINES - 2);
		return;
	}
	compute_layout(&app->snap, &l);
	draw_header(app);
	draw_gauge(app);
	draw_balance(app, &l);
	draw_list(app, &l);
	draw_current_item(app, LINES - 3);
	draw_warnings(app, LINES - 2);
	draw_hint(board_events_active(app) ? board_events_hints
		  : app->snap.meeting.minutes_approved.year ? final_hints
							   : board_hints,
		  LINES - 1);
}

/* ---- actions --------------------------------------------------------------- */

/* An undo says what it took back and the quorum as it is now: the times
 * of the timeline (when it was last restored) belong to other actions,
 * perhaps hours ago. */
static void report_undo(struct app *app, const struct att_outcome *o)
{
	char hhmm[NL_HHMM_LEN], what[512], quorum[128];
	const struct quorum_state *q = &o->after;
	enum message_level level = MSG_INFO;
	nl_format_hhmm(o->at, hhmm);
	if (o->corrected_id)
		/* A correction made with `notulist attendance`. */
		snprintf(what, sizeof what,
			 _("Undone: a correction of %s's attendance"),
			 o->person.name);
	else if (o->kind == ATT_IN)
		snprintf(what, sizeof what, _("Undone: check-in of %s at %s"),
			 o->person.name, hhmm);
	else if (o->kind == ATT_OUT)
		snprintf(what, sizeof what, _("Undone: check-out of %s at %s"),
			 o->person.name, hhmm);
	else
		snprintf(what, sizeof what,
			 _("Undone: excuse of %s (recorded at %s)"),
			 o->person.name, hhmm);
	if (q->met && !o->before.met) {
		snprintf(quorum, sizeof quorum, _("quorum met again (%d/%d)"),
			 q->present, q->minimum);
		level = MSG_GOOD;
	} else if (!q->met && o->before.met) {
		snprintf(quorum, sizeof quorum, _("quorum lost (%d/%d)"),
			 q->present, q->minimum);
		level = MSG_ERROR;
		if (app->snap.settings.bell)
			beep();
	} else {
		snprintf(quorum, sizeof quorum,
			 q->met ? _("quorum met (%d/%d)")
				: _("quorum not met (%d/%d)"),
			 q->present, q->minimum);
	}
	app_message(app, level, "%s — %s", what, quorum);
	app->quorum_told = true;
}

static void report(struct app *app, const struct att_outcome *o, bool undone)
{
	char hhmm[NL_HHMM_LEN];
	nl_format_hhmm(o->at, hhmm);
	if (undone) {
		report_undo(app, o);
	} else if (o->kind == ATT_IN) {
		app_message(app, MSG_INFO, _("Checked in %s at %s"),
			    o->person.name, hhmm);
	} else if (o->kind == ATT_OUT) {
		app_message(app, MSG_INFO, _("Checked out %s at %s"),
			    o->person.name, hhmm);
	} else {
		app_message(app, MSG_INFO, _("Excused %s"), o->person.name);
	}
}

/* An approved meeting's record is final: refused at once, before any
 * question or time prompt. */
static bool record_is_final(struct app *app)
{
	struct nl_error err;
	nl_error_clear(&err);
	if (meeting_check_changeable(&app->snap.meeting, &err) == NL_OK)
		return false;
	app_error(app, &err);
	return true;
}

/* Records kind for a person (at 0: now) and says so once committed. */
static void record_person(struct app *app, int64_t person_id,
			  enum att_kind kind, nl_time at)
{
	struct att_outcome outcome;
	struct nl_error err;
	app->board.selected_person = person_id;
	nl_error_clear(&err);
	if (attendance_record(app->store, app->meeting_id, person_id, kind,
			      at, nl_now(), &outcome, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	report(app, &outcome, false);
	app_reload(app);
}

static enum att_kind toggle_kind(const struct attendee *a)
{
	return a->attendance.state == PRESENCE_PRESENT ? ATT_OUT : ATT_IN;
}

static void ask_time_for(struct app *app, const struct attendee *a,
			 enum att_kind kind)
{
	char label[NL_NAME_SIZE + 64];
	app->pending_kind = kind;
	app->pending_id = a->person.id;
	app->prompt_purpose = PROMPT_TIME;
	snprintf(label, sizeof label,
		 kind == ATT_IN ? _("Time of check-in of %s (HH:MM):")
				: _("Time of check-out of %s (HH:MM):"),
		 a->person.name);
	prompt_start(&app->prompt, label, "", false);
}

static void ask_time(struct app *app, enum att_kind kind)
{
	const struct attendee *a = selected(app);
	if (a)
		ask_time_for(app, a, kind);
}

/* Now, or (recording afterwards) at a time the board asks for. */
static void record_now_or_ask(struct app *app, const struct attendee *a,
			      enum att_kind kind)
{
	if (!meeting_is_current(&app->snap.meeting, nl_now()))
		ask_time_for(app, a, kind);
	else
		record_person(app, a->person.id, kind, 0);
}

/* A check-out now that takes the clients present below the minimum. */
static bool drops_quorum(const struct app *app, const struct attendee *a)
{
	const struct meeting_snapshot *s = &app->snap;
	return a->counts && a->attendance.state == PRESENCE_PRESENT &&
	       meeting_is_current(&s->meeting, nl_now()) && s->quorum.met &&
	       s->quorum.present - 1 < s->quorum.minimum;
}

static void do_check_out(struct app *app)
{
	const struct attendee *a = snapshot_find(&app->snap, app->pending_id);
	if (a && a->attendance.state == PRESENCE_PRESENT)
		record_now_or_ask(app, a, ATT_OUT);
}

/* "This drops the quorum to 11/12. " and the question. */
static void ask_check_out(struct app *app, const struct attendee *a,
			  bool name_them)
{
	char question[NL_NAME_SIZE + 256], drop[128] = "", hhmm[NL_HHMM_LEN];
	if (drops_quorum(app, a))
		snprintf(drop, sizeof drop,
			 _("This drops the quorum to %d/%d. "),
			 app->snap.quorum.present - 1, app->snap.quorum.minimum);
	nl_format_hhmm(a->attendance.since, hhmm);
	if (name_them)
		snprintf(question, sizeof question,
			 /* TRANSLATORS: y/n are the keys that answer: Dutch
			  * j/n. */
			 _("%sCheck out %s (present since %s)? y/n"), drop,
			 a->person.name, hhmm);
	else
		snprintf(question, sizeof question, _("%sCheck out? y/n"),
			 drop);
	app_ask_guarded(app, question, a->person.id, do_check_out,
			_("Nothing changed"));
}

void board_typed_stray(struct app *app)
{
	app->board.stray_ms = tui_clock_ms();
}

/* A Space or Enter that comes right after a letter that is no key here
 * belongs to a name typed without /: it changes nothing. */
static bool while_typing(struct app *app)
{
	if (tui_clock_ms() - app->board.stray_ms >= GUARD_MS)
		return false;
	board_typed_stray(app);
	app_message(app, MSG_WARN, "%s",
		    _("Nothing changed: that key came while typing a name; "
		      "/ searches for one"));
	return true;
}

void board_enter_person(struct app *app, int64_t person_id)
{
	const struct attendee *a = snapshot_find(&app->snap, person_id);
	if (!a)
		return;
	app->board.selected_person = person_id;
	if (record_is_final(app))
		return;
	if (a->attendance.state == PRESENCE_PRESENT)
		ask_check_out(app, a, true);
	else
		record_now_or_ask(app, a, ATT_IN);
}

static void act_enter(struct app *app)
{
	const struct attendee *a = selected(app);
	if (a && !while_typing(app))
		board_enter_person(app, a->person.id);
}

static void act_toggle(struct app *app)
{
	const struct attendee *a = selected(app);
	if (!a || while_typing(app) || record_is_final(app))
		return;
	if (drops_quorum(app, a))
		ask_check_out(app, a, false);
	else
		record_now_or_ask(app, a, toggle_kind(a));
}

static void act_toggle_at(struct app *app)
{
	const struct attendee *a = selected(app);
	if (a && !record_is_final(app))
		ask_time(app, toggle_kind(a));
}

static void do_excuse(struct app *app)
{
	record_person(app, app->pending_id, ATT_EXCUSED, 0);
}

/* x asks first: a name typed without / ("Xander") must not excuse the
 * highlighted person.  Someone present was checked in by mistake (they
 * sent apologies): x offers to clear that and excuse them. */
static void act_excuse(struct app *app)
{
	const struct attendee *a = selected(app);
	char question[NL_NAME_SIZE + 64];
	if (!a || record_is_final(app))
		return;
	if (a->attendance.state == PRESENCE_PRESENT) {
		board_ask_clear_excuse(app, a->person.id, a->person.name);
		return;
	}
	snprintf(question, sizeof question, _("Mark %s as excused? y/n"),
		 a->person.name);
	app_ask_guarded(app, question, a->person.id, do_excuse,
			_("Nothing changed"));
}

static void do_undo(struct app *app)
{
	struct att_outcome outcome;
	struct nl_error err;
	nl_error_clear(&err);
	if (attendance_undo_expected(app->store, app->meeting_id, nl_now(),
				     &app->board.undo_preview, &outcome,
				     &err) != NL_OK) {
		app_error(app, &err);
		app_reload(app);
		return;
	}
	if (outcome.person.id)
		app->board.selected_person = outcome.person.id;
	report(app, &outcome, true);
	app_reload(app);
}

/* The last action was a correction (strike, new time, clear): the
 * question says which, and what counts again once it is undone. */
static void undo_correction_question(const struct att_outcome *o,
				     char *out, size_t size)
{
	char hhmm[NL_HHMM_LEN];
	nl_format_hhmm(o->corrected_at, hhmm);
	if (o->rows > 1)
		snprintf(out, size,
			 _("Undo the clearing of %s (%zu changes)? y/n"),
			 o->person.name, o->rows);
	else if (o->kind == ATT_RETIME)
		/* TRANSLATORS: "Undo: check-in of Ans Bakker back to 19:25?
		 * y/n" — a new time given to an event is taken back. */
		snprintf(out, size, _("Undo: %s of %s back to %s? y/n"),
			 att_kind_label(o->corrected_kind), o->person.name,
			 hhmm);
	else
		/* TRANSLATORS: "Undo: check-in of Ans Bakker at 19:25 counts
		 * again? y/n" — a struck event is put back in force. */
		snprintf(out, size, _("Undo: %s of %s at %s counts again? y/n"),
			 att_kind_label(o->corrected_kind), o->person.name,
			 hhmm);
}

/* u says what it would take back and asks (a name typed without /,
 * "Umut", must not undo anything); every undo asks again. */
static void act_undo(struct app *app)
{
	struct att_outcome *o = &app->board.undo_preview;
	struct nl_error err;
	char question[NL_NAME_SIZE + 128], hhmm[NL_HHMM_LEN];
	if (record_is_final(app))
		return;
	nl_error_clear(&err);
	if (attendance_undo_preview(app->store, app->meeting_id, nl_now(), o,
				    &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	nl_format_hhmm(o->at, hhmm);
	if (o->corrected_id)
		undo_correction_question(o, question, sizeof question);
	else if (o->kind == ATT_IN)
		snprintf(question, sizeof question,
			 _("Undo the check-in of %s at %s? y/n"),
			 o->person.name, hhmm);
	else if (o->kind == ATT_OUT)
		snprintf(question, sizeof question,
			 _("Undo the check-out of %s at %s? y/n"),
			 o->person.name, hhmm);
	else
		snprintf(question, sizeof question,
			 _("Undo the excuse of %s (recorded at %s)? y/n"),
			 o->person.name, hhmm);
	app_ask_guarded(app, question, o->person.id, do_undo,
			_("Nothing undone"));
}

static void act_events(struct app *app)
{
	const struct attendee *a = selected(app);
	if (a)
		board_events_open(app, a->person.id, a->person.name);
}

static void act_search(struct app *app)
{
	board_search_start(app);
}

static void finish_time_prompt(struct app *app)
{
	nl_time at;
	struct nl_error err;
	nl_error_clear(&err);
	if (meeting_time_read(&app->snap.meeting, NULL, app->prompt.text,
			      &at, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	record_person(app, app->pending_id, app->pending_kind, at);
}

void board_prompt_key(struct app *app, struct key key)
{
	if (app->prompt_purpose == PROMPT_SEARCH) {
		board_search_key(app, key);
		return;
	}
	enum prompt_result result = prompt_handle_key(&app->prompt, key);
	if (!app->prompt.active)
		app->prompt_purpose = PROMPT_NONE;
	if (result == PROMPT_DONE)
		finish_time_prompt(app);
}

/* ---- walk-in ------------------------------------------------------------- */

enum walk_in_form { FIELD_NAME, FIELD_KIND, FIELD_MUNICIPALITY, FIELD_ROLE,
		    FIELD_ORGANISATION };
enum walk_in_kind { WALK_IN_MEMBER, WALK_IN_GUEST };
enum seat_form { FIELD_SEAT };

/* Whose seat a stand-in may take: members expected at the meeting who are
 * not there and whose seat nobody holds (the core checks the rest, such
 * as the municipality).  Labels live in app->form_labels. */
static void add_seat_options(struct app *app, struct form_field *f)
{
	const struct meeting_snapshot *s = &app->snap;
	for (size_t i = 0; i < s->n_people &&
			   f->n_choices < FORM_MAX_CHOICES; i++) {
		const struct attendee *a = &s->people[i];
		if (!a->expected || a->attendance.visits > 0 ||
		    snapshot_stand_in_for(s, a->person.id))
			continue;
		char *label = app->form_labels[f->n_choices];
		char full[NL_NAME_SIZE * 2 + 8];
		snprintf(full, sizeof full, "%s (%s)", a->person.name,
			 a->person.municipality[0] ? a->person.municipality
						   : "-");
		/* Within the form's width, and never cut without "…": two
		 * long names alike must not look the same. */
		draw_shorten(full, CHOICE_COLS, label,
			     sizeof app->form_labels[0]);
		form_add_option(f, label, a->person.id, f->n_choices == 0);
	}
}

static void report_seat(struct app *app, const struct att_outcome *o)
{
	app->board.selected_person = o->person.id;
	app_message(app, MSG_INFO, _("Checked in %s, standing in for %s"),
		    o->person.name, o->seat.name);
	app_reload(app);
}

/* The walk-in was a stand-in: now whose seat (app->walk_in holds the
 * rest of the form). */
static void submit_walk_in_seat(struct app *app)
{
	struct form *f = &app->form;
	struct member_input in = {
		.name = app->walk_in_name,
		.municipality_id = app->walk_in_municipality,
		.role = ROLE_STAND_IN,
	};
	struct att_outcome outcome;
	struct nl_error err;
	nl_error_clear(&err);
	if (attendance_walk_in(app->store, app->meeting_id, &in,
			       form_choice(f, FIELD_SEAT), nl_now(), &outcome,
			       &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	report_seat(app, &outcome);
}

static bool start_seat_form(struct app *app, const char *title,
			    void (*submit)(struct app *app))
{
	struct form *f = &app->form;
	form_start(f, title, submit);
	struct form_field *seat = form_add_choice(f, FIELD_SEAT,
						  N_("Stands in for"));
	add_seat_options(app, seat);
	if (seat->n_choices > 0)
		return true;
	f->active = false;
	app_message(app, MSG_WARN, "%s",
		    _("Nobody is absent or excused: there is no seat to take"));
	return false;
}

static void submit_guest(struct app *app, const char *name)
{
	struct form *f = &app->form;
	struct meeting_guest guest;
	struct nl_error err;
	char hhmm[NL_HHMM_LEN];
	const char *organisation = form_text(f, FIELD_ORGANISATION);
	nl_error_clear(&err);
	if (guest_checkin(app->store, app->meeting_id, name,
			  organisation[0] ? organisation : NULL, 0, nl_now(),
			  &guest, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	nl_format_hhmm(guest.arrived_at, hhmm);
	if (guest.organisation[0])
		app_message(app, MSG_INFO,
			    _("Guest %s (%s) arrived at %s; not counted for "
			      "the quorum"),
			    guest.name, guest.organisation, hhmm);
	else
		app_message(app, MSG_INFO,
			    _("Guest %s arrived at %s; not counted for the "
			      "quorum"),
			    guest.name, hhmm);
	app_reload(app);
}

/* A name that is already a member's: the form offers to check that
 * member in (Enter again) instead of adding a second person. */
static bool offer_existing(struct app *app, const char *name)
{
	struct form *f = &app->form;
	struct person *same = NULL;
	size_t n = 0;
	struct nl_error err;
	char who[NL_NAME_SIZE * 2 + 32];
	nl_error_clear(&err);
	if (member_same_name(app->store, name, &same, &n, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return true;
	}
	if (n == 0) {
		free(same);
		return false;
	}
	app->pending_id = same[0].id;
	snprintf(app->walk_in_name, sizeof app->walk_in_name, "%s", name);
	/* Name and municipality, as the board shows people: the id is the
	 * CLI's handle, meaningless to the secretary at the door. */
	snprintf(who, sizeof who, "%s (%s)", same[0].name,
		 same[0].municipality[0] ? same[0].municipality
					 : role_label(same[0].role));
	snprintf(f->error, sizeof f->error,
		 _("%s is already a member: Enter checks them in, Esc "
		   "cancels"), who);
	free(same);
	return true;
}

static void check_in_existing(struct app *app)
{
	struct att_outcome outcome;
	struct nl_error err;
	nl_error_clear(&err);
	if (attendance_record(app->store, app->meeting_id, app->pending_id,
			      ATT_IN, 0, nl_now(), &outcome, &err) != NL_OK) {
		snprintf(app->form.error, sizeof app->form.error, "%s",
			 err.message);
		return;
	}
	app->form.active = false;
	app->board.selected_person = outcome.person.id;
	report(app, &outcome, false);
	app_reload(app);
}

static void submit_walk_in(struct app *app)
{
	struct form *f = &app->form;
	const char *name = form_text(f, FIELD_NAME);
	struct member_input in = {
		.name = name,
		.municipality_id = form_choice(f, FIELD_MUNICIPALITY),
		.role = (enum role)form_choice(f, FIELD_ROLE),
	};
	struct att_outcome outcome;
	struct nl_error err;
	if (form_choice(f, FIELD_KIND) == WALK_IN_GUEST) {
		submit_guest(app, name);
		return;
	}
	if (app->pending_id && strcmp(app->walk_in_name, name) == 0) {
		check_in_existing(app);
		return;
	}
	app->pending_id = 0;
	if (offer_existing(app, name))
		return;
	if (in.role == ROLE_STAND_IN) {
		snprintf(app->walk_in_name, sizeof app->walk_in_name, "%s",
			 name);
		app->walk_in_municipality = in.municipality_id;
		start_seat_form(app, _("Walk-in stand-in: whose seat?"),
				submit_walk_in_seat);
		return;
	}
	nl_error_clear(&err);
	if (attendance_walk_in(app->store, app->meeting_id, &in, 0, nl_now(),
			       &outcome, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	app->board.selected_person = outcome.person.id;
	app_message(app, MSG_INFO, _("Added and checked in %s"),
		    outcome.person.name);
	app_reload(app);
}

/* A member's name, as soon as it is typed: the form offers to check
 * that member in (Enter), rather than at the end of the form. */
static void walk_in_left(struct app *app, int field)
{
	struct form *f = &app->form;
	if (field != FIELD_NAME || form_choice(f, FIELD_KIND) != WALK_IN_MEMBER)
		return;
	const char *name = form_text(f, FIELD_NAME);
	f->error[0] = '\0';
	app->pending_id = 0;
	if (name[0] && offer_existing(app, name) && app->pending_id)
		form_focus_last(f);
}

static void act_walk_in(struct app *app)
{
	struct nl_error err;
	struct form *f = &app->form;
	if (record_is_final(app))
		return;
	free(app->form_municipalities);
	app->form_municipalities = NULL;
	app->n_form_municipalities = 0;
	app->pending_id = 0;
	nl_error_clear(&err);
	if (municipality_list(app->store, &app->form_municipalities,
			      &app->n_form_municipalities, &err) != NL_OK) {
		app_error(app, &err);
		return;
	}
	form_start(f, _("Walk-in: add and check in"), submit_walk_in);
	f->left = walk_in_left;
	form_add_text(f, FIELD_NAME, N_("Name"), "");
	struct form_field *k = form_add_choice(f, FIELD_KIND,
					       N_("Member or guest?"));
	form_add_option(k, _("member"), WALK_IN_MEMBER, true);
	form_add_option(k, _("one-time guest (not counted)"), WALK_IN_GUEST,
			false);
	struct form_field *m = form_add_choice(f, FIELD_MUNICIPALITY,
					       N_("Municipality"));
	for (size_t i = 0; i < app->n_form_municipalities &&
			   m->n_choices < FORM_MAX_CHOICES - 1; i++)
		form_add_option(m, app->form_municipalities[i].name,
				app->form_municipalities[i].id, i == 0);
	form_add_option(m, _("(none)"), 0, m->n_choices == 0);
	form_show_if(m, FIELD_KIND, WALK_IN_MEMBER);
	struct form_field *r = form_add_choice(f, FIELD_ROLE, N_("Role"));
	for (int i = 0; i < ROLE_COUNT; i++)
		form_add_option(r, role_label((enum role)i), i,
				i == ROLE_CLIENT);
	form_show_if(r, FIELD_KIND, WALK_IN_MEMBER);
	/* A guest's organisation ("GGD"), as `checkin --guest NAME
	 * --organisation`; the minutes list it with the guest. */
	struct form_field *o = form_add_text(f, FIELD_ORGANISATION,
					     N_("Organisation"), "");
	form_show_if(o, FIELD_KIND, WALK_IN_GUEST);
}

/* f: who stands in for the highlighted member (or, on a stand-in who is
 * listed, whose seat they take). */
static void submit_stand_in(struct app *app)
{
	struct form *f = &app->form;
	struct att_outcome outcome;
	struct nl_error err;
	int64_t chosen = form_choice(f, FIELD_SEAT);
	bool on_member = app->walk_in_municipality == 0;
	nl_error_clear(&err);
	if (attendance_stand_in(app->store, app->meeting_id,
				on_member ? chosen : app->pending_id,
				on_member ? app->pending_id : chosen, 0,
				nl_now(), &outcome, &err) != NL_OK) {
		snprintf(f->error, sizeof f->error, "%s", err.message);
		return;
	}
	f->active = false;
	report_seat(app, &outcome);
}

/* The active stand-ins, as choices (labels in app->form_labels). */
static bool add_stand_in_options(struct app *app, struct form_field *f)
{
	struct person *people = NULL;
	size_t n = 0;
	struct nl_error err;
	nl_error_clear(&err);
	if (member_list(app->store, false, &people, &n, &err) != NL_OK) {
		app_error(app, &err);
		return false;
	}
	for (size_t i = 0; i < n && f->n_choices < FORM_MAX_CHOICES; i++) {
		if (people[i].role != ROLE_STAND_IN)
			continue;
		char full[NL_NAME_SIZE * 2 + 8];
		char *label = app->form_labels[f->n_choices];
		snprintf(full, sizeof full, "%s (%s)", people[i].name,
			 people[i].municipality[0] ? people[i].municipality
						   : "-");
		draw_shorten(full, CHOICE_COLS, label,
			     sizeof app->form_labels[0]);
		form_add_option(f, label, people[i].id, f->n_choices == 0);
	}
	free(people);
	return true;
}

static void act_stand_in(struct app *app)
{
	const struct attendee *a = selected(app);
	char title[NL_NAME_SIZE + 64];
	if (!a || record_is_final(app))
		return;
	app->pending_id = a->person.id;
	if (a->person.role == ROLE_STAND_IN) {
		app->walk_in_municipality = -1;  /* the row is the stand-in */
		snprintf(title, sizeof title, _("%s stands in for:"),
			 a->person.name);
		start_seat_form(app, title, submit_stand_in);
		return;
	}
	app->walk_in_municipality = 0;      /* the row is the member */
	struct form *f = &app->form;
	snprintf(title, sizeof title, _("Who stands in for %s?"),
		 a->person.name);
	form_start(f, title, submit_stand_in);
	struct form_field *who = form_add_choice(f, FIELD_SEAT,
						 N_("Stand-in"));
	if (!add_stand_in_options(app, who)) {
		f->active = false;
		return;
	}
	if (who->n_choices == 0) {
		f->active = false;
		app_message(app, MSG_WARN, "%s",
			    _("There is no stand-in: add one with notulist "
			      "member add NAME --role stand-in"));
	}
}

static void act_meetings(struct app *app)
{
	app_show_meetings(app);
}

static void act_warnings(struct app *app)
{
	app_show_warnings(app);
}

static void act_agenda(struct app *app)
{
	app_show_view(app, VIEW_AGENDA);
}

static void act_actions(struct app *app)
{
	app_show_view(app, VIEW_ACTIONS);
}

static void act_advice(struct app *app)
{
	app_show_view(app, VIEW_ADVICE);
}

static void act_help(struct app *app)
{
	app->help = true;
}

static void act_quit(struct app *app)
{
	app->quit = true;
}

const struct key_binding board_keys[] = {
	{.keys = {' '}, .label = N_("Space"),
	 .help = N_("check in or out (asks first if the quorum is lost)"),
	 .action = act_toggle},
	{.keys = {'\r', '\n', KEY_ENTER}, .function = {false, false, true},
	 .label = N_("Enter"),
	 .help = N_("check in; asks before checking someone out"),
	 .action = act_enter},
	{.keys = {'x'}, .label = "x",
	 .help = N_("mark as excused (sent apologies), after asking"),
	 .action = act_excuse},
	{.keys = {'u'}, .label = "u",
	 .help = N_("undo the last attendance action, after asking"),
	 .action = act_undo},
	{.keys = {'t'}, .label = "t",
	 .help = N_("check in or out at a time you type (HH:MM)"),
	 .action = act_toggle_at},
	{.keys = {'/', KEY_CTRL('f')}, .label = N_("/, Ctrl-F"),
	 .help = N_("search: Enter checks in, Tab/↑↓ choose, → go to"),
	 .action = act_search},
	{.keys = {'e'}, .label = "e",
	 .help = N_("their events here: strike one, a new time, clear all"),
	 .action = act_events},
	{.keys = {'a'}, .label = "a",
	 .help = N_("add a walk-in (member or guest) and check them in"),
	 .action = act_walk_in},
	{.keys = {'f'}, .label = "f",
	 .help = N_("a stand-in takes the seat of the highlighted absent "
		    "member"),
	 .action = act_stand_in},
	{.keys = {'w'}, .label = "w",
	 .help = N_("continuity warnings (as notulist check)"),
	 .action = act_warnings},
	{.keys = {'g'}, .label = "g",
	 .help = N_("agenda: notes, decisions, the current item"),
	 .action = act_agenda},
	{.keys = {'c'}, .label = "c",
	 .help = N_("action list, with those carried over"),
	 .action = act_actions},
	{.more = board_empty_keys},
};

const struct key_binding board_empty_keys[] = {
	{.keys = {'m'}, .label = "m", .help = N_("meeting list"),
	 .action = act_meetings},
	{.keys = {'v'}, .label = "v", .help = N_("advice register"),
	 .action = act_advice},
	{.keys = {'?'}, .label = "?", .help = N_("this help"),
	 .action = act_help},
	{.keys = {'q'}, .label = "q",
	 .help = N_("quit (everything is already saved)"), .action = act_quit},
	{.keys = {0}},
};

bool board_handle_key(struct app *app, struct key key)
{
	/* Without a meeting there is nothing to move over or search: any
	 * other key does nothing. */
	if (!app->have_snap) {
		keymap_dispatch(board_empty_keys, app, key);
		return true;
	}
	if (board_events_active(app))
		return board_events_key(app, key);
	if (list_handle_key(&app->board.list, key)) {
		const struct attendee *a = selected(app);
		if (a)
			app->board.selected_person = a->person.id;
		return true;
	}
	if (keymap_dispatch(board_keys, app, key))
		return true;
	/* Letters are keys, never the start of a search: one that is no key
	 * here is someone typing a name without /. */
	if (!key.function && key.code > ' ' && key.code != 0x7F) {
		board_typed_stray(app);
		app_message(app, MSG_INFO, "%s",
			    _("Letters are keys on the board: / searches for "
			      "a name"));
		return true;
	}
	return false;
}

/*
 * draw.c — tones (colour or monochrome attributes), fitted text, bars and
 * rules.  Every string is fitted by display width, never by bytes, so
 * names with ë, ï or é keep the columns straight, and shown with its
 * control characters escaped (text_show.h).  Without UTF-8 the
 * text is shown in ASCII (accents dropped) instead of as garbage.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "text_show.h"
#include "tui_internal.h"

static attr_t tones[TONE_COUNT];
static bool use_utf8;

/* Monochrome falls back on bold, reverse, underline and dim, so a screen
 * without colour (NO_COLOR, vt100) loses nothing that matters. */
static const attr_t mono[TONE_COUNT] = {
	[TONE_NORMAL] = A_NORMAL,
	[TONE_TITLE] = A_REVERSE,
	[TONE_GOOD] = A_BOLD,
	[TONE_BAD] = A_REVERSE | A_BOLD,
	[TONE_WARN] = A_UNDERLINE,
	[TONE_DIM] = A_DIM,
	[TONE_SELECTED] = A_REVERSE,
	[TONE_GROUP] = A_BOLD,
};

void draw_init(bool colour, bool utf8)
{
	use_utf8 = utf8;
	memcpy(tones, mono, sizeof tones);
	if (!colour)
		return;
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);
	init_pair(2, COLOR_GREEN, -1);
	init_pair(3, COLOR_WHITE, COLOR_RED);
	init_pair(4, COLOR_YELLOW, -1);
	init_pair(5, COLOR_CYAN, -1);
	tones[TONE_TITLE] = COLOR_PAIR(1) | A_BOLD;
	tones[TONE_GOOD] = COLOR_PAIR(2) | A_BOLD;
	tones[TONE_BAD] = COLOR_PAIR(3) | A_BOLD;
	tones[TONE_WARN] = COLOR_PAIR(4) | A_BOLD;
	tones[TONE_GROUP] = COLOR_PAIR(5) | A_BOLD;
}

attr_t tone_attr(enum tone tone)
{
	return tones[tone];
}

bool draw_utf8(void)
{
	return use_utf8;
}

/* Copies s without U+200D.  A terminal draws a sequence of emoji joined
 * by it (a family, a profession) as one glyph two columns wide, while
 * curses counts every emoji in it and moves the rest of the row; apart,
 * the emoji take the columns both count. */
static const char *unjoined(const char *s, char *out, size_t size)
{
	static const char zwj[] = "\xE2\x80\x8D";
	if (!strstr(s, zwj))
		return s;
	size_t used = 0;
	while (*s && used + 1 < size) {
		if (strncmp(s, zwj, 3) == 0) {
			s += 3;
			continue;
		}
		out[used++] = *s++;
	}
	out[used] = '\0';
	return out;
}

int draw_text_width(const char *text)
{
	char shown[2048], apart[2048];
	if (!text_shows_as_is(text, SHOW_LINE)) {
		text_show(text, SHOW_LINE, shown, sizeof shown);
		text = shown;
	}
	return text_display_width(unjoined(text, apart, sizeof apart));
}

void draw_text(int y, int x, int width, const char *text, enum tone tone,
	       bool pad)
{
	char shown[2048], apart[2048], ascii[1024], fitted[2048];
	if (width <= 0)
		return;
	/* Control and bidi characters from the database would move the
	 * cursor or turn the rest of the row around: show them as escapes. */
	if (!text_shows_as_is(text, SHOW_LINE)) {
		text_show(text, SHOW_LINE, shown, sizeof shown);
		text = shown;
	}
	text = unjoined(text, apart, sizeof apart);
	if (!use_utf8) {
		text_ascii_fallback(text, ascii, sizeof ascii);
		text = ascii;
	}
	if (width >= 2 && text_display_width(text) > width) {
		/* Never cut without a sign: the last column says more
		 * follows (the detail line or a wider screen shows it). */
		text_fit(text, width - 1, false, fitted, sizeof fitted - 8);
		strcat(fitted, use_utf8 ? "…" : "~");
		int cols = text_display_width(fitted);
		while (pad && cols++ < width)
			strcat(fitted, " ");
	} else {
		text_fit(text, width, pad, fitted, sizeof fitted);
	}
	attrset(tones[tone]);
	mvaddstr(y, x, fitted);
	attrset(A_NORMAL);
}

void draw_shorten(const char *text, int width, char *out, size_t size)
{
	if (size == 0)
		return;
	out[0] = '\0';
	if (width <= 0)
		return;
	if (draw_text_width(text) <= width) {
		snprintf(out, size, "%s", text);
		return;
	}
	const char *mark = use_utf8 ? "…" : "~";
	if (size <= strlen(mark) + 1)
		return;
	text_fit(text, width - 1, false, out, size - strlen(mark));
	strcat(out, mark);
}

void draw_text_middle(int y, int x, int width, const char *text,
		      enum tone tone)
{
	char head[1024], both[1200];
	int cols = text_display_width(text);
	if (cols <= width || width < 8) {
		draw_text(y, x, width, text, tone, true);
		return;
	}
	int tail_cols = (width - 1) / 3;
	text_fit(text, width - 1 - tail_cols, false, head, sizeof head);
	/* The shortest end of text that is at most tail_cols wide. */
	const char *tail = text + strlen(text);
	for (const char *p = text; *p; p++) {
		if (((unsigned char)*p & 0xC0) == 0x80)
			continue;
		if (text_display_width(p) <= tail_cols) {
			tail = p;
			break;
		}
	}
	/* Whole words where that keeps most of the room: "…uitnodigingen"
	 * rather than "…digingen". */
	const char *space = strchr(tail, ' ');
	if (space && text_display_width(space + 1) * 2 >= tail_cols)
		tail = space + 1;
	snprintf(both, sizeof both, "%s%s%s", head, draw_utf8() ? "…" : "~",
		 tail);
	draw_text(y, x, width, both, tone, true);
}

void draw_fill(int y, int x, int width, enum tone tone)
{
	attrset(tones[tone]);
	mvhline(y, x, ' ', width);
	attrset(A_NORMAL);
}

static void put_cell(bool solid, bool mark)
{
	if (use_utf8) {
		addstr(mark ? "┃" : solid ? "█" : "·");
	} else {
		addch(mark ? '|' : solid ? '#' : '.');
	}
}

void draw_bar(int y, int x, int width, double value, double mark, double scale,
	      enum tone tone)
{
	if (scale <= 0)
		scale = 1;
	int filled = (int)(value * width / scale + 0.5);
	int marked = (int)(mark * width / scale + 0.5);
	if (marked >= width)
		marked = width - 1;
	move(y, x);
	for (int i = 0; i < width; i++) {
		attrset(i < filled ? tones[tone] : tones[TONE_DIM]);
		if (i == marked)
			attrset(tones[TONE_NORMAL] | A_BOLD);
		put_cell(i < filled, i == marked);
	}
	attrset(A_NORMAL);
}

void draw_hline(int y, int x, int width, const char *title)
{
	attrset(tones[TONE_DIM]);
	mvhline(y, x, ACS_HLINE, width);
	attrset(A_NORMAL);
	if (title && *title && width >= 8) {
		/* A title too long for the line ends in "…" (draw_text). */
		int w = draw_text_width(title) + 2;
		if (w > width - 4)
			w = width - 4;
		mvaddch(y, x + 2, ' ');
		draw_text(y, x + 3, w - 2, title, TONE_GROUP, false);
		mvaddch(y, x + 1 + w, ' ');
	}
}

void draw_hint(const char *const *items, int y)
{
	char line[512] = "";
	const char *tail = _("? help  q quit");
	int room = COLS - text_display_width(tail);
	size_t used = 0;
	for (size_t i = 0; items[i]; i++) {
		const char *item = _(items[i]);
		if (text_display_width(line) + text_display_width(item) + 2 > room)
			break;
		int n = snprintf(line + used, sizeof line - used, "%s  ", item);
		if (n < 0 || (size_t)n >= sizeof line - used)
			break;
		used += (size_t)n;
	}
	snprintf(line + used, sizeof line - used, "%s", tail);
	draw_text(y, 0, COLS, line, TONE_DIM, false);
}

/* ---- wrapping and inputs --------------------------------------------------- */

/* Columns of the one code point at s (n bytes). */
static int char_cols(const char *s, size_t n)
{
	char one[8] = {0};
	memcpy(one, s, n < sizeof one - 1 ? n : sizeof one - 1);
	return text_display_width(one);
}

/* The bytes of s that go on one line of `width` columns: up to a newline,
 * else broken after the last space that fits (mid-word only when a word
 * is wider than the line).  *next is where the following line starts. */
static size_t wrap_line(const char *s, int width, const char **next)
{
	size_t len = strlen(s), i = 0, after_space = 0;
	int cols = 0;
	while (i < len && s[i] != '\n') {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			n = 1, cp = '?';
		int w = char_cols(s + i, n);
		if (cols + w > width && i > 0)
			break;
		cols += w;
		i += n;
		if (cp == ' ')
			after_space = i;
	}
	if (i >= len || s[i] == '\n') {
		*next = s + i + (s[i] == '\n');
		return i;
	}
	size_t end = after_space && s[i] != ' ' ? after_space : i;
	const char *p = s + end;
	while (*p == ' ')
		p++;
	*next = p;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	return end;
}

size_t draw_wrap_piece(const char *text, int width, const char **next)
{
	return wrap_line(text, width, next);
}

int draw_wrap_count(const char *text, int width, int max_lines)
{
	int lines = 0;
	const char *p = text;
	if (width < 1 || !*text)
		return 0;
	while (*p && lines < max_lines) {
		wrap_line(p, width, &p);
		lines++;
	}
	return lines;
}

int draw_wrapped(int y, int x, int width, int max_lines, const char *text,
		 enum tone tone)
{
	char line[2048];
	const char *p = text;
	int lines = 0;
	if (width < 2)
		return 0;
	while (*p && lines < max_lines) {
		const char *start = p;
		size_t n = wrap_line(p, width, &p);
		if (n >= sizeof line - 8)
			n = sizeof line - 8;
		memcpy(line, start, n);
		line[n] = '\0';
		if (lines == max_lines - 1 && *p) {
			/* More than fits: say so at the end of the last line. */
			char cut[sizeof line - 8];
			text_fit(line, width - 1, false, cut, sizeof cut);
			snprintf(line, sizeof line, "%s%s", cut,
				 use_utf8 ? "…" : "~");
		}
		draw_text(y + lines, x, width, line, tone, false);
		lines++;
	}
	return lines;
}

int draw_message(int bottom, const char *text, enum tone tone)
{
	int lines = draw_wrap_count(text, COLS - 1, MESSAGE_LINES);
	int y = bottom + 1 - lines;
	for (int i = 0; i < lines; i++)
		draw_fill(y + i, 0, COLS, TONE_NORMAL);
	return draw_wrapped(y, 0, COLS - 1, MESSAGE_LINES, text, tone);
}

enum tone message_tone(enum message_level level)
{
	switch (level) {
	case MSG_GOOD: return TONE_GOOD;
	case MSG_WARN: return TONE_WARN;
	case MSG_ERROR: return TONE_BAD;
	default: return TONE_NORMAL;
	}
}

int draw_input(int y, int x, int width, const char *text, enum tone tone)
{
	char shown[TEXT_INPUT_SIZE + 8];
	int total = text_display_width(text);
	if (width < 3)
		return x;
	if (total < width) {
		draw_text(y, x, width, text, tone, true);
		return x + total;
	}
	/* Drop whole characters from the front until the rest, a mark and
	 * the cursor fit: what is being typed stays visible. */
	const char *p = text;
	size_t len = strlen(text);
	while (*p && total > width - 2) {
		uint32_t cp;
		size_t n = utf8_decode(p, len - (size_t)(p - text), &cp);
		if (n == 0)
			n = 1;
		total -= char_cols(p, n);
		p += n;
	}
	snprintf(shown, sizeof shown, "%s%s", use_utf8 ? "…" : "<", p);
	draw_text(y, x, width, shown, tone, true);
	return x + 1 + total;
}

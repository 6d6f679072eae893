/*
 * widget_prompt.c — a one-line input at the bottom of the screen, or a
 * yes/no question there.  Text is kept as UTF-8; Backspace removes a whole
 * character, never half of one.  A question takes only y (or the Dutch j)
 * as yes: any other key but n and Esc is ignored, so a stray key never
 * removes anything.  A guarded question (one that changes the attendance
 * record) is cancelled by any key but y/j, and by every key that comes
 * within GUARD_MS of it: such a key was typed before the question showed.
 */
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "text.h"
#include "tui_internal.h"

int64_t tui_clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void prompt_start(struct prompt *prompt, const char *label,
		  const char *initial, bool incremental)
{
	prompt->active = true;
	prompt->yes_no = false;
	prompt->guarded = false;
	prompt->too_soon = false;
	prompt->incremental = incremental;
	snprintf(prompt->label, sizeof prompt->label, "%s", label);
	snprintf(prompt->text, sizeof prompt->text, "%s", initial ? initial : "");
}

void prompt_ask(struct prompt *prompt, const char *question)
{
	prompt_start(prompt, question, "", false);
	prompt->yes_no = true;
}

void prompt_ask_guarded(struct prompt *prompt, const char *question)
{
	prompt_ask(prompt, question);
	prompt->guarded = true;
	prompt->asked_ms = tui_clock_ms();
}

static enum prompt_result guarded_answer(struct prompt *prompt,
					 struct key key)
{
	prompt->active = false;
	if (tui_clock_ms() - prompt->asked_ms < GUARD_MS) {
		prompt->too_soon = true;
		return PROMPT_CANCELLED;
	}
	if (!key.function && (key.code == 'y' || key.code == 'Y' ||
			      key.code == 'j' || key.code == 'J'))
		return PROMPT_DONE;
	return PROMPT_CANCELLED;
}

static enum prompt_result answer_key(struct prompt *prompt, struct key key)
{
	if (prompt->guarded)
		return guarded_answer(prompt, key);
	if (key.function)
		return PROMPT_EDITING;
	switch (key.code) {
	case 'y': case 'Y': case 'j': case 'J':
		prompt->active = false;
		return PROMPT_DONE;
	case 'n': case 'N': case KEY_ESCAPE:
		prompt->active = false;
		return PROMPT_CANCELLED;
	default:
		return PROMPT_EDITING;
	}
}

/* Drops the last UTF-8 character of s. */
static bool erase_last(char *s)
{
	size_t len = strlen(s);
	if (len == 0)
		return false;
	do
		len--;
	while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80);
	s[len] = '\0';
	return true;
}

static bool append(char *s, size_t size, wint_t c)
{
	char buf[4];
	size_t len = strlen(s), n;
	if (c < 0x20 || c == 0x7F)
		return false;
	n = utf8_encode((uint32_t)c, buf);
	if (len + n + 1 > size)
		return false;
	memcpy(s + len, buf, n);
	s[len + n] = '\0';
	return true;
}

enum prompt_result prompt_handle_key(struct prompt *prompt, struct key key)
{
	bool changed = false;
	if (prompt->yes_no)
		return answer_key(prompt, key);
	if (!key.function && key.code == KEY_ESCAPE) {
		prompt->active = false;
		return PROMPT_CANCELLED;
	}
	if ((key.function && key.code == KEY_ENTER) ||
	    (!key.function && (key.code == '\n' || key.code == '\r'))) {
		prompt->active = false;
		return PROMPT_DONE;
	}
	if ((key.function && key.code == KEY_BACKSPACE) ||
	    (!key.function && (key.code == 0x7F || key.code == KEY_CTRL('h'))))
		changed = erase_last(prompt->text);
	else if (!key.function && key.code == KEY_CTRL('u'))
		changed = (prompt->text[0] != '\0'), prompt->text[0] = '\0';
	else if (!key.function)
		changed = append(prompt->text, sizeof prompt->text, key.code);
	return changed && prompt->incremental ? PROMPT_CHANGED : PROMPT_EDITING;
}

void prompt_draw(const struct prompt *prompt, int y, int width)
{
	int label_cols = text_display_width(prompt->label);
	/* A long label still leaves room to type. */
	if (label_cols > width - 20 && !prompt->yes_no)
		label_cols = width - 20;
	draw_fill(y, 0, width, TONE_NORMAL);
	int x;
	if (prompt->yes_no && label_cols >= width - 1) {
		/* A long question wraps upwards, whole: its name and its
		 * "y/n" both matter. */
		draw_message(y, prompt->label, TONE_GROUP);
		x = width - 1;
	} else if (prompt->yes_no) {
		x = draw_input(y, 0, width - 1, prompt->label, TONE_GROUP) + 1;
	} else {
		draw_text(y, 0, label_cols, prompt->label, TONE_GROUP, false);
		x = draw_input(y, label_cols + 1, width - label_cols - 2,
			       prompt->text, TONE_NORMAL);
	}
	move(y, x < width ? x : width - 1);
	curs_set(1);
}

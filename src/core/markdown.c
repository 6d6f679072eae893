/*
 * markdown.c — user text escaped for Markdown (see markdown.h).
 *
 * Text is first made visible (text_show.h: no control characters, tabs as
 * spaces), then written line by line.  Each line loses its leading and
 * trailing blanks (indentation would make a code block, two trailing
 * spaces a line break) and every character that means something to
 * CommonMark, GFM or pandoc gets a backslash:
 *  - anywhere: \ ` * _ [ ] < > & ~ | $ ^ @ { } #  (emphasis, code, links,
 *    images, HTML and entities, strikethrough and subscripts, tables and
 *    line blocks, math, superscripts, citations and e-mail autolinks,
 *    attributes, headings);
 *  - at the start of a line: - + = : (  (list items, setext underlines and
 *    rules, definition lists and fenced divs, pandoc's "(1)" and "(@)"
 *    lists);
 *  - '.' or ')' after nothing but digits, roman numerals or one letter
 *    from the start of the line ("1.", "iv)", "A." are list markers in
 *    CommonMark or pandoc);
 *  - ':' before "//" and '.' after "www" (GFM's bare autolinks);
 *  - a text that ends in a word "www" writes its last letter as the
 *    character reference "&#119;": the document may put a '.' right after
 *    the text ("advice: www. Sent on …"), and GFM would link "www." there.
 * A backslash before ASCII punctuation always stands for that character,
 * so the text read back is exactly the text shown.
 */
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "text.h"
#include "text_show.h"

static bool always_escaped(char c)
{
	return c && strchr("\\`*_[]<>&~|$^@{}#", c) != NULL;
}

static bool line_start_escaped(char c)
{
	return c && strchr("-+=:(", c) != NULL;
}

/* What comes before '.' or ')' in a list marker of CommonMark ("12.")
 * or of pandoc's fancy lists ("b)", "IV."). */
static bool list_marker_prefix(const char *s, size_t len)
{
	size_t digits = 0, roman = 0;
	if (len == 0 || len > 9)
		return false;
	for (size_t i = 0; i < len; i++) {
		digits += s[i] >= '0' && s[i] <= '9';
		roman += s[i] && strchr("ivxlcdmIVXLCDM", s[i]) != NULL;
	}
	if (digits == len || roman == len)
		return true;
	return len == 1 && ((s[0] >= 'a' && s[0] <= 'z') ||
			    (s[0] >= 'A' && s[0] <= 'Z'));
}

static bool after_www(const char *line, size_t i)
{
	if (i < 3)
		return false;
	for (size_t k = i - 3; k < i; k++)
		if (line[k] != 'w' && line[k] != 'W')
			return false;
	return true;
}

static bool needs_escape(const char *line, size_t len, size_t i)
{
	char c = line[i];
	if (always_escaped(c))
		return true;
	if (i == 0 && line_start_escaped(c))
		return true;
	if ((c == '.' || c == ')') && list_marker_prefix(line, i))
		return true;
	if (c == ':' && i + 2 < len && line[i + 1] == '/' && line[i + 2] == '/')
		return true;
	return c == '.' && after_www(line, i);
}

/* A word "www" at the end of the line (any case: other renderers may
 * link more than GFM does). */
static bool ends_in_www(const char *line, size_t len)
{
	return after_www(line, len) &&
	       (len == 3 || !((line[len - 4] >= 'a' && line[len - 4] <= 'z') ||
			      (line[len - 4] >= 'A' && line[len - 4] <= 'Z') ||
			      (line[len - 4] >= '0' && line[len - 4] <= '9')));
}

/* One line of shown text (no control characters), without its blanks at
 * both ends. */
static void escape_line(FILE *out, const char *line, size_t len)
{
	while (len > 0 && line[0] == ' ')
		line++, len--;
	while (len > 0 && line[len - 1] == ' ')
		len--;
	bool www_at_end = ends_in_www(line, len);
	for (size_t i = 0; i < len; i++) {
		if (www_at_end && i == len - 1) {
			fputs(line[i] == 'w' ? "&#119;" : "&#87;", out);
			break;
		}
		if (needs_escape(line, len, i))
			fputc('\\', out);
		fputc(line[i], out);
	}
}

static bool blank(const char *line, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (line[i] != ' ')
			return false;
	return true;
}

void md_text(FILE *out, const char *text)
{
	if (text_shows_as_is(text, SHOW_LINE)) {
		escape_line(out, text, strlen(text));
		return;
	}
	char *shown = text_show_dup(text, SHOW_LINE);
	if (shown)
		escape_line(out, shown, strlen(shown));
	free(shown);
}

/* A line followed by another non-blank line ends in a hard break, so the
 * secretary's line breaks survive; a blank line stays a paragraph break
 * (written empty: blanks alone could be read as more indentation). */
static void block_lines(FILE *out, const char *text, const char *first,
			const char *next)
{
	const char *line = text;
	bool is_first = true;
	for (;;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		bool empty = blank(line, len);
		if (!empty || is_first) {
			fputs(is_first ? first : next, out);
			escape_line(out, line, len);
		}
		if (!end) {
			fputc('\n', out);
			return;
		}
		const char *after = end + 1;
		size_t after_len = strcspn(after, "\n");
		if (!empty && *after && !blank(after, after_len))
			fputs("  ", out);
		fputc('\n', out);
		line = after;
		is_first = false;
	}
}

void md_block(FILE *out, const char *text, const char *first,
	      const char *next)
{
	char *shown = text_show_dup(text, SHOW_LINES);
	block_lines(out, shown ? shown : "", first, next);
	free(shown);
}

void md_code_text(FILE *out, const char *text, int cols, bool pad)
{
	char *shown = text_show_dup(text, SHOW_LINE);
	size_t size = (shown ? strlen(shown) : 0) + (size_t)(cols > 0 ? cols : 0)
		      + 1;
	char *fitted = malloc(size);
	if (shown && fitted) {
		text_fit(shown, cols, pad, fitted, size);
		fputs(fitted, out);
	}
	free(fitted);
	free(shown);
}

/*
 * markdown_interim.c — a stand-in for the text branch's markdown.c until
 * it lands on main (then this file goes): escapes every character that
 * could make structure, so documents written against markdown.h work now.
 */
#include <string.h>

#include "markdown.h"
#include "text.h"

static void span(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strchr("\\`*_[]<>&~|$^@{}#!", s[i]) && s[i])
			fputc('\\', out);
		if (s[i] == '\n')
			fputs("\\n", out);
		else
			fputc(s[i], out);
	}
}

void md_text(FILE *out, const char *text)
{
	span(out, text, strlen(text));
}

void md_block(FILE *out, const char *text, const char *first,
	      const char *next)
{
	const char *line = text;
	bool is_first = true;
	for (;;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		fputs(is_first ? first : next, out);
		if (len && strchr("-+=:(", line[0]))
			fputc('\\', out);
		span(out, line, len);
		if (!end)
			break;
		fputs("  \n", out);
		line = end + 1;
		is_first = false;
	}
	fputc('\n', out);
}

void md_code_text(FILE *out, const char *text, int cols, bool pad)
{
	char fitted[512];
	text_fit(text, cols, pad, fitted, sizeof fitted);
	fputs(fitted, out);
}

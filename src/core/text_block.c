/*
 * text_block.c — cleaning multi-line text (see text_block.h).  Works on
 * UTF-8 bytes without the process locale, so the result is the same under
 * any LANG.  Invariant of the output: valid UTF-8 in NFC, lines joined by
 * '\n', no line ending in a space or tab, no empty first or last line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "text_block.h"

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_control(uint32_t cp)
{
	if (cp == '\n' || cp == '\t')
		return false;
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
	       cp == 0x2028 || cp == 0x2029;
}

/* Copies in to out with line ends made "\n" and each line's trailing
 * blanks dropped; out has room for strlen(in) + 1.  Returns false on a
 * control character. */
static bool normalise(const char *in, char *out)
{
	size_t len = strlen(in), used = 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (cp == '\r') {
			cp = '\n';
			if (i + 1 < len && in[i + 1] == '\n')
				n = 2;
		}
		if (is_control(cp))
			return false;
		if (cp == '\n') {
			while (used > 0 && is_blank(out[used - 1]))
				used--;
			out[used++] = '\n';
		} else {
			memcpy(out + used, in + i, n);
			used += n;
		}
		i += n;
	}
	while (used > 0 && is_blank(out[used - 1]))
		used--;
	out[used] = '\0';
	return true;
}

/* Drops empty lines at both ends, in place. */
static void strip_empty_lines(char *text)
{
	size_t start = 0, len = strlen(text);
	while (text[start] == '\n')
		start++;
	while (len > start && text[len - 1] == '\n')
		len--;
	memmove(text, text + start, len - start);
	text[len - start] = '\0';
}

enum text_block_fault text_block_clean(const char *in, size_t max_chars,
				       bool allow_empty, char *out,
				       size_t size)
{
	size_t len = strlen(in);
	enum text_block_fault fault = TEXT_BLOCK_OK;
	if (size)
		out[0] = '\0';
	if (!utf8_valid(in, len))
		return TEXT_BLOCK_NOT_UTF8;
	char *work = malloc(len + 1);
	if (!work)
		return TEXT_BLOCK_TOO_LONG;
	if (!normalise(in, work)) {
		fault = TEXT_BLOCK_CONTROL;
	} else {
		strip_empty_lines(work);
		if (!*work && !allow_empty)
			fault = TEXT_BLOCK_EMPTY;
		else if (!text_nfc(work, out, size) ||
			 utf8_length(out) > max_chars) {
			out[0] = '\0';
			fault = TEXT_BLOCK_TOO_LONG;
		}
	}
	free(work);
	return fault;
}

const char *text_block_fault_text(enum text_block_fault fault)
{
	switch (fault) {
	case TEXT_BLOCK_OK:
		break;
	case TEXT_BLOCK_EMPTY:
		return N_("is empty");
	case TEXT_BLOCK_TOO_LONG:
		return N_("is too long");
	case TEXT_BLOCK_NOT_UTF8:
		return N_("is not valid UTF-8");
	case TEXT_BLOCK_CONTROL:
		return N_("contains a control character");
	}
	return "";
}

int text_block_lines(const char *text)
{
	int lines = 0;
	if (!*text)
		return 0;
	for (const char *p = text; *p; p++)
		lines += *p == '\n';
	return lines + 1;
}

/*
 * text_show.c — control characters, bidi controls and broken UTF-8 made
 * visible (see text_show.h).  One loop decides, character by character,
 * what is shown; the three entry points only differ in where it goes.
 * Plain text is the common case (a million fields of an export), so it is
 * recognised first and copied as it is.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "text_show.h"

/* Code points that reorder or break what a terminal shows after them. */
static bool is_bidi_or_separator(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x2028 || cp == 0x2029;
}

static bool is_c0_c1(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

/* What to write for the character at s: into esc (returning
 * its length), or 0 to write the bytes themselves. */
static size_t escape_of(const char *s, uint32_t cp, bool valid,
			enum text_show mode, char esc[8])
{
	if (!valid)
		return (size_t)snprintf(esc, 8, "\\x%02x", (unsigned char)*s);
	if (cp == '\n') {
		if (mode == SHOW_LINES)
			return 0;
		memcpy(esc, "\\n", 3);
		return 2;
	}
	if (cp == '\t') {
		if (mode == SHOW_EXACT) {
			memcpy(esc, "\\t", 3);
			return 2;
		}
		memcpy(esc, " ", 2);
		return 1;
	}
	if (is_c0_c1(cp))
		return (size_t)snprintf(esc, 8, "\\x%02x", (unsigned)cp);
	if (is_bidi_or_separator(cp))
		return (size_t)snprintf(esc, 8, "\\u%04x", (unsigned)cp);
	return 0;
}

/* Bytes that cannot start anything to escape: not an ASCII control or DEL,
 * not the lead byte of C1 (C2) or of U+2028–U+2069 (E2), and not one that
 * is never valid (C0, C1, F5–FF). */
static bool plain_byte(unsigned char c)
{
	return (c >= 0x20 && c < 0x7F) || (c >= 0xC3 && c <= 0xDF) ||
	       (c >= 0xE3 && c <= 0xEF) || (c >= 0xF0 && c <= 0xF4) ||
	       (c >= 0x80 && c <= 0xBF);
}

bool text_shows_as_is(const char *in, enum text_show mode)
{
	const unsigned char *u = (const unsigned char *)in;
	size_t i = 0;
	while (u[i] && plain_byte(u[i]))
		i++;
	if (!u[i] && utf8_valid(in, i))
		return true;
	size_t len = i + strlen(in + i);
	uint32_t cp;
	char esc[8];
	for (i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (n == 0 || escape_of(in + i, cp, true, mode, esc))
			return false;
		i += n;
	}
	return true;
}

size_t text_show(const char *in, enum text_show mode, char *out, size_t size)
{
	size_t len = strlen(in), need = 0;
	bool fits = size > 0;
	uint32_t cp = 0;
	char esc[8];
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		bool valid = n != 0;
		if (!valid)
			n = 1;
		size_t e = escape_of(in + i, cp, valid, mode, esc);
		size_t w = e ? e : n;
		/* Once a piece does not fit, nothing after it is written: the
		 * output is a prefix, never a text with a hole in it. */
		if (fits && need + w < size) {
			memcpy(out + need, e ? esc : in + i, w);
		} else if (fits) {
			out[need] = '\0';
			fits = false;
		}
		need += w;
		i += n;
	}
	if (fits)
		out[need] = '\0';
	return need;
}

char *text_show_dup(const char *in, enum text_show mode)
{
	size_t need = text_show(in, mode, NULL, 0);
	char *out = malloc(need + 1);
	if (out)
		text_show(in, mode, out, need + 1);
	return out;
}

void text_show_in_place(char *buf, size_t size, enum text_show mode)
{
	if (size == 0 || text_shows_as_is(buf, mode))
		return;
	char *raw = strdup(buf);
	if (!raw) {
		buf[0] = '\0';
		return;
	}
	/* Cut where a piece ends, not in the middle of an escape. */
	text_show(raw, mode, buf, size);
	free(raw);
}

const char *text_quote(const char *in, char out[TEXT_QUOTE_SIZE])
{
	size_t len = strlen(in), used = 0, chars = 0;
	uint32_t cp = 0;
	char esc[8];
	for (size_t i = 0; i < len; chars++) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		bool valid = n != 0;
		if (!valid)
			n = 1;
		/* The last character that fits is "…" when more follow. */
		if (chars == TEXT_QUOTE_CHARS - 1 && i + n < len) {
			memcpy(out + used, "…", sizeof "…");
			return out;
		}
		size_t e = escape_of(in + i, cp, valid, SHOW_EXACT, esc);
		memcpy(out + used, e ? esc : in + i, e ? e : n);
		used += e ? e : n;
		i += n;
	}
	out[used] = '\0';
	return out;
}

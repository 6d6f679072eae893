/*
 * text.c — UTF-8 decoding, trimming and validating fields, display widths
 * and the ASCII fallback.  Folding and normalisation are in text_fold.c.
 * Nothing here depends on setlocale(): the CLI runs under LANG=C in
 * scripts, and its tables must line up there too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "i18n.h"
#include "text.h"

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (len == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	size_t need;
	uint32_t v, min;
	if ((u[0] & 0xE0) == 0xC0) {
		need = 2, v = u[0] & 0x1F, min = 0x80;
	} else if ((u[0] & 0xF0) == 0xE0) {
		need = 3, v = u[0] & 0x0F, min = 0x800;
	} else if ((u[0] & 0xF8) == 0xF0) {
		need = 4, v = u[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (len < need)
		return 0;
	for (size_t i = 1; i < need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (u[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past Unicode are invalid. */
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return need;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool utf8_valid(const char *s, size_t len)
{
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

size_t utf8_length(const char *s)
{
	size_t count = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			count++;
	return count;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

/* Spaces a spreadsheet or a phone keyboard may put in a name. */
static bool is_unicode_space(uint32_t cp)
{
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	       cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

/* Bytes of white space (ASCII or one of the Unicode spaces) at s; 0 when
 * there is none. */
static size_t space_at(const char *s, size_t len)
{
	uint32_t cp;
	if (is_space(*s))
		return 1;
	size_t n = utf8_decode(s, len, &cp);
	return n && is_unicode_space(cp) ? n : 0;
}

/* Unicode spaces are trimmed as well: a name pasted with a trailing
 * no-break space must not become a second person who looks the same. */
bool text_trim_copy(const char *src, char *dst, size_t size)
{
	size_t len = strlen(src), start = 0, end, n;
	uint32_t cp;
	while (start < len && (n = space_at(src + start, len - start)))
		start += n;
	end = start;
	for (size_t i = start; i < len;) {
		if ((n = space_at(src + i, len - i))) {
			i += n;
			continue;
		}
		n = utf8_decode(src + i, len - i, &cp);
		i += n ? n : 1;
		end = i;
	}
	len = end - start;
	src += start;
	if (len + 1 > size) {
		if (size)
			dst[0] = '\0';
		return false;
	}
	memcpy(dst, src, len);
	dst[len] = '\0';
	return true;
}

static bool is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
	       cp == 0x2028 || cp == 0x2029;
}

bool text_clean_field(const char *in, size_t max_chars, char *out,
		      size_t size, const char **why)
{
	/* TRANSLATORS: what is wrong with a field, said after the field's
	 * name: "name is too long", "location contains a control
	 * character". */
	static const char *const too_long = N_("is too long");
	size_t raw = strlen(in);
	if (!utf8_valid(in, raw)) {
		*why = N_("is not valid UTF-8");
		return false;
	}
	char *trimmed = malloc(raw + 1);
	if (!trimmed || !text_trim_copy(in, trimmed, raw + 1) ||
	    !text_nfc(trimmed, out, size)) {
		free(trimmed);
		*why = too_long;
		return false;
	}
	free(trimmed);
	size_t len = strlen(out), chars = 0, visible = 0;
	uint32_t cp;
	for (size_t i = 0; i < len; chars++) {
		i += utf8_decode(out + i, len - i, &cp);
		if (is_control(cp)) {
			*why = N_("contains a control character");
			return false;
		}
		visible += !is_unicode_space(cp) && cp != ' ';
	}
	if (visible == 0) {
		*why = N_("is empty");
		return false;
	}
	if (chars > max_chars) {
		*why = too_long;
		return false;
	}
	return true;
}

bool text_clean_name(const char *in, size_t max_chars, char *out,
		     size_t size, const char **why)
{
	if (!text_clean_field(in, max_chars, out, size, why))
		return false;
	const char *problem = text_name_problem(out);
	if (problem) {
		*why = problem;
		return false;
	}
	return true;
}

static int codepoint_width(uint32_t cp)
{
	return utf8proc_charwidth((utf8proc_int32_t)cp);
}

static bool is_pictograph(uint32_t cp)
{
	int c = utf8proc_get_property((utf8proc_int32_t)cp)->boundclass;
	return c == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
	       c == UTF8PROC_BOUNDCLASS_E_ZWG;
}

/* Columns of the character cp, n bytes at s, after prev: 0 for a
 * pictograph that a U+200D joins to the one before. */
static int width_after(uint32_t prev, uint32_t cp)
{
	if (prev == 0x200D && is_pictograph(cp))
		return 0;
	return codepoint_width(cp);
}

int text_display_width(const char *s)
{
	size_t len = strlen(s);
	int width = 0;
	uint32_t cp, prev = 0;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		width += width_after(prev, cp);
		prev = cp;
		i += n;
	}
	return width;
}

void text_fit(const char *s, int max_cols, bool pad, char *out, size_t size)
{
	size_t len = strlen(s), used = 0;
	int cols = 0;
	uint32_t cp, prev = 0;
	for (size_t i = 0; i < len; prev = cp) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			break;
		int w = width_after(prev, cp);
		if (cols + w > max_cols || used + n + 1 > size)
			break;
		memcpy(out + used, s + i, n);
		used += n;
		cols += w;
		i += n;
	}
	while (pad && cols < max_cols && used + 2 <= size) {
		out[used++] = ' ';
		cols++;
	}
	if (size)
		out[used] = '\0';
}

/* The ASCII letters a reader sees in cp, keeping its case ("Ĳ" → "IJ",
 * "é" → "e", "ø" → "o"); 0 bytes for a combining mark, "?" for anything
 * else.  out has room for 4 bytes. */
static size_t ascii_of(uint32_t cp, char out[4])
{
	utf8proc_int32_t buf[8];
	int lead = 0;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	utf8proc_ssize_t n = utf8proc_decompose_char(
		(utf8proc_int32_t)cp, buf, 8, UTF8PROC_COMPAT |
		UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &lead);
	size_t used = 0;
	for (utf8proc_ssize_t k = 0; n > 0 && n <= 8 && k < n; k++)
		if (buf[k] < 0x80 && used < 4)
			out[used++] = (char)buf[k];
	if (used || n == 0) /* n == 0: a mark, stripped */
		return used;
	/* No decomposition: the letters its lower case folds to for search
	 * (ø, ł, æ…), in the case it had. */
	char one[8], folded[16];
	size_t len = utf8_encode(cp, one);
	one[len] = '\0';
	if (!text_fold(one, FOLD_CASE_ACCENT, folded, sizeof folded) ||
	    !folded[0] || (unsigned char)folded[0] >= 0x80 || strlen(folded) > 2) {
		out[0] = '?';
		return 1;
	}
	bool upper = utf8proc_tolower((utf8proc_int32_t)cp) != (utf8proc_int32_t)cp;
	for (size_t k = 0; folded[k]; k++)
		out[used++] = upper ? (char)(folded[k] & ~0x20) : folded[k];
	return used;
}

void text_ascii_fallback(const char *in, char *out, size_t size)
{
	size_t len = strlen(in), used = 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		char buf[4];
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		i += n;
		size_t w = ascii_of(cp, buf);
		if (used + w + 1 > size)
			break;
		memcpy(out + used, buf, w);
		used += w;
	}
	if (size)
		out[used] = '\0';
}

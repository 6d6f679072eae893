/*
 * text.c — UTF-8 decoding, case and accent folding, display widths.
 *
 * Folding uses tables for Latin-1 and Latin Extended-A (plus basic Greek and
 * Cyrillic case), which covers the names a Dutch municipality meets; it must
 * not depend on setlocale(), because the CLI runs under LANG=C in scripts.
 */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

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

static uint32_t fold_case(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xC0)
		return c;
	if (c <= 0xDE)
		return c == 0xD7 ? c : c + 32;
	/* Capital dotted İ is a Turkish i; the pair rule below would make it
	 * a dotless ı and give one name two keys. */
	if (c == 0x130)
		return 'i';
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return (c & 1) ? c + 1 : c;
	if (c == 0x178)
		return 0xFF;
	if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	return c;
}

/* Base letters of lower-case Latin-1 (U+00E0..U+00FF) and Latin
 * Extended-A (U+0100..U+017F); '*' marks a letter spelled with two. */
static const char latin1_base[] = "aaaaaa*ceeeeiiiidnooooo\xF7ouuuuy\xFEy";
static const char latin_ext_a_base[] =
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll"
	"lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

static const char *two_letter_base(uint32_t c)
{
	switch (c) {
	case 0xE6: return "ae";
	case 0xDF: return "ss";
	case 0x133: return "ij";
	case 0x153: return "oe";
	default: return NULL;
	}
}

/* Writes the accent-free form of a lower-case code point; returns its
 * length in bytes (0: drop it, as for combining marks). */
static size_t strip_accent(uint32_t c, char out[4])
{
	const char *two = two_letter_base(c);
	if (two) {
		memcpy(out, two, 2);
		return 2;
	}
	if (c >= 0x300 && c <= 0x36F)
		return 0;
	char base = 0;
	if (c >= 0xE0 && c <= 0xFF && latin1_base[c - 0xE0] != '*' &&
	    (unsigned char)latin1_base[c - 0xE0] < 0x80)
		base = latin1_base[c - 0xE0];
	else if (c >= 0x100 && c <= 0x17F && latin_ext_a_base[c - 0x100] != '*')
		base = latin_ext_a_base[c - 0x100];
	if (base) {
		out[0] = base;
		return 1;
	}
	return utf8_encode(c, out);
}

bool text_fold(const char *in, enum text_fold mode, char *out, size_t size)
{
	size_t len = strlen(in), used = 0;
	uint32_t cp;
	if (size == 0)
		return false;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (n == 0) { /* invalid byte: keep it, folding stays total */
			cp = 0xFFFD;
			n = 1;
		}
		i += n;
		char buf[4];
		uint32_t lower = fold_case(cp);
		size_t w = mode == FOLD_CASE_ACCENT ? strip_accent(lower, buf)
						    : utf8_encode(lower, buf);
		if (used + w + 1 > size) {
			out[used] = '\0';
			return false;
		}
		memcpy(out + used, buf, w);
		used += w;
	}
	out[used] = '\0';
	return true;
}

bool text_search_match(const char *haystack, const char *needle)
{
	char h[1024], n[1024];
	text_fold(haystack, FOLD_CASE_ACCENT, h, sizeof h);
	text_fold(needle, FOLD_CASE_ACCENT, n, sizeof n);
	return strstr(h, n) != NULL;
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
	static const char *const too_long = N_("is too long");
	size_t raw = strlen(in);
	if (!utf8_valid(in, raw)) {
		*why = N_("is not valid UTF-8");
		return false;
	}
	if (!text_trim_copy(in, out, size)) {
		*why = too_long;
		return false;
	}
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

static int codepoint_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	if (cp >= 0x300 && cp <= 0x36F)
		return 0;
	return is_control(cp) ? 0 : 1;
}

int text_display_width(const char *s)
{
	size_t len = strlen(s);
	int width = 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		width += codepoint_width(cp);
		i += n;
	}
	return width;
}

void text_fit(const char *s, int max_cols, bool pad, char *out, size_t size)
{
	size_t len = strlen(s), used = 0;
	int cols = 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			break;
		int w = codepoint_width(cp);
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

void text_ascii_fallback(const char *in, char *out, size_t size)
{
	size_t len = strlen(in), used = 0;
	uint32_t cp;
	for (size_t i = 0; i < len && used + 3 < size;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		char buf[4];
		size_t w;
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		i += n;
		uint32_t lower = fold_case(cp);
		w = cp < 0x80 ? utf8_encode(cp, buf) : strip_accent(lower, buf);
		if (w == 0)
			continue;
		if ((unsigned char)buf[0] >= 0x80) {
			buf[0] = '?';
			w = 1;
		}
		if (lower != cp) /* it was a capital: keep it one */
			for (size_t k = 0; k < w; k++)
				if (buf[k] >= 'a' && buf[k] <= 'z')
					buf[k] = (char)(buf[k] - 32);
		memcpy(out + used, buf, w);
		used += w;
	}
	if (size)
		out[used] = '\0';
}

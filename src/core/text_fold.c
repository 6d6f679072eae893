/*
 * text_fold.c — Unicode normalisation and the keys names are matched,
 * searched and sorted by, with utf8proc (never the process locale, never
 * tables of our own but one: see `undecomposed`).
 *
 * Everything stored is NFC, so an NFD "Zoë" typed on one keyboard and an
 * NFC one typed on another are one name.  The identity key (FOLD_CASE) is
 * NFKC with full case folding for every script, default-ignorable code
 * points (zero-width spaces, joiners, soft hyphens, fillers) removed and
 * runs of spaces as one: "ZOË", "zoë", "Zoë" in NFD, "Ｚｏë" and
 * "Zo\u200Bë" share it; "Zoe" has another, because accents count.  The
 * capital dotted İ folds to i, as in Turkish, so "ŞAHİN" is "Şahin".  The
 * search and sort key (FOLD_CASE_ACCENT) is the identity key without marks,
 * with the few letters Unicode does not decompose written as the letters a
 * reader sees in them ("Søren" → "soren", "Wałęsa" → "walesa").
 *
 * Invariants (tests/fuzz/fuzz_names.c): both keys are idempotent, equal for
 * a text and its NFC form, and the same with and without the ASCII short
 * cut.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "i18n.h"
#include "text.h"

/* Lower-case letters with a stroke, bar or ligature that have no canonical
 * decomposition, and what a search for their base letters should find. */
static const struct {
	uint32_t cp;
	char base[3];
} undecomposed[] = {
	{0x00E6, "ae"}, {0x00F0, "d"}, {0x00F8, "o"}, {0x0111, "d"},
	{0x0127, "h"}, {0x0131, "i"}, {0x0138, "k"}, {0x0142, "l"},
	{0x014B, "n"}, {0x0153, "oe"}, {0x0167, "t"},
};

static const char *base_of(uint32_t cp)
{
	for (size_t i = 0; i < sizeof undecomposed / sizeof *undecomposed; i++)
		if (undecomposed[i].cp == cp)
			return undecomposed[i].base;
	return NULL;
}

static utf8proc_int32_t turkish_capital_i(utf8proc_int32_t cp, void *data)
{
	(void)data;
	return cp == 0x130 ? 'i' : cp;
}

/* A valid copy of in: every byte that is not UTF-8 becomes U+FFFD, so
 * folding stays total. */
static char *valid_copy(const char *in)
{
	size_t len = strlen(in), used = 0;
	char *out = malloc(len * 3 + 1);
	uint32_t cp;
	if (!out)
		return NULL;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(in + i, len - i, &cp);
		if (n == 0) {
			used += utf8_encode(0xFFFD, out + used);
			i++;
		} else {
			memcpy(out + used, in + i, n);
			used += n;
			i += n;
		}
	}
	out[used] = '\0';
	return out;
}

/* In place: runs of spaces as one, none at either end, and in accent
 * mode the undecomposed letters as their base letters (never longer). */
static void finish_key(char *s, enum text_fold mode)
{
	size_t len = strlen(s), used = 0;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(s + i, len - i, &cp);
		const char *base = mode == FOLD_CASE_ACCENT && n ? base_of(cp)
								 : NULL;
		if (n == 0)
			n = 1;
		if (s[i] == ' ') {
			if (used > 0 && s[used - 1] != ' ')
				s[used++] = ' ';
		} else if (base) {
			size_t b = strlen(base);
			memcpy(s + used, base, b);
			used += b;
		} else {
			memmove(s + used, s + i, n);
			used += n;
		}
		i += n;
	}
	while (used > 0 && s[used - 1] == ' ')
		used--;
	s[used] = '\0';
}

static bool is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* The identity key of a text with something beyond ASCII, before
 * finish_key. */
static char *identity_key(const char *in)
{
	utf8proc_uint8_t *nfc = NULL, *mapped = NULL;
	char *valid = utf8_valid(in, strlen(in)) ? NULL : valid_copy(in);
	/* NFC first, then fold: folding character by character would fold
	 * "ᾳ" + U+0301 and its NFC "ᾴ" apart, and "I" + U+0307 would miss
	 * the Turkish rule its NFC "İ" gets. */
	utf8proc_ssize_t n = utf8proc_map(
		(const utf8proc_uint8_t *)(valid ? valid : in), 0, &nfc,
		UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	free(valid);
	if (n >= 0)
		n = utf8proc_map_custom(nfc, 0, &mapped,
					UTF8PROC_NULLTERM | UTF8PROC_STABLE |
					UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
					UTF8PROC_CASEFOLD | UTF8PROC_IGNORE,
					turkish_capital_i, NULL);
	free(nfc);
	return n < 0 ? NULL : (char *)mapped;
}

/* What the full folding and finish_key give for ASCII, in one pass
 * without utf8proc: lower case, runs of spaces as one, none at either
 * end (no ASCII letter is among the undecomposed ones).  Every sorted
 * list folds each name it sorts by (issue 18). */
static char *ascii_key(const char *in)
{
	char *key = malloc(strlen(in) + 1);
	size_t used = 0;
	if (!key)
		return NULL;
	for (; *in; in++) {
		char c = *in;
		if (c == ' ') {
			if (used > 0 && key[used - 1] != ' ')
				key[used++] = ' ';
		} else {
			key[used++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		}
	}
	while (used > 0 && key[used - 1] == ' ')
		used--;
	key[used] = '\0';
	return key;
}

char *text_fold_dup(const char *in, enum text_fold mode)
{
	char *key;
	if (is_ascii(in)) {
		return ascii_key(in);
	} else if (!(key = identity_key(in))) {
		return NULL;
	} else if (mode == FOLD_CASE_ACCENT) {
		/* The search key is the identity key without its marks, so
		 * both agree on everything but accents. */
		utf8proc_uint8_t *plain = NULL;
		utf8proc_ssize_t n = utf8proc_map(
			(const utf8proc_uint8_t *)key, 0, &plain,
			UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
			UTF8PROC_STRIPMARK);
		free(key);
		if (n < 0)
			return NULL;
		key = (char *)plain;
	}
	finish_key(key, mode);
	return key;
}

bool text_fold(const char *in, enum text_fold mode, char *out, size_t size)
{
	if (size == 0)
		return false;
	char *key = text_fold_dup(in, mode);
	if (!key) {
		out[0] = '\0';
		return false;
	}
	size_t len = strlen(key);
	bool fits = len < size;
	if (!fits) {
		len = size - 1;
		while (len > 0 && ((unsigned char)key[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(out, key, len);
	out[len] = '\0';
	free(key);
	return fits;
}

bool text_search_match(const char *haystack, const char *needle)
{
	char *h = text_fold_dup(haystack, FOLD_CASE_ACCENT);
	char *n = text_fold_dup(needle, FOLD_CASE_ACCENT);
	bool found = h && n && strstr(h, n) != NULL;
	free(h);
	free(n);
	return found;
}

bool text_search_prefix(const char *text, const char *prefix)
{
	char *t = text_fold_dup(text, FOLD_CASE_ACCENT);
	char *p = text_fold_dup(prefix, FOLD_CASE_ACCENT);
	bool found = t && p && strncmp(t, p, strlen(p)) == 0;
	free(t);
	free(p);
	return found;
}

bool text_nfc(const char *in, char *out, size_t size)
{
	size_t len = strlen(in);
	if (is_ascii(in) || !utf8_valid(in, len)) {
		if (len + 1 > size)
			return false;
		memcpy(out, in, len + 1);
		return true;
	}
	char *nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)in);
	if (!nfc)
		return false;
	len = strlen(nfc);
	bool fits = len + 1 <= size;
	if (fits)
		memcpy(out, nfc, len + 1);
	free(nfc);
	return fits;
}

size_t text_dash_at(const char *s)
{
	uint32_t cp;
	size_t n = utf8_decode(s, strlen(s), &cp);
	if (n == 0)
		return 0;
	if (cp == '-' || cp == 0x2212 ||
	    utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_PD)
		return n;
	return 0;
}

/* Unicode's Bidi_Control characters: they reorder what follows them. */
static bool is_bidi_control(uint32_t cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* A character that leaves a mark on the screen by itself: not a control,
 * format character, space, combining mark or default-ignorable filler
 * (U+3164 and its kin), and not the blank Braille pattern. */
static bool is_visible(uint32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
	switch (p->category) {
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
	case UTF8PROC_CATEGORY_CN:
	case UTF8PROC_CATEGORY_CS:
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_ME:
		return false;
	default:
		return !p->ignorable && cp != 0x2800;
	}
}

const char *text_name_problem(const char *name)
{
	size_t len = strlen(name);
	bool visible = false;
	uint32_t cp;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_decode(name + i, len - i, &cp);
		if (n == 0)
			return N_("is not valid UTF-8");
		if (is_bidi_control(cp))
			/* TRANSLATORS: said of a name; U+202E turns the
			 * rest of a line around. */
			return N_("contains a bidirectional control character "
				  "(such as U+202E)");
		visible = visible || is_visible(cp);
		i += n;
	}
	return visible ? NULL : N_("has no visible character");
}

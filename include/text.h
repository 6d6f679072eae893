/*
 * text.h — UTF-8 helpers that do not depend on the process locale.
 *
 * Names of people are compared case-insensitively but accent-sensitively
 * ("ZOË" = "zoë" ≠ "zoe"), and searched accent-insensitively ("zoe" finds
 * "Zoë").  Both foldings are done here, on UTF-8 bytes, with tables for the
 * Latin scripts used in Dutch municipalities, so the result is the same under
 * LANG=C and LANG=C.UTF-8.
 */
#ifndef NOTULIST_TEXT_H
#define NOTULIST_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s (at most len bytes); returns its byte length,
 * or 0 for an invalid or truncated sequence. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
size_t utf8_encode(uint32_t cp, char out[4]);
bool utf8_valid(const char *s, size_t len);
size_t utf8_length(const char *s); /* code points in a valid string */

enum text_fold {
	FOLD_CASE,        /* lower case, accents kept: for identity */
	FOLD_CASE_ACCENT  /* lower case, accents removed: for search */
};

/* Writes the folded form of a valid UTF-8 string into out (always
 * NUL-terminated, truncated at a code point boundary); returns false when
 * it did not fit. */
bool text_fold(const char *in, enum text_fold mode, char *out, size_t size);

/* True when needle occurs in haystack after FOLD_CASE_ACCENT on both. */
bool text_search_match(const char *haystack, const char *needle);

/* Copies src to dst with leading and trailing white space removed. */
bool text_trim_copy(const char *src, char *dst, size_t size);

/* Validates a short single-line field (a name, a place): valid UTF-8, no
 * control characters, 1..max_chars code points after trimming.  On success
 * the trimmed text is in out; otherwise *why is an untranslated predicate
 * ("is empty", "contains a control character"…) to pass through _(). */
bool text_clean_field(const char *in, size_t max_chars, char *out,
		      size_t size, const char **why);

/* Terminal columns a valid UTF-8 string occupies (wcwidth where the locale
 * knows the character, else one column per non-combining code point). */
int text_display_width(const char *s);

/* Copies at most max_cols columns of s into out, padding with spaces to
 * exactly max_cols when pad is set.  Never splits a character. */
void text_fit(const char *s, int max_cols, bool pad, char *out, size_t size);

/* An ASCII rendering for terminals without UTF-8: accents dropped, case
 * kept ("Zoë" → "Zoe", "Ĳssel" → "IJssel"), other scripts as '?'. */
void text_ascii_fallback(const char *in, char *out, size_t size);

#endif

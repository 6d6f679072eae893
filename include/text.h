/*
 * text.h — UTF-8 text as people type it, the same under any locale.
 *
 * Everything stored is NFC (text_clean_field, text_block_clean).  Names of
 * people are compared case-insensitively but accent-sensitively ("ZOË" =
 * "zoë" ≠ "zoe"), and searched and sorted accent-insensitively ("zoe"
 * finds "Zoë", "Émile" sorts among the E's).  Folding, normalisation and
 * display widths come from utf8proc (text_fold.c), never from the process
 * locale: the CLI runs under LANG=C in scripts.
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
	FOLD_CASE,        /* identity: NFKC, full case folding, invisible
			     characters removed, runs of spaces as one;
			     accents kept */
	FOLD_CASE_ACCENT  /* search and sorting: the same without accents */
};

/* Writes the folded form of a string into out (always NUL-terminated,
 * truncated at a code point boundary); returns false when it did not fit.
 * Bytes that are not UTF-8 fold as U+FFFD.  Idempotent; a text and its
 * NFC form fold alike. */
bool text_fold(const char *in, enum text_fold mode, char *out, size_t size);

/* The folded form in memory of its own (free it); NULL: out of memory. */
char *text_fold_dup(const char *in, enum text_fold mode);

/* Copies a valid UTF-8 string into out in NFC; false when it does not fit
 * (or utf8proc fails).  Invalid input is copied as it is. */
bool text_nfc(const char *in, char *out, size_t size);

/* Bytes of a dash at s — '-' or any other Unicode dash or the minus sign,
 * which look the same — or 0. */
size_t text_dash_at(const char *s);

/* Why a cleaned text cannot be someone's name, as an untranslated
 * predicate for _(), or NULL when it can: it holds a bidirectional control
 * (U+202E turns the rest of the line around), or nothing visible is left
 * once spaces, format characters, combining marks and fillers such as
 * U+200B or U+3164 are set aside. */
const char *text_name_problem(const char *name);

/* True when needle occurs in haystack after FOLD_CASE_ACCENT on both. */
bool text_search_match(const char *haystack, const char *needle);

/* True when text starts with prefix after FOLD_CASE_ACCENT on both ("Em"
 * and "em" start "Émile"): for completion. */
bool text_search_prefix(const char *text, const char *prefix);

/* How well a name answers a search (text_rank.c), 0 for no match and
 * higher for better: the whole name, then the name starting with the
 * text, then a word of it ("de wit" in "Jan de Wit"), then anywhere; in
 * each, a match ending where a word ends first.  Case and accents are
 * ignored; a text ending in a space matches only where a word ends. */
enum text_rank { TEXT_RANK_NONE, TEXT_RANK_ANYWHERE, TEXT_RANK_WORD,
		 TEXT_RANK_PREFIX, TEXT_RANK_WHOLE };
int text_search_rank(const char *name, const char *query);
/* The names that match, best first (ties in the given order): their
 * indices into order, which has room for n; returns how many.  0 also
 * when memory runs out. */
size_t text_search_order(const char *const *names, size_t n,
			 const char *query, size_t *order);

/* Copies src to dst with leading and trailing white space removed. */
bool text_trim_copy(const char *src, char *dst, size_t size);

/* Validates a short single-line field (a place, a title): valid UTF-8, no
 * control characters, 1..max_chars code points after trimming.  On success
 * the trimmed text is in out, in NFC; otherwise *why is an untranslated
 * predicate ("is empty", "contains a control character"…) to pass through
 * _(). */
bool text_clean_field(const char *in, size_t max_chars, char *out,
		      size_t size, const char **why);

/* text_clean_field for the name of a person or a municipality, which must
 * also pass text_name_problem. */
bool text_clean_name(const char *in, size_t max_chars, char *out,
		     size_t size, const char **why);

/* Terminal columns a UTF-8 string occupies, by utf8proc's character
 * widths: wide characters 2, combining marks and format characters 0, and
 * a pictograph joined to the one before it by U+200D (the emoji of a
 * family) 0, as terminals draw the sequence as one glyph.  A byte that is
 * not UTF-8 counts 1. */
int text_display_width(const char *s);

/* Copies at most max_cols columns of s into out, padding with spaces to
 * exactly max_cols when pad is set.  Never splits a character. */
void text_fit(const char *s, int max_cols, bool pad, char *out, size_t size);

/* An ASCII rendering for terminals without UTF-8: accents dropped, case
 * kept ("Zoë" → "Zoe", "Ĳssel" → "IJssel"), other scripts as '?'. */
void text_ascii_fallback(const char *in, char *out, size_t size);

#endif

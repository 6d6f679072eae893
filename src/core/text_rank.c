/*
 * text_rank.c — how well a name answers what someone typed in a search,
 * so the board offers the likeliest person first and a secretary needs
 * few keys and never gets the wrong person.  Pure: no store, no locale;
 * case and accents are folded by text_fold (FOLD_CASE_ACCENT).
 *
 * Order, best first: the whole name; the name starts with the text; a
 * word of the name starts with it ("wit" and "de wit" in "Jan de Wit",
 * "jan" after the hyphen of "Dirk-Jan"); anywhere.  Within each, a match
 * that ends where a word ends comes first, so "jan" offers "Jan de Wit"
 * before "Janneke Bos".  A text that ends in a space matches only where a
 * word ends ("jan " finds Jan de Wit, not Henk Jansen).  Ties keep the
 * order the caller gave (the board's: by municipality, then name).
 */
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* A word ends or begins next to anything that is not a letter or digit:
 * a space, a hyphen, an apostrophe ('t Hart).  Bytes of other scripts
 * count as letters. */
static bool word_break(char c)
{
	unsigned char u = (unsigned char)c;
	if (u == '\0')
		return true;
	if (u >= 0x80)
		return false;
	return !((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
		 (u >= '0' && u <= '9'));
}

static int best_rank(const char *name, const char *query, bool word_end)
{
	size_t len = strlen(query);
	int best = TEXT_RANK_NONE;
	if (len == 0)
		return TEXT_RANK_NONE;
	if (strcmp(name, query) == 0)
		return TEXT_RANK_WHOLE * 2 + 1;
	for (const char *p = strstr(name, query); p; p = strstr(p + 1, query)) {
		bool ends = word_break(p[len]);
		if (word_end && !ends)
			continue;
		int kind = p == name ? TEXT_RANK_PREFIX
			   : word_break(p[-1]) ? TEXT_RANK_WORD
					       : TEXT_RANK_ANYWHERE;
		int score = kind * 2 + (ends ? 1 : 0);
		if (score > best)
			best = score;
	}
	return best;
}

int text_search_rank(const char *name, const char *query)
{
	size_t qlen = strlen(query);
	bool word_end = qlen > 0 && query[qlen - 1] == ' ';
	char *n = text_fold_dup(name, FOLD_CASE_ACCENT);
	char *q = text_fold_dup(query, FOLD_CASE_ACCENT);
	int rank = n && q ? best_rank(n, q, word_end) : TEXT_RANK_NONE;
	free(n);
	free(q);
	return rank;
}

struct ranked {
	size_t index;
	int rank;
};

static int by_rank(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank > y->rank ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

size_t text_search_order(const char *const *names, size_t n,
			 const char *query, size_t *order)
{
	struct ranked *r = malloc((n ? n : 1) * sizeof *r);
	size_t found = 0;
	if (!r)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int rank = text_search_rank(names[i], query);
		if (rank > TEXT_RANK_NONE)
			r[found++] = (struct ranked){i, rank};
	}
	qsort(r, found, sizeof *r, by_rank);
	for (size_t i = 0; i < found; i++)
		order[i] = r[i].index;
	free(r);
	return found;
}

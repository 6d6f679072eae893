/*
 * test_text_rank.c — the board's search ranking (text_rank.c), as tables:
 * what a typed text ranks a name, and in what order a body with
 * near-names (Jan / Jansen, Ans / Anaïs, Henk / Hendriks) is offered.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "text.h"

#define WHOLE (TEXT_RANK_WHOLE * 2 + 1)
#define PREFIX_WORD (TEXT_RANK_PREFIX * 2 + 1)
#define PREFIX (TEXT_RANK_PREFIX * 2)
#define WORD_WORD (TEXT_RANK_WORD * 2 + 1)
#define WORD (TEXT_RANK_WORD * 2)
#define ANYWHERE_WORD (TEXT_RANK_ANYWHERE * 2 + 1)
#define ANYWHERE (TEXT_RANK_ANYWHERE * 2)

struct rank_case {
	const char *name;
	const char *person;
	const char *query;
	int rank;
};

static const struct rank_case rank_cases[] = {
	{"rank: the whole name", "Jan de Wit", "jan de wit", WHOLE},
	{"rank: whole name, accents and case ignored", "Anaïs Bakker",
	 "ANAIS BAKKER", WHOLE},
	{"rank: the first name", "Jan de Wit", "jan", PREFIX_WORD},
	{"rank: the start of the first name", "Janneke Bos", "jan", PREFIX},
	{"rank: space is part of the text", "Jan de Wit", "jan de",
	 PREFIX_WORD},
	{"rank: the surname", "Jan de Wit", "wit", WORD_WORD},
	{"rank: the surname with its prefix", "Jan de Wit", "de wit",
	 WORD_WORD},
	{"rank: the start of the surname", "Henk Jansen", "jan", WORD},
	{"rank: after a hyphen", "Dirk-Jan Wouters", "jan", WORD_WORD},
	{"rank: after an apostrophe", "Kees 't Hart", "hart", WORD_WORD},
	{"rank: inside a word", "Henk Jansen", "ans", ANYWHERE},
	{"rank: inside, ending a word", "Henk Jansen", "sen", ANYWHERE_WORD},
	{"rank: the best of several places", "Ans Jansen", "ans", PREFIX_WORD},
	{"rank: accents ignored inside", "Gülşen Demir", "ulse", ANYWHERE},
	{"rank: no match", "Jan de Wit", "piet", TEXT_RANK_NONE},
	{"rank: empty text matches nothing", "Jan de Wit", "", TEXT_RANK_NONE},
	{"rank: blanks only match nothing", "Jan de Wit", "  ", TEXT_RANK_NONE},
	{"rank: a trailing space wants a word's end", "Henk Jansen", "jan ",
	 TEXT_RANK_NONE},
	{"rank: a trailing space after a whole word", "Jan de Wit", "jan ",
	 PREFIX_WORD},
	{"rank: accents in the text are ignored too", "Anais Bakker", "anaïs",
	 PREFIX_WORD},
	{"rank: ans is not anaïs", "Anaïs Bakker", "ans", TEXT_RANK_NONE},
};

static void run_rank_case(void **state)
{
	const struct rank_case *c = *state;
	assert_int_equal(text_search_rank(c->person, c->query), c->rank);
}

/* A body in the board's order (by municipality, then name). */
static const char *const body[] = {
	"Anaïs Bakker", "Henk Jansen", "Hendrik Smit", "Jan de Wit",
	"Janneke Bos", "Loïs Hendriks", "Ans Visser", "Dirk-Jan Wouters",
	"Jansje Ans", "Henk Hendriks",
};
#define BODY_N (sizeof body / sizeof *body)

struct order_case {
	const char *name;
	const char *query;
	const char *want[BODY_N + 1];   /* NULL ends */
};

static const struct order_case order_cases[] = {
	{"order: jan", "jan",
	 {"Jan de Wit", "Janneke Bos", "Jansje Ans", "Dirk-Jan Wouters",
	  "Henk Jansen", NULL}},
	{"order: jan with a space", "jan ", {"Jan de Wit", "Dirk-Jan Wouters",
					     NULL}},
	{"order: jan de", "jan de", {"Jan de Wit", NULL}},
	{"order: ans", "ans",
	 {"Ans Visser", "Jansje Ans", "Henk Jansen", NULL}},
	{"order: ana", "ana", {"Anaïs Bakker", NULL}},
	{"order: henk", "henk", {"Henk Jansen", "Henk Hendriks", NULL}},
	{"order: hend", "hend",
	 {"Hendrik Smit", "Loïs Hendriks", "Henk Hendriks", NULL}},
	{"order: hendriks", "hendriks",
	 {"Loïs Hendriks", "Henk Hendriks", NULL}},
	{"order: henk h", "henk h", {"Henk Hendriks", NULL}},
	{"order: wit", "wit", {"Jan de Wit", NULL}},
	{"order: nothing", "xyz", {NULL}},
};

static void run_order_case(void **state)
{
	const struct order_case *c = *state;
	size_t order[BODY_N];
	size_t n = text_search_order(body, BODY_N, c->query, order);
	size_t want = 0;
	while (c->want[want])
		want++;
	for (size_t i = 0; i < n && i < want; i++)
		assert_string_equal(body[order[i]], c->want[i]);
	assert_int_equal(n, want);
}

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define ADD_ROWS(table, fn)                                                  \
	for (size_t i = 0; i < N_OF(table); i++, n++) {                      \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = table[i].name;                               \
		tests[n].initial_state = (void *)&table[i];                  \
	}

int main(void)
{
	static struct CMUnitTest tests[N_OF(rank_cases) + N_OF(order_cases)];
	size_t n = 0;
	ADD_ROWS(rank_cases, run_rank_case);
	ADD_ROWS(order_cases, run_order_case);
	return _cmocka_run_group_tests("text_rank", tests, n, NULL, NULL);
}

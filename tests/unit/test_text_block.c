/* test_text_block.c — cleaning multi-line text (notes, decisions,
 * answers), case by case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "text_block.h"

struct block_case {
	const char *name;
	const char *in;
	size_t max_chars;
	bool allow_empty;
	const char *out;   /* NULL: refused */
	const char *why;   /* when refused */
	int lines;         /* of the output */
};

static const struct block_case cases[] = {
	{"one line stays", "Brieven zijn onduidelijk.", 100, false,
	 "Brieven zijn onduidelijk.", NULL, 1},
	{"editor's final newline dropped", "Regel\n", 100, false, "Regel",
	 NULL, 1},
	{"CRLF becomes LF", "Een\r\nTwee\r\n", 100, false, "Een\nTwee", NULL,
	 2},
	{"lone CR becomes LF", "Een\rTwee", 100, false, "Een\nTwee", NULL, 2},
	{"trailing blanks of each line dropped", "Een  \t\nTwee ", 100, false,
	 "Een\nTwee", NULL, 2},
	{"leading indentation kept", "  - punt\n  - punt", 100, false,
	 "  - punt\n  - punt", NULL, 2},
	{"empty lines at both ends dropped", "\n\n  \nTekst\n\n\n", 100, false,
	 "Tekst", NULL, 1},
	{"paragraph break kept", "Een\n\nTwee", 100, false, "Een\n\nTwee",
	 NULL, 3},
	{"tab inside a line kept", "a\tb", 100, false, "a\tb", NULL, 1},
	{"accents count as one character each", "Zoë", 3, false, "Zoë", NULL,
	 1},
	{"too long by one character", "Zoë!", 3, false, NULL, "is too long",
	 0},
	{"only white space is empty", " \n\t\n ", 100, false, NULL, "is empty",
	 0},
	{"empty allowed when asked", "\n", 100, true, "", NULL, 0},
	{"escape character refused", "a\x1b[31mb", 100, false, NULL,
	 "contains a control character", 0},
	{"broken UTF-8 refused", "caf\xc3", 100, false, NULL,
	 "is not valid UTF-8", 0},
};

static void run_case(void **state)
{
	const struct block_case *c = *state;
	char out[64];
	const char *why = NULL;
	bool ok = text_block_clean(c->in, c->max_chars, c->allow_empty, out,
				   sizeof out, &why);
	if (c->out) {
		assert_true(ok);
		assert_string_equal(out, c->out);
		assert_int_equal(text_block_lines(out), c->lines);
	} else {
		assert_false(ok);
		assert_string_equal(why, c->why);
		assert_string_equal(out, "");
	}
}

int main(void)
{
	struct CMUnitTest tests[sizeof cases / sizeof *cases];
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	return _cmocka_run_group_tests("text blocks", tests, n, NULL, NULL);
}

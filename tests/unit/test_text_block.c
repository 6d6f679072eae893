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
	enum text_block_fault fault;
	int lines;         /* of the output */
};

#define OK TEXT_BLOCK_OK

static const struct block_case cases[] = {
	{"one line stays", "Brieven zijn onduidelijk.", 100, false,
	 "Brieven zijn onduidelijk.", OK, 1},
	{"editor's final newline dropped", "Regel\n", 100, false, "Regel", OK,
	 1},
	{"CRLF becomes LF", "Een\r\nTwee\r\n", 100, false, "Een\nTwee", OK, 2},
	{"lone CR becomes LF", "Een\rTwee", 100, false, "Een\nTwee", OK, 2},
	{"trailing blanks of each line dropped", "Een  \t\nTwee ", 100, false,
	 "Een\nTwee", OK, 2},
	{"leading indentation kept", "  - punt\n  - punt", 100, false,
	 "  - punt\n  - punt", OK, 2},
	{"empty lines at both ends dropped", "\n\n  \nTekst\n\n\n", 100, false,
	 "Tekst", OK, 1},
	{"paragraph break kept", "Een\n\nTwee", 100, false, "Een\n\nTwee", OK,
	 3},
	{"tab inside a line kept", "a\tb", 100, false, "a\tb", OK, 1},
	{"accents count as one character each", "Zoë", 3, false, "Zoë", OK, 1},
	{"too long by one character", "Zoë!", 3, false, NULL,
	 TEXT_BLOCK_TOO_LONG, 0},
	{"only white space is empty", " \n\t\n ", 100, false, NULL,
	 TEXT_BLOCK_EMPTY, 0},
	{"empty allowed when asked", "\n", 100, true, "", OK, 0},
	{"escape character refused", "a\x1b[31mb", 100, false, NULL,
	 TEXT_BLOCK_CONTROL, 0},
	{"broken UTF-8 refused", "caf\xc3", 100, false, NULL,
	 TEXT_BLOCK_NOT_UTF8, 0},
};

static void run_case(void **state)
{
	const struct block_case *c = *state;
	char out[64];
	enum text_block_fault fault = text_block_clean(
		c->in, c->max_chars, c->allow_empty, out, sizeof out);
	assert_int_equal(fault, c->fault);
	if (c->out) {
		assert_string_equal(out, c->out);
		assert_int_equal(text_block_lines(out), c->lines);
	} else {
		assert_string_equal(out, "");
	}
}

/* The predicates a refusal is phrased with (translated at the caller). */
static void faults_have_their_words(void **state)
{
	(void)state;
	assert_string_equal(text_block_fault_text(TEXT_BLOCK_TOO_LONG),
			    "is too long");
	assert_string_equal(text_block_fault_text(TEXT_BLOCK_EMPTY), "is empty");
	assert_string_equal(text_block_fault_text(TEXT_BLOCK_NOT_UTF8),
			    "is not valid UTF-8");
	assert_string_equal(text_block_fault_text(TEXT_BLOCK_CONTROL),
			    "contains a control character");
	assert_string_equal(text_block_fault_text(TEXT_BLOCK_OK), "");
}

int main(void)
{
	struct CMUnitTest tests[sizeof cases / sizeof *cases + 1];
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++, n++) {
		tests[n] = (struct CMUnitTest)cmocka_unit_test(run_case);
		tests[n].name = cases[i].name;
		tests[n].initial_state = (void *)&cases[i];
	}
	tests[n++] = (struct CMUnitTest)cmocka_unit_test(faults_have_their_words);
	return _cmocka_run_group_tests("text blocks", tests, n, NULL, NULL);
}

/* test_text_show.c — control characters, bidi controls and broken UTF-8
 * made visible for terminals, files and messages; quoting user input in
 * messages, shortened with "…". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nl_error.h"
#include "text_show.h"

struct show_case {
	const char *name;
	const char *in;
	enum text_show mode;
	const char *want;
};

static const struct show_case show_cases[] = {
	{"show: plain text unchanged", "Zoë de Vries", SHOW_LINE, "Zoë de Vries"},
	{"show: empty", "", SHOW_LINE, ""},
	{"show: ESC of a colour", "Zo\x1b[31më", SHOW_LINE, "Zo\\x1b[31më"},
	{"show: OSC 52 clipboard write",
	 "a\x1b]52;c;cm0gLXJm\x07z", SHOW_LINE, "a\\x1b]52;c;cm0gLXJm\\x07z"},
	{"show: clear screen", "\x1b[2J\x1b[H", SHOW_LINE, "\\x1b[2J\\x1b[H"},
	{"show: DEL", "a\x7f", SHOW_LINE, "a\\x7f"},
	{"show: C1 CSI (U+009B)", "a\xc2\x9b" "2J", SHOW_LINE, "a\\x9b2J"},
	{"show: C1 NEL (U+0085)", "a\xc2\x85z", SHOW_LINES, "a\\x85z"},
	{"show: right-to-left override", "Jan \xe2\x80\xaekoob", SHOW_LINE,
	 "Jan \\u202ekoob"},
	{"show: every embedding and override", "\xe2\x80\xaa\xe2\x80\xab"
	 "\xe2\x80\xac\xe2\x80\xad", SHOW_LINE,
	 "\\u202a\\u202b\\u202c\\u202d"},
	{"show: every isolate", "\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8"
	 "\xe2\x81\xa9", SHOW_LINE, "\\u2066\\u2067\\u2068\\u2069"},
	{"show: line separator", "a\xe2\x80\xa8z", SHOW_LINES, "a\\u2028z"},
	{"show: neighbours of bidi stay", "\xe2\x80\xa9\xe2\x80\xaf\xe2\x81\xa5"
	 "\xe2\x81\xaa", SHOW_LINE, "\\u2029\xe2\x80\xaf\xe2\x81\xa5"
	 "\xe2\x81\xaa"},
	{"show: ZWJ emoji stays", "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb",
	 SHOW_LINE, "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb"},
	{"show: invalid byte", "Zo\xff de", SHOW_LINE, "Zo\\xff de"},
	{"show: truncated sequence", "a\xc3", SHOW_LINE, "a\\xc3"},
	{"show: newline on one line", "a\nb", SHOW_LINE, "a\\nb"},
	{"show: newline kept in lines", "a\nb", SHOW_LINES, "a\nb"},
	{"show: newline in a message", "a\nb", SHOW_EXACT, "a\\nb"},
	{"show: tab is a space", "a\tb", SHOW_LINE, "a b"},
	{"show: tab is a space in lines", "a\tb\n\tc", SHOW_LINES, "a b\n c"},
	{"show: tab visible in a message", "a\tb", SHOW_EXACT, "a\\tb"},
	{"show: carriage return", "a\r\nb", SHOW_LINES, "a\\x0d\nb"},
	{"show: an escape is text, shown once", "\\x1b", SHOW_EXACT, "\\x1b"},
};

static void run_show_case(void **state)
{
	const struct show_case *c = *state;
	char out[256];
	size_t n = text_show(c->in, c->mode, out, sizeof out);
	assert_string_equal(out, c->want);
	assert_int_equal(n, strlen(c->want));
	assert_int_equal(text_shows_as_is(c->in, c->mode),
			 strcmp(c->in, c->want) == 0);
	char *dup = text_show_dup(c->in, c->mode);
	assert_non_null(dup);
	assert_string_equal(dup, c->want);
	/* Shown text shows as it is: escaping twice changes nothing. */
	assert_true(text_shows_as_is(dup, c->mode));
	free(dup);
}

/* A buffer too small holds a prefix that ends on a whole piece, never
 * half an escape or half a character. */
static void show_cuts_at_a_piece(void **state)
{
	char out[8];
	(void)state;
	assert_int_equal(text_show("ab\x1b" "cd", SHOW_LINE, out, sizeof out),
			 8);
	assert_string_equal(out, "ab\\x1bc");
	assert_int_equal(text_show("abcde\x1b", SHOW_LINE, out, 8), 9);
	assert_string_equal(out, "abcde");
	assert_int_equal(text_show("abcdeë", SHOW_LINE, out, 7), 7);
	assert_string_equal(out, "abcde");
	assert_int_equal(text_show("x", SHOW_LINE, NULL, 0), 1);
}

static void show_in_place(void **state)
{
	char buf[16] = "a\nb\x1b";
	(void)state;
	text_show_in_place(buf, sizeof buf, SHOW_EXACT);
	assert_string_equal(buf, "a\\nb\\x1b");
	char small[6] = "\x1b\x1b\x1b";
	text_show_in_place(small, sizeof small, SHOW_LINE);
	assert_string_equal(small, "\\x1b");
}

static void quote_shortens_long_input(void **state)
{
	char out[TEXT_QUOTE_SIZE], want[TEXT_QUOTE_SIZE];
	char in[400];
	(void)state;
	memset(in, 'x', 100);
	in[100] = '\0';
	assert_string_equal(text_quote(in, out), in); /* 100 fit */
	memset(in, 'x', 101);
	in[101] = '\0';
	memset(want, 'x', 99);
	strcpy(want + 99, "…");
	assert_string_equal(text_quote(in, out), want);
	/* The longest pieces still fit the buffer. */
	for (int i = 0; i < 120; i++)
		memcpy(in + 3 * i, "\xe2\x80\xae", 3);
	in[360] = '\0';
	text_quote(in, out);
	assert_int_equal(strlen(out), 99 * 6 + strlen("…"));
	memset(in, '\x80', 399);
	in[399] = '\0';
	text_quote(in, out);
	assert_int_equal(strlen(out), 99 * 4 + strlen("…"));
}

static void quoted_macro_in_a_message(void **state)
{
	struct nl_error err = {0};
	(void)state;
	nl_fail(&err, NL_ERR_NOTFOUND, "no person named \"%s\"",
		QUOTED("Zo\x1b[31më\nde"));
	assert_string_equal(err.message, "no person named \"Zo\\x1b[31më\\nde\"");
}

/* A raw argument that slipped past QUOTED still leaves one clean line. */
static void messages_are_one_line_whatever_they_hold(void **state)
{
	struct nl_error err = {0};
	(void)state;
	nl_fail(&err, NL_ERR_INVALID, "%s: %s", "a\nb", "c\x1b");
	assert_string_equal(err.message, "a\\nb: c\\x1b");
	assert_int_equal(err.status, NL_ERR_INVALID);
}

int main(void)
{
	enum { N = sizeof show_cases / sizeof *show_cases };
	struct CMUnitTest tests[N + 5];
	for (size_t i = 0; i < N; i++)
		tests[i] = (struct CMUnitTest){show_cases[i].name,
					       run_show_case, NULL, NULL,
					       (void *)&show_cases[i]};
	tests[N] = (struct CMUnitTest)cmocka_unit_test(show_cuts_at_a_piece);
	tests[N + 1] = (struct CMUnitTest)cmocka_unit_test(show_in_place);
	tests[N + 2] = (struct CMUnitTest)cmocka_unit_test(quote_shortens_long_input);
	tests[N + 3] = (struct CMUnitTest)cmocka_unit_test(quoted_macro_in_a_message);
	tests[N + 4] = (struct CMUnitTest)cmocka_unit_test(
		messages_are_one_line_whatever_they_hold);
	return _cmocka_run_group_tests("text_show", tests, N + 5, NULL, NULL);
}

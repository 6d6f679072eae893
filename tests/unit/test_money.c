/* test_money.c — amounts in cents: what a person may type for an amount,
 * and the forms for CSV and for documents (English here; no catalogue is
 * loaded: tests/e2e/documents.sh checks "€ 1.234,50" in Dutch), and the
 * long dates of documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "document.h"
#include "money.h"

struct parse_case {
	const char *text;
	bool ok;
	int64_t cents;
};

static const struct parse_case parses[] = {
	{"30", true, 3000},       {"30.00", true, 3000},
	{"30,5", true, 3050},     {"12.50", true, 1250},
	{"0", true, 0},           {"0.01", true, 1},
	{"2100.00", true, 210000}, {"", false, 0},
	{"12.", false, 0},        {".5", false, 0},
	{"12.555", false, 0},     {"-1", false, 0},
	{"+1", false, 0},         {" 1", false, 0},
	{"1 ", false, 0},         {"1e3", false, 0},
	{"€12", false, 0},        {"1.000,00", false, 0},
	{"100000000", true, MONEY_MAX_CENTS},
	{"100000000.01", false, 0},
	{"99999999999999999999", false, 0},
};

static void parsing(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof parses / sizeof *parses; i++) {
		int64_t cents = -7;
		bool ok = money_parse(parses[i].text, &cents);
		if (ok != parses[i].ok)
			fail_msg("\"%s\": %d", parses[i].text, ok);
		if (ok)
			assert_int_equal(cents, parses[i].cents);
	}
}

static void formatting(void **state)
{
	(void)state;
	char out[MONEY_SIZE];
	money_format_plain(1250, out);
	assert_string_equal(out, "12.50");
	money_format_plain(5, out);
	assert_string_equal(out, "0.05");
	money_format_plain(21000000, out);
	assert_string_equal(out, "210000.00");
	money_format_euro(123450, out);
	assert_string_equal(out, "€1,234.50");
	money_format_euro(99, out);
	assert_string_equal(out, "€0.99");
	money_format_euro(100000000, out);
	assert_string_equal(out, "€1,000,000.00");
}

static void long_dates(void **state)
{
	(void)state;
	char out[DOC_DATE_SIZE];
	document_date((struct nl_date){2026, 12, 7}, out);
	assert_string_equal(out, "Monday 7 December 2026");
	document_date((struct nl_date){2024, 2, 29}, out);
	assert_string_equal(out, "Thursday 29 February 2024");
	document_date_short((struct nl_date){2026, 1, 1}, out);
	assert_string_equal(out, "1 January 2026");
	document_month(2026, 3, out);
	assert_string_equal(out, "March 2026");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parsing),
		cmocka_unit_test(formatting),
		cmocka_unit_test(long_dates),
	};
	return cmocka_run_group_tests_name("money", tests, NULL, NULL);
}

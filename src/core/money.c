/*
 * money.c — euros in cents (see money.h).  Parsing accepts only what a
 * person types for an amount; nothing goes through floating point.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "money.h"

bool money_parse(const char *text, int64_t *cents)
{
	int64_t euros = 0, fraction = 0;
	size_t i = 0, digits = 0;
	for (; text[i] >= '0' && text[i] <= '9'; i++, digits++) {
		euros = euros * 10 + (text[i] - '0');
		if (euros > MONEY_MAX_CENTS / 100)
			return false;
	}
	if (digits == 0)
		return false;
	if (text[i] == '.' || text[i] == ',') {
		size_t decimals = 0;
		for (i++; text[i] >= '0' && text[i] <= '9'; i++) {
			if (++decimals > 2)
				return false;
			fraction = fraction * 10 + (text[i] - '0');
		}
		if (decimals == 0)
			return false;
		if (decimals == 1)
			fraction *= 10;
	}
	if (text[i] != '\0')
		return false;
	*cents = euros * 100 + fraction;
	return *cents <= MONEY_MAX_CENTS;
}

void money_format_plain(int64_t cents, char out[MONEY_SIZE])
{
	const char *sign = cents < 0 ? "-" : "";
	int64_t v = cents < 0 ? -cents : cents;
	snprintf(out, MONEY_SIZE, "%s%" PRId64 ".%02d", sign, v / 100,
		 (int)(v % 100));
}

/* Whole euros with a thousands separator. */
static void group_thousands(int64_t euros, char sep, char *out, size_t size)
{
	char digits[24];
	int n = snprintf(digits, sizeof digits, "%" PRId64, euros);
	size_t o = 0;
	for (int i = 0; i < n && o + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			out[o++] = sep;
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

void money_format_euro(int64_t cents, char out[MONEY_SIZE])
{
	/* TRANSLATORS: the decimal separator and then the thousands
	 * separator of amounts in documents: ".," in English ("€1,234.50"),
	 * ",." in Dutch ("€ 1.234,50"). */
	const char *seps = _(".,");
	char decimal = strlen(seps) == 2 ? seps[0] : '.';
	char thousands = strlen(seps) == 2 ? seps[1] : ',';
	int64_t v = cents < 0 ? -cents : cents;
	char whole[28], number[40];
	group_thousands(v / 100, thousands, whole, sizeof whole);
	snprintf(number, sizeof number, "%s%s%c%02d", cents < 0 ? "-" : "",
		 whole, decimal, (int)(v % 100));
	/* TRANSLATORS: an amount in euros in a document; %s is the number
	 * ("1,234.50").  Dutch puts a space after the sign: "€ %s". */
	snprintf(out, MONEY_SIZE, _("€%s"), number);
}

/*
 * money.h — amounts of euros, kept in whole cents (int64_t) so that sums
 * are exact: an allowance of 12.50 a meeting times 17 meetings is 212.50,
 * not 212.49999.  Text forms: "12.50" for settings and CSV (what the
 * finance desk's spreadsheet reads), "€ 12,50" / "€12.50" in documents,
 * in the message language.
 */
#ifndef NOTULIST_MONEY_H
#define NOTULIST_MONEY_H

#include <stdbool.h>
#include <stdint.h>

#define MONEY_MAX_CENTS ((int64_t)100000000 * 100) /* 100 million euros */
#define MONEY_SIZE 48

/* "30", "30.5", "30.00" or "30,00": 0 or more, at most two decimals and
 * MONEY_MAX_CENTS; false for anything else. */
bool money_parse(const char *text, int64_t *cents);

/* "1234.50": no thousands separator, a point, two decimals. */
void money_format_plain(int64_t cents, char out[MONEY_SIZE]);

/* "€1,234.50" in English, "€ 1.234,50" in Dutch (the catalogue says). */
void money_format_euro(int64_t cents, char out[MONEY_SIZE]);

#endif

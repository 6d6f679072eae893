/*
 * report.h — the annual overview (`notulist report`) as Markdown.
 */
#ifndef NOTULIST_REPORT_H
#define NOTULIST_REPORT_H

#include <stdio.h>

#include "continuity.h"
#include "history.h"

/* Writes the overview of `year`; warnings are that year's continuity
 * warnings (continuity_check). */
void report_write(FILE *out, const struct history *history, int year,
		  const struct warning_list *warnings);

#endif

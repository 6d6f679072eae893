/*
 * sheet.h — the sign-in sheet of a meeting (`notulist sheet`, the
 * presentielijst): everyone expected, grouped by municipality, with role,
 * arrival, departure and an empty column to sign (a stand-in "for" the
 * member whose seat they took), then the guests recorded for the meeting
 * and empty rows for more walk-ins and guests.  Printed before the meeting, the times are empty;
 * printed afterwards, they come from the attendance record (the one
 * replay of the log, through the meeting snapshot), so the same command
 * gives the signed list's counterpart for the allowance payments.
 */
#ifndef NOTULIST_SHEET_H
#define NOTULIST_SHEET_H

#include <stdio.h>

#include "snapshot.h"

/* Empty rows for people who are not on the list. */
#define SHEET_WALK_IN_ROWS 8

/* When someone left: their last check-out, or the close of the meeting
 * for whoever was still there; 0 while they are present or never came. */
nl_time sheet_departure(const struct meeting *meeting,
			const struct person_attendance *attendance);

/* Writes the sheet as Markdown (document.h renders it for print with
 * DOC_LAYOUT_SHEET). */
void sheet_write_markdown(FILE *out, const struct meeting_snapshot *snapshot);

#endif

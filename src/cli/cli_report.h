/* cli_report.h — plain-text renderings of attendance results and status,
 * shared by the commands that print them. */
#ifndef NOTULIST_CLI_REPORT_H
#define NOTULIST_CLI_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "attendance.h"
#include "quorum.h"
#include "snapshot.h"

/* "clients present: 11/12 — QUORUM NOT MET" */
void report_quorum_line(FILE *out, struct quorum_state quorum);
void report_attendance(FILE *out, const struct att_outcome *outcome,
		       bool undone);
void report_status(FILE *out, const struct meeting_snapshot *snapshot);

#endif

/*
 * export.h — attendance and quorum as CSV (`notulist export`).
 *
 * Every export runs in one read transaction, so it is one consistent
 * picture even while the board keeps recording, and streams one meeting at
 * a time.  Who appears and how they fared is decided by the same rules
 * that `status` and the board use (person_expected_at, att_replay_all,
 * quorum_timeline_build), so the file never disagrees with the screen.
 *
 * Formats (a header row, then one row per line below; times
 * "YYYY-MM-DD HH:MM:SS", empty when there is none):
 *   attendance: meeting_date, meeting_id, person_id, name, municipality,
 *     role, status (present | excused | absent), first_arrival,
 *     last_departure, minutes_present, counts_for_quorum (yes | no);
 *     one row per meeting and person expected there or seen there,
 *     ordered by meeting date, then municipality (none last), then name
 *     as shown (the pseudonym when anonymous), compared without accents
 *     first ("Ömer" between "Anna" and "Zoë").
 *   quorum: meeting_date, meeting_id, changed_at, clients_present,
 *     minimum, quorum_met (yes | no); one row per change of the count.
 *   actions: action_id, meeting_id, meeting_date (the meeting that agreed
 *     it), description, owner, due_date, status (open | done | dropped),
 *     closed_on; dates "YYYY-MM-DD"; by id.
 * Contact details are never exported.  Anonymous exports show people by
 * pseudonym and leave free-text owners out: such text may name someone.
 */
#ifndef NOTULIST_EXPORT_H
#define NOTULIST_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csv_io.h"
#include "model.h"
#include "nl_error.h"
#include "record_model.h"

struct store;

struct export_format {
	char delimiter;   /* ',', ';' or '\t' */
	bool bom;         /* start with a UTF-8 byte order mark */
	bool crlf;        /* end records in CRLF (Excel) instead of LF */
	bool anonymous;   /* names become pseudonyms (person_pseudonym) */
};

/* Which meetings: one by id, or every meeting that was held (opened at
 * some point) between two dates. */
struct export_selection {
	int64_t meeting_id;      /* 0: by date */
	struct nl_date from, to; /* inclusive; year 0: no limit */
};

struct export_result {
	size_t rows;       /* data rows, the header not counted */
	int write_error;   /* errno of the first failed write; 0: none */
};

enum nl_status export_attendance(struct store *store,
				 const struct export_selection *selection,
				 const struct export_format *format,
				 nl_time now, FILE *out,
				 struct export_result *result,
				 struct nl_error *err);

enum nl_status export_quorum(struct store *store, int64_t meeting_id,
			     const struct export_format *format, nl_time now,
			     FILE *out, struct export_result *result,
			     struct nl_error *err);

/* open_only: only the actions still open. */
enum nl_status export_actions(struct store *store, bool open_only,
			      const struct export_format *format, FILE *out,
			      struct export_result *result,
			      struct nl_error *err);

/* One action as a row (no database needed, so tests can render made-up
 * actions); owner_role is the owning person's role, for the pseudonym. */
void export_action_row(struct csv_writer *w, const struct action_item *a,
		       enum role owner_role, bool anonymous);

#endif

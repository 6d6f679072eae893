/*
 * csv_io.h — reading and writing CSV (RFC 4180), the only code that uses
 * libcsv.  Nothing else in notulist parses or quotes CSV.
 *
 * Writer: a field is quoted only when it must be (delimiter, quote, CR, LF,
 * or white space at either end, which readers trim); records end in LF, so
 * grep, awk and `wc -l` see plain lines, or in CRLF (RFC 4180, Excel) on
 * request; a UTF-8 byte order mark is written on request.  A field that starts with
 * '=', '+', '-', '@', tab or CR gets a "'" in front (the OWASP rule against
 * formula injection), so a spreadsheet shows the text instead of running it.
 * The first write error is remembered with its errno; later writes are
 * skipped, so a full disk stops the work early.
 *
 * Reader: streams the input one physical line at a time into libcsv, so
 * memory does not grow with the file.  Records are numbered by the line on
 * which they start; blank lines are skipped; CRLF, LF and CR all end a
 * line; a UTF-8 BOM is dropped; the delimiter (',', ';' or tab) is taken
 * from the first line unless given.  A quoting error spoils only its own
 * record: the reader reports it and carries on at the next line.  A record
 * over CSV_MAX_RECORD bytes stops the reading (it is not a CSV file).
 */
#ifndef NOTULIST_CSV_IO_H
#define NOTULIST_CSV_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "nl_error.h"

#define CSV_MAX_RECORD (1024 * 1024)

/* Parses a --delimiter value: ",", ";", "tab" or a tab character. */
bool csv_parse_delimiter(const char *text, char *out);

/* ---- writing ------------------------------------------------------------ */

struct csv_writer {
	FILE *out;
	char delimiter;
	bool row_started;   /* a field was written in the current record */
	bool crlf;          /* records end in CRLF instead of LF */
	int error;          /* errno of the first failed write; 0: none */
	char *scratch;      /* a neutralised field, for libcsv's quoting */
	size_t scratch_size;
};

void csv_writer_init(struct csv_writer *w, FILE *out, char delimiter);
void csv_writer_free(struct csv_writer *w);
void csv_write_bom(struct csv_writer *w);
void csv_write_field(struct csv_writer *w, const char *text);
/* A field of stored text (a name, a description): shown as text_show.h
 * says (SHOW_LINE) and then written; csv_write_field writes any bytes as
 * they are, which the importer's round trip needs. */
void csv_write_text(struct csv_writer *w, const char *text);
void csv_write_int(struct csv_writer *w, long long value);
void csv_end_row(struct csv_writer *w);
/* A whole record of n fields. */
void csv_write_row(struct csv_writer *w, const char *const *fields,
		   size_t n);

/* ---- reading ------------------------------------------------------------ */

struct csv_reader;

struct csv_record {
	long line;           /* the physical line the record starts on */
	size_t n;            /* number of fields */
	char **fields;       /* NUL-terminated; valid until the next call */
	size_t *lengths;     /* bytes, which differ from strlen at a NUL */
};

enum csv_next {
	CSV_RECORD,  /* *record holds the next record */
	CSV_BAD,     /* a record could not be parsed: err says why, with
		      * record->line set; reading may go on */
	CSV_END,     /* no more records */
	CSV_FAILED   /* reading stopped: err says why (I/O, too long) */
};

/* delimiter 0: detect from the first line.  The reader reads from `in`
 * (not closed by the reader). */
enum nl_status csv_reader_open(FILE *in, char delimiter,
			       struct csv_reader **out, struct nl_error *err);
/* Reads from memory (the fuzz target and tests). */
enum nl_status csv_reader_open_memory(const void *data, size_t size,
				      char delimiter, struct csv_reader **out,
				      struct nl_error *err);
/* Messages of CSV_BAD and CSV_FAILED are plain predicates ("unterminated
 * quote"); the caller adds the file name and line. */
enum csv_next csv_reader_next(struct csv_reader *r, struct csv_record *record,
			      struct nl_error *err);
char csv_reader_delimiter(const struct csv_reader *r);
void csv_reader_close(struct csv_reader *r);

#endif

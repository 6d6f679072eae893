/*
 * nl_error.h — how core functions report failure.
 *
 * Every fallible core function returns an enum nl_status and, when it is not
 * NL_OK, has written one human sentence (already translated, no trailing
 * newline) into the caller's struct nl_error.  Front ends print that sentence
 * as is; they never compose messages from status codes alone.
 */
#ifndef NOTULIST_NL_ERROR_H
#define NOTULIST_NL_ERROR_H

enum nl_status {
	NL_OK = 0,
	NL_ERR_NOTFOUND,  /* the named thing does not exist */
	NL_ERR_AMBIGUOUS, /* a name or date matches more than one thing */
	NL_ERR_REFUSED,   /* a domain rule forbids the operation */
	NL_ERR_INVALID,   /* malformed input: a date, a name, a number */
	NL_ERR_DB,        /* SQLite failed: corrupt, foreign, read-only, full */
	NL_ERR_BUSY,      /* another process holds the database too long */
	NL_ERR_VERSION,   /* database written by a newer notulist */
	NL_ERR_IO,        /* a file outside the database could not be used */
	NL_ERR_NOMEM,
	NL_ERR_USAGE      /* a front end's option has a malformed value
			   * (--year abc): the command was called wrongly */
};

struct nl_error {
	enum nl_status status;
	char message[768];
};

/* Records status and a printf-style message; returns the status recorded,
 * so callers can write `return nl_fail(err, NL_ERR_INVALID, ...)`.  err
 * may be NULL.  The first failure wins: when err already holds one, it is
 * kept and its status returned, since what a later step or a caller would
 * add is a consequence of it (a missing meeting is not reported as a
 * missing person).  So an nl_error starts cleared (`= {0}` or
 * nl_error_clear), and code that handles a failure and goes on with the
 * same err clears it first. */
enum nl_status nl_fail(struct nl_error *err, enum nl_status status,
		       const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void nl_error_clear(struct nl_error *err);

#endif

/* nl_error.c — recording one failure sentence for the front end to show:
 * the first one (see nl_error.h). */
#include <stdarg.h>
#include <stdio.h>

#include "nl_error.h"
#include "text_show.h"

enum nl_status nl_fail(struct nl_error *err, enum nl_status status,
		       const char *fmt, ...)
{
	if (!err)
		return status;
	if (err->status != NL_OK)
		return err->status;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	/* Arguments that quote user input are escaped by their callers
	 * (QUOTED); this only catches a raw one that slipped through, so a
	 * message is always one printable line. */
	text_show_in_place(err->message, sizeof err->message, SHOW_EXACT);
	err->status = status;
	return status;
}

void nl_error_clear(struct nl_error *err)
{
	if (!err)
		return;
	err->status = NL_OK;
	err->message[0] = '\0';
}

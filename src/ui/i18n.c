/*
 * i18n.c — choosing the message language.  English is the source; Dutch
 * comes from the catalogue.  gettext ignores LANGUAGE under the C locale, so
 * an explicit --lang switches LC_MESSAGES to C.UTF-8 when needed.
 */
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "i18n_init.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* An uninstalled build keeps its catalogues in build/locale beside the
 * binary; prefer them so `make run` shows the translation being built. */
static void bind_catalogue(void)
{
	char exe[PATH_MAX], dir[PATH_MAX + 16];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	struct stat st;
	if (n > 0) {
		exe[n] = '\0';
		snprintf(dir, sizeof dir, "%s/locale", dirname(exe));
		if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
			bindtextdomain("notulist", dir);
			return;
		}
	}
	bindtextdomain("notulist", LOCALEDIR);
}

static bool is_plain_c(const char *locale)
{
	return !locale || strcmp(locale, "C") == 0 ||
	       strcmp(locale, "POSIX") == 0;
}

void i18n_init(const char *argv0, const char *lang)
{
	(void)argv0;
	/* Only the characters and the language of messages follow the
	 * environment.  Numbers stay "2.5" whatever the locale: on input
	 * (--weight 2.5 under nl_NL would otherwise be refused), in settings
	 * and in output that scripts read; dates, names and their order are
	 * the program's own (ui_date.c, text_fold.c), never LC_TIME's or
	 * LC_COLLATE's.  Loading those categories too was a twentieth of a
	 * check-in (issue 18). */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	if (lang && *lang) {
		setenv("LANGUAGE", lang, 1);
		if (is_plain_c(setlocale(LC_MESSAGES, NULL)))
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
	bind_catalogue();
	bind_textdomain_codeset("notulist", "UTF-8");
	textdomain("notulist");
}

/*
 * i18n.h — gettext shorthands.  English is the source language; every
 * user-visible string goes through _() (or N_() where it must stay a
 * constant and is translated at the point of use).
 */
#ifndef NOTULIST_I18N_H
#define NOTULIST_I18N_H

#include <libintl.h>

#define _(msgid) gettext(msgid)
#define N_(msgid) (msgid)

/* Sets up the message catalogue from the locale; lang ("nl", "en" or NULL)
 * overrides the environment.  Looks first next to the uninstalled binary
 * (build/locale) and then under the installed locale directory. */
void i18n_init(const char *argv0, const char *lang);

#endif

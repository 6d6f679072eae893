/*
 * i18n_init.h — choosing the message language (src/ui: both front ends,
 * never the core, which only translates with _() from i18n.h).
 */
#ifndef NOTULIST_I18N_INIT_H
#define NOTULIST_I18N_INIT_H

/* Sets up the message catalogue from the locale; lang ("nl", "en" or NULL)
 * overrides the environment.  Looks first next to the uninstalled binary
 * (build/locale) and then under the installed locale directory. */
void i18n_init(const char *argv0, const char *lang);

#endif

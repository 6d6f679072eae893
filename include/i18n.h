/*
 * i18n.h — gettext shorthands, for every layer.  English is the source
 * language; every user-visible string goes through _() (or N_() where it
 * must stay a constant and is translated at the point of use).  Choosing
 * the language is the front ends' business: src/ui/i18n_init.h.
 */
#ifndef NOTULIST_I18N_H
#define NOTULIST_I18N_H

#include <libintl.h>

#define _(msgid) gettext(msgid)
/* Bare, not parenthesised: a char array may be initialised with N_(). */
#define N_(msgid) msgid

#endif

/*
 * members.h — municipalities and the people of the client body.
 *
 * A PERSON reference is an id or a name.  Names match case-insensitively
 * with accents significant ("ZOË" finds "Zoë", "Zoe" does not); an unknown
 * or ambiguous name fails with the candidates in the message.  Each
 * function that writes is one transaction (nested calls join the caller's).
 */
#ifndef NOTULIST_MEMBERS_H
#define NOTULIST_MEMBERS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "nl_error.h"

struct store;

enum nl_status municipality_add(struct store *store, const char *name,
				double weight, nl_time now, int64_t *id,
				struct nl_error *err);
enum nl_status municipality_list(struct store *store,
				 struct municipality **out, size_t *n,
				 struct nl_error *err);
enum nl_status municipality_get(struct store *store, int64_t id,
				struct municipality *out, struct nl_error *err);
/* How many active clients (model.h) each of all[0..n) has: (*counts)[i]
 * for all[i], what `municipality list` shows; the caller frees *counts. */
enum nl_status municipality_active_clients(struct store *store,
					   const struct municipality *all,
					   size_t n, int **counts,
					   struct nl_error *err);
/* By id or by name (case-insensitive). */
enum nl_status municipality_resolve(struct store *store, const char *ref,
				    struct municipality *out,
				    struct nl_error *err);

/* Renames a municipality (name NULL: unchanged) and sets its weight (0:
 * unchanged), in one transaction; *out is the municipality afterwards.
 * A weight is no history: it is the share expected at every meeting. */
enum nl_status municipality_edit(struct store *store, const char *ref,
				 const char *name, double weight,
				 struct municipality *out,
				 struct nl_error *err);

/* A weight as people write it: "3", "1.5" or with the Dutch decimal comma
 * "1,5"; false unless it is a finite number above 0. */
bool municipality_parse_weight(const char *text, double *weight);

struct member_input {
	const char *name;
	const char *municipality; /* id or name; NULL/"" for none */
	enum role role;
	const char *email;        /* optional */
	const char *phone;        /* optional */
	int64_t municipality_id;  /* a front end that offers a choice passes
				   * the id here instead of text (0: none) */
	struct nl_date term_start; /* year 0: no term of office */
	struct nl_date term_end;   /* year 0: follows from term_years */
	bool under_27;            /* for the allowance statement */
};

/* A person's fields once checked: trimmed, valid UTF-8 without control
 * characters, within the bounds of model.h. */
struct member_fields {
	char name[NL_NAME_SIZE];
	char municipality[NL_NAME_SIZE]; /* id or name as given; "": none */
	enum role role;
	char email[NL_CONTACT_SIZE];     /* "": none */
	char phone[NL_CONTACT_SIZE];
};

/* The one set of checks on a new person's fields, shared by `member add`
 * and `import members`; it looks nothing up (the municipality is resolved
 * by the caller).  Every problem found is written, translated and joined
 * with "; ", into problems; returns how many there were.  hint (NULL: none)
 * says where a missing municipality goes, e.g. "--municipality". */
int member_clean_fields(const struct member_input *in, const char *hint,
			struct member_fields *out, char *problems,
			size_t size);

enum nl_status member_add(struct store *store, const struct member_input *in,
			  nl_time now, int64_t *id, struct nl_error *err);
enum nl_status member_list(struct store *store, bool include_inactive,
			   struct person **out, size_t *n,
			   struct nl_error *err);
enum nl_status member_get(struct store *store, int64_t id, struct person *out,
			  struct nl_error *err);
enum nl_status member_resolve(struct store *store, const char *ref,
			      struct person *out, struct nl_error *err);
/* Resolves the person of a new event (a check-in, check-out or excuse, a
 * stand-in's seat).  Inactive people are no candidates when an active one
 * has the name (a member who moved away no longer makes two "Henk
 * Jansen").  A name that matches nobody in full is the one active person
 * whose first name it is, or else whose full name starts with it ("kees":
 * Kees de Graaf), and *guessed says so, for the caller to tell who was
 * meant; otherwise the message lists the candidates as member_resolve's
 * does.  Corrections of past meetings use member_resolve: anyone who was
 * expected then may be named. */
enum nl_status member_resolve_for_event(struct store *store, const char *ref,
					struct person *out, bool *guessed,
					struct nl_error *err);
enum nl_status member_set_active(struct store *store, const char *ref,
				 bool active, nl_time now, struct person *out,
				 struct nl_error *err);

/* Refuses to change an erased person, with the one message for it. */
enum nl_status member_refuse_erased(const struct person *p,
				    struct nl_error *err);

/* What `member edit` changes; NULL or year 0: unchanged. */
struct member_changes {
	const char *name;
	bool set_role;
	enum role role;
	const char *email;          /* "": removed */
	const char *phone;          /* "": removed */
	struct nl_date term_start;  /* of the current (latest) term */
	struct nl_date term_end;
	bool set_under_27;          /* change under_27 (the allowance) */
	bool under_27;
};

/* A correction, in one transaction: the person keeps their id, so every
 * meeting, also a past one, shows the new name.  *out is the person
 * afterwards. */
enum nl_status member_edit(struct store *store, const char *ref,
			   const struct member_changes *changes, nl_time now,
			   struct person *out, struct nl_error *err);

/* Active people (not erased) called exactly `name` (case-insensitive), by
 * id: "is this walk-in one of ours?". */
enum nl_status member_same_name(struct store *store, const char *name,
				struct person **out, size_t *n,
				struct nl_error *err);

/* The GDPR right to erasure: the person's name becomes a pseudonym such as
 * "client-0017" and their contact details are removed for good; past
 * attendance stays, counted under the pseudonym, so quorum history and
 * annual figures remain true.  One transaction, then a checkpoint so the
 * old name leaves the WAL file too (*wal_clean false: another process
 * still holds it; it goes when that process lets go). */
enum nl_status member_erase(struct store *store, const char *ref, nl_time now,
			    struct person *out, bool *wal_clean,
			    struct nl_error *err);

/* The stable pseudonym of a person: role and id, never the name. */
void person_pseudonym(enum role role, int64_t id, char *out, size_t size);

/* "12 Zoë de Vries (Capelle aan den IJssel)" for messages and lists;
 * names shown with their control characters escaped (text_show.h). */
void person_describe(const struct person *person, char *out, size_t size);

/* Whether a role needs a municipality (clients and their representatives
 * are members of one; a chair or guest need not be). */
bool role_needs_municipality(enum role role);

/* Parses a positive id ("12"); false for anything else. */
bool parse_id(const char *text, int64_t *id);

#endif

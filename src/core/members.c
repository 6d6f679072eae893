/*
 * members.c — adding, finding, (de)activating and erasing municipalities
 * and people.  Validation of every text field happens here, before any
 * SQL, so the CLI, the TUI and the importer share one set of rules and
 * messages.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "members.h"
#include "membership.h"
#include "settings.h"
#include "store.h"
#include "store_members.h"
#include "text.h"
#include "text_show.h"

bool parse_id(const char *text, int64_t *id)
{
	char *end;
	if (!text || *text < '0' || *text > '9')
		return false;
	errno = 0;
	long long v = strtoll(text, &end, 10);
	if (errno || *end || v <= 0)
		return false;
	*id = v;
	return true;
}

bool role_needs_municipality(enum role role)
{
	return role == ROLE_CLIENT || role == ROLE_REPRESENTATIVE;
}

void person_describe(const struct person *person, char *out, size_t size)
{
	char name[NL_NAME_SIZE * 2], place[NL_NAME_SIZE * 2];
	text_show(person->name, SHOW_LINE, name, sizeof name);
	text_show(person->municipality, SHOW_LINE, place, sizeof place);
	snprintf(out, size, "%lld %s (%s)", (long long)person->id, name,
		 person->municipality[0] ? place : role_label(person->role));
}

void person_pseudonym(enum role role, int64_t id, char *out, size_t size)
{
	snprintf(out, size, "%s-%04lld", role_key(role), (long long)id);
}

static enum nl_status clean_name(const char *what, const char *in, char *out,
				 size_t size, size_t max_chars,
				 struct nl_error *err)
{
	const char *why;
	if (!text_clean_name(in ? in : "", max_chars, out, size, &why))
		/* TRANSLATORS: a field ("name", "municipality name") and what
		 * is wrong with it ("is too long", "is empty"). */
		return nl_fail(err, NL_ERR_INVALID, _("%s %s"), what, _(why));
	return NL_OK;
}

static enum nl_status insert_municipality(struct store *store, const char *name,
					  double weight, nl_time now,
					  int64_t *id, struct nl_error *err)
{
	char clean[NL_NAME_SIZE], key[NL_NAME_SIZE * 2], created[NL_STAMP_LEN];
	struct municipality existing;
	enum nl_status status = clean_name(_("municipality name"), name, clean,
					   sizeof clean, NL_NAME_CHARS, err);
	if (status != NL_OK)
		return status;
	if (!(weight > 0) || !isfinite(weight))
		return nl_fail(err, NL_ERR_INVALID,
			       _("weight must be a number above 0"));
	text_fold(clean, FOLD_CASE, key, sizeof key);
	status = store_municipality_by_key(store, key, &existing, err);
	if (status == NL_OK)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("municipality \"%s\" already exists (id %lld)"),
			       QUOTED(existing.name), (long long)existing.id);
	if (status != NL_ERR_NOTFOUND)
		return status;
	nl_format_stamp(now, created);
	return store_municipality_insert(store, clean, key, weight, created, id,
					 err);
}

enum nl_status municipality_add(struct store *store, const char *name,
				double weight, nl_time now, int64_t *id,
				struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      insert_municipality(store, name, weight,
							  now, id, err),
				      err);
	return status;
}

enum nl_status municipality_list(struct store *store,
				 struct municipality **out, size_t *n,
				 struct nl_error *err)
{
	return store_municipality_list(store, out, n, err);
}

enum nl_status municipality_active_clients(struct store *store,
					   const struct municipality *all,
					   size_t n, int **counts,
					   struct nl_error *err)
{
	struct settings settings;
	struct person *people;
	size_t n_people;
	*counts = NULL;
	enum nl_status status = settings_load(store, &settings, err);
	if (status == NL_OK)
		status = member_list(store, false, &people, &n_people, err);
	if (status != NL_OK)
		return status;
	int *c = calloc(n + 1, sizeof *c);
	if (!c) {
		free(people);
		return nl_fail(err, NL_ERR_NOMEM, _("out of memory"));
	}
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < n_people; k++)
			c[i] += people[k].municipality_id == all[i].id &&
				person_is_active_client(settings.counting_roles,
							&people[k]);
	free(people);
	*counts = c;
	return NL_OK;
}

enum nl_status municipality_get(struct store *store, int64_t id,
				struct municipality *out, struct nl_error *err)
{
	enum nl_status status = store_municipality_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no municipality with id %lld"),
			       (long long)id);
	return status;
}

enum nl_status municipality_resolve(struct store *store, const char *ref,
				    struct municipality *out,
				    struct nl_error *err)
{
	int64_t id;
	char key[NL_NAME_SIZE * 2];
	enum nl_status status;
	if (parse_id(ref, &id))
		return municipality_get(store, id, out, err);
	char clean[NL_NAME_SIZE];
	if (!text_trim_copy(ref ? ref : "", clean, sizeof clean) ||
	    !text_fold(clean, FOLD_CASE, key, sizeof key))
		return nl_fail(err, NL_ERR_NOTFOUND, _("no such municipality"));
	status = store_municipality_by_key(store, key, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status,
			       _("unknown municipality \"%s\" (see: notulist "
				 "municipality list)"), QUOTED(clean));
	return status;
}

bool municipality_parse_weight(const char *text, double *weight)
{
	char copy[64];
	size_t commas = 0;
	if (!text || !*text || strlen(text) >= sizeof copy)
		return false;
	snprintf(copy, sizeof copy, "%s", text);
	for (char *p = copy; *p; p++) {
		if (*p == ',') {
			*p = '.';
			commas++;
		}
		/* Digits and one decimal mark only: no "1e3", "inf", " 2". */
		else if ((*p < '0' || *p > '9') && *p != '.')
			return false;
	}
	if (commas > 1 || (commas && strchr(text, '.')))
		return false;
	/* Parsed by hand: strtod would follow the locale's decimal mark. */
	double value = 0, scale = 1;
	bool point = false, digits = false;
	for (const char *p = copy; *p; p++) {
		if (*p == '.') {
			if (point)
				return false;
			point = true;
			continue;
		}
		digits = true;
		if (point) {
			scale /= 10;
			value += (*p - '0') * scale;
		} else {
			value = value * 10 + (*p - '0');
		}
	}
	if (!digits || !(value > 0) || !isfinite(value))
		return false;
	*weight = value;
	return true;
}

static enum nl_status rename_municipality(struct store *store,
					  struct municipality *m,
					  const char *name,
					  struct nl_error *err)
{
	char clean[NL_NAME_SIZE], key[NL_NAME_SIZE * 2];
	struct municipality other;
	enum nl_status status = clean_name(_("municipality name"), name, clean,
					   sizeof clean, NL_NAME_CHARS, err);
	if (status != NL_OK)
		return status;
	text_fold(clean, FOLD_CASE, key, sizeof key);
	status = store_municipality_by_key(store, key, &other, err);
	if (status == NL_OK && other.id != m->id)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("municipality \"%s\" already exists (id %lld)"),
			       other.name, (long long)other.id);
	if (status != NL_OK && status != NL_ERR_NOTFOUND)
		return status;
	snprintf(m->name, sizeof m->name, "%s", clean);
	return NL_OK;
}

static enum nl_status edit_municipality(struct store *store, const char *ref,
					const char *name, double weight,
					struct municipality *out,
					struct nl_error *err)
{
	char key[NL_NAME_SIZE * 2];
	enum nl_status status = municipality_resolve(store, ref, out, err);
	if (status != NL_OK)
		return status;
	if (!name && weight == 0)
		return nl_fail(err, NL_ERR_INVALID,
			       _("nothing to change: give --name or --weight"));
	if (weight != 0 && (!(weight > 0) || !isfinite(weight)))
		return nl_fail(err, NL_ERR_INVALID,
			       _("weight must be a number above 0"));
	if (name)
		status = rename_municipality(store, out, name, err);
	if (status != NL_OK)
		return status;
	if (weight != 0)
		out->weight = weight;
	text_fold(out->name, FOLD_CASE, key, sizeof key);
	return store_municipality_update(store, out->id, out->name, key,
					 out->weight, err);
}

enum nl_status municipality_edit(struct store *store, const char *ref,
				 const char *name, double weight,
				 struct municipality *out,
				 struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      edit_municipality(store, ref, name, weight,
							out, err),
				      err);
	return status;
}

/* Appends one problem to a "; "-joined list. */
static int add_problem(char *problems, size_t size, int count,
		       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int add_problem(char *problems, size_t size, int count,
		       const char *fmt, ...)
{
	size_t used = strlen(problems);
	va_list ap;
	if (used && used + 2 < size) {
		memcpy(problems + used, "; ", 3);
		used += 2;
	}
	va_start(ap, fmt);
	if (used < size)
		vsnprintf(problems + used, size - used, fmt, ap);
	va_end(ap);
	return count + 1;
}

/* An optional field: absent or blank is fine, anything else must be a
 * clean single line.  what is untranslated (N_): it is looked up only for
 * a problem, not for each of the 100,000 rows of an import. */
static int clean_optional(const char *what, const char *in, size_t max_chars,
			  char *out, size_t out_size, char *problems,
			  size_t size, int count)
{
	const char *why;
	out[0] = '\0';
	if (!in || !*in)
		return count;
	if (!text_clean_field(in, max_chars, out, out_size, &why)) {
		out[0] = '\0';
		return add_problem(problems, size, count, "%s %s", _(what),
				   _(why));
	}
	return count;
}

/* "client-0017", "GUEST–12", "ｃｌｉｅｎｔ-１": what member erase makes of a
 * name (person_pseudonym), in any case, width or dash.  A new person called so
 * could not be told from an erased one in exports and the minutes. */
static bool looks_like_pseudonym(const char *name)
{
	char key[NL_NAME_SIZE * 2];
	if (!text_fold(name, FOLD_CASE, key, sizeof key))
		return false;
	for (int r = 0; r < ROLE_COUNT; r++) {
		const char *role = role_key((enum role)r);
		size_t len = strlen(role), dash;
		if (strncmp(key, role, len) != 0 ||
		    !(dash = text_dash_at(key + len)) || !key[len + dash])
			continue;
		const char *digits = key + len + dash;
		if (strspn(digits, "0123456789") == strlen(digits))
			return true;
	}
	return false;
}

int member_clean_fields(const struct member_input *in, const char *hint,
			struct member_fields *out, char *problems, size_t size)
{
	const char *why;
	int count = 0;
	memset(out, 0, sizeof *out);
	if (size)
		problems[0] = '\0';
	out->role = in->role;
	if (!text_clean_name(in->name ? in->name : "", NL_NAME_CHARS,
			     out->name, sizeof out->name, &why))
		count = add_problem(problems, size, count, "%s %s", _("name"),
				    _(why));
	else if (looks_like_pseudonym(out->name))
		count = add_problem(problems, size, count, "%s %s", _("name"),
				    /* TRANSLATORS: said of a name. */
				    _("looks like the pseudonym of an erased "
				      "person (client-0017); choose another"));
	count = clean_optional(N_("municipality"), in->municipality,
			       NL_NAME_CHARS, out->municipality,
			       sizeof out->municipality, problems, size, count);
	if (!out->municipality[0] && !in->municipality_id &&
	    role_needs_municipality(in->role) &&
	    !(in->municipality && *in->municipality)) {
		if (hint)
			count = add_problem(problems, size, count,
					    _("a %s needs a municipality (%s)"),
					    role_label(in->role), hint);
		else
			count = add_problem(problems, size, count,
					    _("a %s needs a municipality"),
					    role_label(in->role));
	}
	count = clean_optional(N_("e-mail"), in->email, NL_CONTACT_CHARS,
			       out->email, sizeof out->email, problems, size,
			       count);
	count = clean_optional(N_("phone"), in->phone, NL_CONTACT_CHARS,
			       out->phone, sizeof out->phone, problems, size,
			       count);
	return count;
}

static enum nl_status fill_person(struct store *store,
				  const struct member_input *in,
				  struct person *p, struct member_fields *f,
				  struct nl_error *err)
{
	char problems[sizeof err->message];
	memset(p, 0, sizeof *p);
	if (member_clean_fields(in, "--municipality", f, problems,
				sizeof problems) > 0)
		return nl_fail(err, NL_ERR_INVALID, "%s", problems);
	snprintf(p->name, sizeof p->name, "%s", f->name);
	p->role = f->role;
	if (in->municipality_id || f->municipality[0]) {
		struct municipality m;
		enum nl_status status =
			in->municipality_id
				? municipality_get(store, in->municipality_id,
						   &m, err)
				: municipality_resolve(store, f->municipality,
						       &m, err);
		if (status != NL_OK)
			return status;
		p->municipality_id = m.id;
		snprintf(p->municipality, sizeof p->municipality, "%s", m.name);
	}
	return NL_OK;
}

/* Two people of one name are told apart by their municipality: the same
 * name in the same municipality is the same person. */
static enum nl_status refuse_same(struct store *store, const char *key,
				  int64_t municipality_id, int64_t self,
				  struct nl_error *err)
{
	struct person *same = NULL;
	size_t n_same = 0;
	enum nl_status status = store_person_by_key(store, key, &same, &n_same,
						    err);
	for (size_t i = 0; status == NL_OK && i < n_same; i++) {
		if (same[i].id == self || same[i].erased ||
		    same[i].municipality_id != municipality_id)
			continue;
		char who[NL_NAME_SIZE * 2 + 32];
		person_describe(&same[i], who, sizeof who);
		status = nl_fail(err, NL_ERR_REFUSED, _("already a member: %s"),
				 who);
	}
	free(same);
	return status;
}

static enum nl_status insert_member(struct store *store,
				    const struct member_input *in, nl_time now,
				    int64_t *id, struct nl_error *err)
{
	struct person p;
	struct member_fields f;
	char key[NL_NAME_SIZE * 2], created[NL_STAMP_LEN];
	enum nl_status status = fill_person(store, in, &p, &f, err);
	if (status != NL_OK)
		return status;
	if (in->term_end.year && !in->term_start.year)
		return nl_fail(err, NL_ERR_INVALID,
			       _("a term of office needs its start "
				 "(--term-start)"));
	text_fold(p.name, FOLD_CASE, key, sizeof key);
	status = refuse_same(store, key, p.municipality_id, 0, err);
	if (status != NL_OK)
		return status;
	p.under_27 = in->under_27;
	nl_format_stamp(now, created);
	status = store_person_insert(store, &p, f.email, f.phone, key, created,
				     id, err);
	if (status == NL_OK && in->term_start.year)
		status = term_set(store, *id, in->term_start, in->term_end, now,
				  err);
	return status;
}

enum nl_status member_add(struct store *store, const struct member_input *in,
			  nl_time now, int64_t *id, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      insert_member(store, in, now, id, err), err);
	return status;
}

enum nl_status member_list(struct store *store, bool include_inactive,
			   struct person **out, size_t *n,
			   struct nl_error *err)
{
	return store_person_list(store, include_inactive, out, n, err);
}

/* Appends "; 4 Zoë … (…)" style candidates to a message buffer. */
static void append_candidates(char *msg, size_t size, const struct person *p,
			      size_t n, size_t limit)
{
	for (size_t i = 0; i < n && i < limit; i++) {
		char who[NL_NAME_SIZE * 2 + 32];
		size_t used = strlen(msg);
		person_describe(&p[i], who, sizeof who);
		snprintf(msg + used, size - used, "%s%s", i ? ", " : " ", who);
	}
	if (n > limit) {
		size_t used = strlen(msg);
		snprintf(msg + used, size - used, ", …");
	}
}

static enum nl_status unknown_person(struct store *store, const char *name,
				     struct nl_error *err)
{
	struct person *all, *close = NULL;
	size_t n_all, n_close = 0;
	enum nl_status status = store_person_list(store, true, &all, &n_all, err);
	if (status != NL_OK)
		return status;
	close = malloc((n_all ? n_all : 1) * sizeof *close);
	for (size_t i = 0; close && i < n_all; i++)
		if (!all[i].erased && text_search_match(all[i].name, name))
			close[n_close++] = all[i];
	char msg[sizeof err->message];
	if (n_close == 0) {
		snprintf(msg, sizeof msg,
			 _("no person named \"%s\" (see: notulist member list)"),
			 QUOTED(name));
	} else {
		snprintf(msg, sizeof msg,
			 _("no person named \"%s\"; did you mean:"), QUOTED(name));
		append_candidates(msg, sizeof msg, close, n_close, 5);
	}
	free(close);
	free(all);
	return nl_fail(err, NL_ERR_NOTFOUND, "%s", msg);
}

enum nl_status member_get(struct store *store, int64_t id, struct person *out,
			  struct nl_error *err)
{
	enum nl_status status = store_person_by_id(store, id, out, err);
	if (status == NL_ERR_NOTFOUND)
		return nl_fail(err, status, _("no person with id %lld"),
			       (long long)id);
	return status;
}

enum nl_status member_resolve(struct store *store, const char *ref,
			      struct person *out, struct nl_error *err)
{
	int64_t id;
	if (parse_id(ref, &id))
		return member_get(store, id, out, err);
	char clean[NL_NAME_SIZE], key[NL_NAME_SIZE * 2];
	struct person *found;
	size_t n;
	if (!text_trim_copy(ref ? ref : "", clean, sizeof clean))
		return nl_fail(err, NL_ERR_INVALID, _("person name is too long"));
	if (!*clean)
		return nl_fail(err, NL_ERR_INVALID, _("person name is empty"));
	text_fold(clean, FOLD_CASE, key, sizeof key);
	enum nl_status status = store_person_by_key(store, key, &found, &n, err);
	if (status != NL_OK)
		return status;
	if (n == 1)
		*out = found[0];
	if (n > 1) {
		char msg[sizeof err->message];
		snprintf(msg, sizeof msg,
			 _("%zu people are called \"%s\"; use the id:"), n,
			 QUOTED(clean));
		append_candidates(msg, sizeof msg, found, n, 8);
		status = nl_fail(err, NL_ERR_AMBIGUOUS, "%s", msg);
	}
	free(found);
	if (n == 0)
		return unknown_person(store, clean, err);
	return status;
}

/* The one active, not erased person among n, or NULL (none, or more). */
static const struct person *only_active(const struct person *p, size_t n,
					size_t *n_active)
{
	const struct person *one = NULL;
	*n_active = 0;
	for (size_t i = 0; i < n; i++)
		if (p[i].active && !p[i].erased) {
			one = &p[i];
			(*n_active)++;
		}
	return *n_active == 1 ? one : NULL;
}

/* Whether the folded name starts with key; first: only as its whole first
 * word. */
static bool name_starts_with(const char *name, const char *key, bool first)
{
	char folded[NL_NAME_SIZE * 2];
	size_t len = strlen(key);
	if (!text_fold(name, FOLD_CASE, folded, sizeof folded) ||
	    strncmp(folded, key, len) != 0)
		return false;
	return !first || folded[len] == ' ' || folded[len] == '\0';
}

/* The one active person whose first name is key, else the one whose name
 * starts with it; NULL when there is not exactly one. */
static const struct person *guess(const struct person *all, size_t n,
				  const char *key)
{
	for (int first = 1; first >= 0; first--) {
		const struct person *one = NULL;
		size_t found = 0;
		for (size_t i = 0; i < n; i++)
			if (all[i].active && !all[i].erased &&
			    name_starts_with(all[i].name, key, first)) {
				one = &all[i];
				found++;
			}
		if (found == 1)
			return one;
		if (found > 1)
			return NULL;
	}
	return NULL;
}

static enum nl_status refuse_ambiguous(const char *name,
				       const struct person *p, size_t n,
				       struct nl_error *err)
{
	char msg[sizeof err->message];
	snprintf(msg, sizeof msg, _("%zu people are called \"%s\"; use the id:"),
		 n, QUOTED(name));
	append_candidates(msg, sizeof msg, p, n, 8);
	return nl_fail(err, NL_ERR_AMBIGUOUS, "%s", msg);
}

enum nl_status member_resolve_for_event(struct store *store, const char *ref,
					struct person *out, bool *guessed,
					struct nl_error *err)
{
	char clean[NL_NAME_SIZE], key[NL_NAME_SIZE * 2];
	struct person *found, *active = NULL;
	size_t n, n_active = 0;
	const struct person *one;
	int64_t id;
	*guessed = false;
	if (parse_id(ref, &id))
		return member_get(store, id, out, err);
	if (!text_trim_copy(ref ? ref : "", clean, sizeof clean) || !*clean)
		return member_resolve(store, ref, out, err); /* its message */
	text_fold(clean, FOLD_CASE, key, sizeof key);
	enum nl_status status = store_person_by_key(store, key, &found, &n, err);
	if (status != NL_OK)
		return status;
	bool inactive_only = n == 1 && (!found[0].active || found[0].erased);
	if (n == 1) {
		*out = found[0];
	} else if (n > 1) {
		one = only_active(found, n, &n_active);
		if (one)
			*out = *one;
		else if (n_active > 1) {
			active = malloc(n_active * sizeof *active);
			size_t k = 0;
			for (size_t i = 0; active && i < n; i++)
				if (found[i].active && !found[i].erased)
					active[k++] = found[i];
			status = refuse_ambiguous(clean, active ? active : found,
						  active ? k : n, err);
			free(active);
		} else {
			status = refuse_ambiguous(clean, found, n, err);
		}
	}
	free(found);
	if (n > 0 && !inactive_only)
		return status;
	/* Nobody by that name, or only someone inactive: an active person
	 * it is the start of is meant; else the inactive one, whom the event
	 * refuses with the reason. */
	bool had_inactive = n > 0;
	status = store_person_list(store, false, &found, &n, err);
	if (status != NL_OK)
		return status;
	one = guess(found, n, key);
	if (one) {
		*out = *one;
		*guessed = true;
	}
	free(found);
	if (one || had_inactive)
		return NL_OK;
	return unknown_person(store, clean, err);
}

enum nl_status member_refuse_erased(const struct person *p,
				    struct nl_error *err)
{
	return nl_fail(err, NL_ERR_REFUSED,
		       _("%s was erased; add the person again as a new member "
			 "if they return"), QUOTED(p->name));
}

static enum nl_status change_active(struct store *store, const char *ref,
				    bool active, nl_time now,
				    struct person *out, struct nl_error *err)
{
	char date[NL_DATE_LEN];
	enum nl_status status = member_resolve(store, ref, out, err);
	if (status != NL_OK)
		return status;
	if (out->erased)
		return member_refuse_erased(out, err);
	if (out->active == active)
		return nl_fail(err, NL_ERR_REFUSED,
			       active ? _("%s is already active")
				      : _("%s is already inactive"),
			       QUOTED(out->name));
	nl_format_date(nl_time_date(now), date);
	status = store_person_set_active(store, out->id, active, date, err);
	if (status == NL_OK)
		out->active = active;
	return status;
}

enum nl_status member_set_active(struct store *store, const char *ref,
				 bool active, nl_time now, struct person *out,
				 struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      change_active(store, ref, active, now, out,
						    err),
				      err);
	return status;
}

static enum nl_status erase(struct store *store, const char *ref, nl_time now,
			    struct person *out, struct nl_error *err)
{
	char pseudonym[64], key[128], today[NL_DATE_LEN], stamp[NL_STAMP_LEN];
	enum nl_status status = member_resolve(store, ref, out, err);
	if (status != NL_OK)
		return status;
	if (out->erased)
		return nl_fail(err, NL_ERR_REFUSED,
			       _("%s has already been erased"), QUOTED(out->name));
	person_pseudonym(out->role, out->id, pseudonym, sizeof pseudonym);
	text_fold(pseudonym, FOLD_CASE, key, sizeof key);
	nl_format_date(nl_time_date(now), today);
	nl_format_stamp(now, stamp);
	status = store_person_erase(store, out->id, pseudonym, key, today,
				    stamp, err);
	/* Reading the row back leaves no copy of the old name in out. */
	if (status == NL_OK)
		status = store_person_by_id(store, out->id, out, err);
	return status;
}

enum nl_status member_erase(struct store *store, const char *ref, nl_time now,
			    struct person *out, bool *wal_clean,
			    struct nl_error *err)
{
	*wal_clean = false;
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store, erase(store, ref, now, out, err),
				      err);
	if (status == NL_OK)
		status = store_checkpoint(store, wal_clean, err);
	return status;
}

/* ---- corrections ------------------------------------------------------------ */

/* A field of the edit: the new text, or the stored one. */
static int changed_field(const char *what, const char *given,
			 const char *stored, size_t max_chars, char *out,
			 size_t size, char *problems, size_t problems_size,
			 int count)
{
	if (!given) {
		snprintf(out, size, "%s", stored);
		return count;
	}
	return clean_optional(what, given, max_chars, out, size, problems,
			      problems_size, count);
}

static enum nl_status edit(struct store *store, const char *ref,
			   const struct member_changes *c, nl_time now,
			   struct person *out, struct nl_error *err)
{
	char email[NL_CONTACT_SIZE], phone[NL_CONTACT_SIZE];
	char new_email[NL_CONTACT_SIZE], new_phone[NL_CONTACT_SIZE];
	char name[NL_NAME_SIZE], key[NL_NAME_SIZE * 2];
	char problems[sizeof err->message] = "";
	const char *why;
	int count = 0;
	if (!c->name && !c->set_role && !c->email && !c->phone &&
	    !c->term_start.year && !c->term_end.year && !c->set_under_27)
		return nl_fail(err, NL_ERR_INVALID,
			       _("nothing to change: give --name, --role, "
				 "--email, --phone, --term-start, "
				 "--term-end or --under-27"));
	enum nl_status status = member_resolve(store, ref, out, err);
	if (status != NL_OK)
		return status;
	if (out->erased)
		return member_refuse_erased(out, err);
	status = store_person_contact(store, out->id, email, sizeof email,
				      phone, sizeof phone, err);
	if (status != NL_OK)
		return status;
	snprintf(name, sizeof name, "%s", out->name);
	if (c->name && !text_clean_field(c->name, NL_NAME_CHARS, name,
					 sizeof name, &why))
		count = add_problem(problems, sizeof problems, count, "%s %s",
				    _("name"), _(why));
	count = changed_field(N_("e-mail"), c->email, email, NL_CONTACT_CHARS,
			      new_email, sizeof new_email, problems,
			      sizeof problems, count);
	count = changed_field(N_("phone"), c->phone, phone, NL_CONTACT_CHARS,
			      new_phone, sizeof new_phone, problems,
			      sizeof problems, count);
	enum role role = c->set_role ? c->role : out->role;
	if (role_needs_municipality(role) && !out->municipality_id)
		count = add_problem(problems, sizeof problems, count,
				    _("a %s needs a municipality (move them to "
				      "one first)"), role_label(role));
	if (count > 0)
		return nl_fail(err, NL_ERR_INVALID, "%s", problems);
	text_fold(name, FOLD_CASE, key, sizeof key);
	status = refuse_same(store, key, out->municipality_id, out->id, err);
	if (status == NL_OK)
		status = store_person_update(store, out->id, name, key, role,
					     new_email, new_phone, err);
	if (status == NL_OK)
		status = term_set(store, out->id, c->term_start, c->term_end,
				  now, err);
	if (status == NL_OK && c->set_under_27)
		status = store_person_set_under_27(store, out->id, c->under_27,
						   err);
	if (status == NL_OK)
		status = store_person_by_id(store, out->id, out, err);
	return status;
}

enum nl_status member_edit(struct store *store, const char *ref,
			   const struct member_changes *changes, nl_time now,
			   struct person *out, struct nl_error *err)
{
	enum nl_status status = store_begin_write(store, err);
	if (status == NL_OK)
		status = store_finish(store,
				      edit(store, ref, changes, now, out, err),
				      err);
	return status;
}

enum nl_status member_same_name(struct store *store, const char *name,
				struct person **out, size_t *n,
				struct nl_error *err)
{
	char clean[NL_NAME_SIZE], key[NL_NAME_SIZE * 2];
	*out = NULL;
	*n = 0;
	if (!text_trim_copy(name ? name : "", clean, sizeof clean) || !*clean)
		return NL_OK;
	text_fold(clean, FOLD_CASE, key, sizeof key);
	enum nl_status status = store_person_by_key(store, key, out, n, err);
	size_t kept = 0;
	for (size_t i = 0; status == NL_OK && i < *n; i++)
		if ((*out)[i].active && !(*out)[i].erased)
			(*out)[kept++] = (*out)[i];
	if (status == NL_OK)
		*n = kept;
	return status;
}

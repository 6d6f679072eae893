/* test_resolve_event.c — naming the person of a new event
 * (member_resolve_for_event): inactive people are no candidates beside an
 * active namesake, and a name that matches nobody in full is the one active
 * person whose first name it is, or whose name starts with it; one table
 * row per case on a small real database. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "members.h"
#include "store.h"

/* One body for every row: the rows only read it. */
static struct {
	char dir[256];
	char path[300];
	struct store *store;
} F;

/* The body: ids in the order added. */
static const struct {
	const char *name, *municipality;
	bool active;
} body[] = {
	{"Kees de Graaf", "Aa", true},   /* 1 */
	{"Keesje Bos", "Aa", true},      /* 2 */
	{"Ans Bakker", "Aa", true},      /* 3 */
	{"Henk Jansen", "Aa", false},    /* 4: moved away, deactivated */
	{"Henk Jansen", "Bb", true},     /* 5 */
	{"Piet Klaas", "Bb", true},      /* 6 */
	{"Piet Klaassen", "Bb", true},   /* 7 */
	{"Oud Lid", "Bb", false},        /* 8 */
	{"Oudje Actief", "Bb", true},    /* 9 */
	{"Marie Dubois", "Aa", false},   /* 10 */
};

struct resolve_case {
	const char *name, *ref;
	enum nl_status status;
	int64_t id;         /* found */
	bool guessed;
	const char *message; /* start of the message on failure */
};

static const struct resolve_case cases[] = {
	{"full name", "Ans Bakker", NL_OK, 3, false, NULL},
	{"full name in another case", "ans bakker", NL_OK, 3, false, NULL},
	{"an id", "4", NL_OK, 4, false, NULL},
	{"the active one of two namesakes", "Henk Jansen", NL_OK, 5, false,
	 NULL},
	{"a first name", "ans", NL_OK, 3, true, NULL},
	{"a first name that starts another first name", "kees", NL_OK, 1, true,
	 NULL},
	{"the start of one name", "keesj", NL_OK, 2, true, NULL},
	{"the start of one full name", "kees de", NL_OK, 1, true, NULL},
	{"a first name two people share", "piet", NL_ERR_NOTFOUND, 0, false,
	 "no person named \"piet\"; did you mean:"},
	{"the start of two names", "ke", NL_ERR_NOTFOUND, 0, false,
	 "no person named \"ke\"; did you mean:"},
	{"inside a name is no start", "bakker", NL_ERR_NOTFOUND, 0, false,
	 "no person named \"bakker\"; did you mean: 3 Ans Bakker (Aa)"},
	{"an inactive person is not guessed", "marie", NL_ERR_NOTFOUND, 0,
	 false, "no person named \"marie\"; did you mean: 10 Marie Dubois"},
	{"an inactive full name, an active one starting alike", "oud lid",
	 NL_OK, 8, false, NULL},
	{"the start of an inactive and an active name", "oud", NL_OK, 9, true,
	 NULL},
	{"nobody", "xyz", NL_ERR_NOTFOUND, 0, false,
	 "no person named \"xyz\" (see: notulist member list)"},
	{"empty", " ", NL_ERR_INVALID, 0, false, "person name is empty"},
};

static int setup(void **state)
{
	(void)state;
	struct nl_error err = {0};
	nl_time now = 1773140400; /* 2026-03-10 */
	int64_t id;
	snprintf(F.dir, sizeof F.dir, "%s/notulist-resolve-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(F.dir))
		return -1;
	snprintf(F.path, sizeof F.path, "%s/t.db", F.dir);
	if (store_open(F.path, &F.store, NULL, &err) != NL_OK ||
	    municipality_add(F.store, "Aa", 1, now, &id, &err) != NL_OK ||
	    municipality_add(F.store, "Bb", 1, now, &id, &err) != NL_OK)
		return -1;
	for (size_t i = 0; i < sizeof body / sizeof *body; i++) {
		struct member_input in = {.name = body[i].name,
					  .municipality = body[i].municipality,
					  .role = ROLE_CLIENT};
		struct person p;
		char ref[24];
		if (member_add(F.store, &in, now, &id, &err) != NL_OK)
			return -1;
		snprintf(ref, sizeof ref, "%lld", (long long)id);
		if (!body[i].active &&
		    member_set_active(F.store, ref, false, now, &p, &err) !=
			    NL_OK)
			return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char wal[320], shm[320];
	store_close(F.store);
	snprintf(wal, sizeof wal, "%s-wal", F.path);
	snprintf(shm, sizeof shm, "%s-shm", F.path);
	unlink(F.path);
	unlink(wal);
	unlink(shm);
	rmdir(F.dir);
	return 0;
}

static void resolve_case(void **state)
{
	const struct resolve_case *c = *state;
	struct person p;
	struct nl_error err = {0};
	bool guessed = !c->guessed;
	memset(&p, 0, sizeof p);
	assert_int_equal(member_resolve_for_event(F.store, c->ref, &p,
						  &guessed, &err),
			 c->status);
	if (c->status != NL_OK) {
		assert_true(strncmp(err.message, c->message,
				    strlen(c->message)) == 0 ||
			    (print_message("message: %s\n", err.message), 0));
		return;
	}
	assert_int_equal(p.id, c->id);
	assert_int_equal(guessed, c->guessed);
}

#define COUNT(a) (sizeof a / sizeof *a)

int main(void)
{
	struct CMUnitTest tests[COUNT(cases)];
	for (size_t i = 0; i < COUNT(cases); i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test(resolve_case);
		tests[i].name = cases[i].name;
		tests[i].initial_state = (void *)&cases[i];
	}
	return _cmocka_run_group_tests("resolve for an event", tests,
				       COUNT(cases), setup, teardown);
}

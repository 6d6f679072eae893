/* test_counting.c — who counts: a counting role and an active client
 * (model.h), case by case, and the per-municipality count `municipality
 * list` shows, on a real database with the setting changed. */
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
#include "model.h"
#include "settings.h"
#include "store.h"

#define BIT(r) ROLE_BIT(ROLE_##r)

static const struct {
	role_mask counting;
	enum role role;
	bool active;
	bool counts;  /* role_counts */
	bool client;  /* person_is_active_client */
} cases[] = {
	{BIT(CLIENT), ROLE_CLIENT, true, true, true},
	{BIT(CLIENT), ROLE_CLIENT, false, true, false},
	{BIT(CLIENT), ROLE_CHAIR, true, false, false},
	{BIT(CLIENT), ROLE_REPRESENTATIVE, true, false, false},
	{BIT(CLIENT) | BIT(REPRESENTATIVE), ROLE_REPRESENTATIVE, true, true,
	 true},
	{BIT(CLIENT) | BIT(REPRESENTATIVE), ROLE_REPRESENTATIVE, false, true,
	 false},
	{BIT(CLIENT) | BIT(REPRESENTATIVE), ROLE_GUEST, true, false, false},
	{BIT(REPRESENTATIVE), ROLE_CLIENT, true, false, false},
	{0, ROLE_CLIENT, true, false, false},
};

static void counting_role_and_active_client(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct person p = {.role = cases[i].role,
				   .active = cases[i].active};
		printf("# case %zu\n", i);
		assert_int_equal(role_counts(cases[i].counting, cases[i].role),
				 cases[i].counts);
		assert_int_equal(person_is_active_client(cases[i].counting, &p),
				 cases[i].client);
	}
}

/* ---- municipality_active_clients on a database ------------------------------- */

struct fixture {
	char dir[256];
	char path[300];
	struct store *store;
	nl_time now;
};

static void add_person(struct fixture *f, const char *name,
		       const char *municipality, enum role role)
{
	struct member_input in = {.name = name, .municipality = municipality,
				  .role = role};
	struct nl_error err = {0};
	int64_t id;
	assert_int_equal(member_add(f->store, &in, f->now, &id, &err), NL_OK);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct nl_error err = {0};
	snprintf(f->dir, sizeof f->dir, "%s/notulist-counting-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	if (store_open(f->path, &f->store, NULL, &err) != NL_OK)
		return -1;
	f->now = nl_time_from((struct nl_date){2026, 3, 10}, 12 * 60);
	*state = f;
	return 0;
}

/* Removes exactly the files a store makes, then the directory mkdtemp
 * made: nothing else can go. */
static int teardown(void **state)
{
	struct fixture *f = *state;
	char file[400];
	store_close(f->store);
	const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < 4; i++) {
		snprintf(file, sizeof file, "%s%s", f->path, suffixes[i]);
		unlink(file);
	}
	int rc = rmdir(f->dir);
	free(f);
	return rc;
}

static void per_municipality(struct fixture *f, int aa, int bb)
{
	struct nl_error err = {0};
	struct municipality *all;
	size_t n;
	int *counts;
	assert_int_equal(municipality_list(f->store, &all, &n, &err), NL_OK);
	assert_int_equal(n, 2);
	assert_int_equal(municipality_active_clients(f->store, all, n, &counts,
						     &err),
			 NL_OK);
	assert_string_equal(all[0].name, "Aa");
	assert_int_equal(counts[0], aa);
	assert_int_equal(counts[1], bb);
	free(counts);
	free(all);
}

static void municipality_counts_follow_the_setting(void **state)
{
	struct fixture *f = *state;
	struct nl_error err = {0};
	struct person p;
	int64_t id;
	assert_int_equal(municipality_add(f->store, "Aa", 1, f->now, &id, &err),
			 NL_OK);
	assert_int_equal(municipality_add(f->store, "Bb", 2, f->now, &id, &err),
			 NL_OK);
	add_person(f, "Zoë de Vries", "Aa", ROLE_CLIENT);
	add_person(f, "Jan Jansen", "Aa", ROLE_CLIENT);
	add_person(f, "Piet Pieters", "Aa", ROLE_REPRESENTATIVE);
	add_person(f, "Kees Bakker", "Bb", ROLE_CLIENT);
	add_person(f, "Margreet Ooms", "Bb", ROLE_CHAIR);
	per_municipality(f, 2, 1);
	assert_int_equal(member_set_active(f->store, "Jan Jansen", false, f->now,
					   &p, &err),
			 NL_OK);
	per_municipality(f, 1, 1);
	assert_int_equal(settings_set(f->store, "counting_roles",
				      "client,representative", &err),
			 NL_OK);
	per_municipality(f, 2, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counting_role_and_active_client),
		cmocka_unit_test_setup_teardown(
			municipality_counts_follow_the_setting, setup,
			teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

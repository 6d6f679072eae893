/*
 * replay.c — runs one fuzz target's seed corpus and every regression
 * (tests/fuzz/corpus/TARGET, tests/fuzz/regressions/TARGET) through the
 * same code libFuzzer runs, one cmocka case per file, so a finding fixed
 * once can never come back unnoticed, and without needing clang.  The
 * Makefile builds it once per target (build/tests/test_fuzz_TARGET), with
 * FUZZ_TARGET naming the target and the target's file linked in.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_TARGET
#error "FUZZ_TARGET must name the target (-DFUZZ_TARGET=\"import\")"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_FILES 1024

static char paths[MAX_FILES][PATH_MAX + 320];

static void replay(void **state)
{
	const char *path = *state;
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	uint8_t *data = NULL;
	size_t size = 0, cap = 0, n;
	uint8_t block[4096];
	while ((n = fread(block, 1, sizeof block, fp)) > 0) {
		if (size + n > cap) {
			cap = (size + n) * 2;
			data = realloc(data, cap);
			assert_non_null(data);
		}
		memcpy(data + size, block, n);
		size += n;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput(data ? data : (const uint8_t *)"", size);
	free(data);
}

static int compare_paths(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Regular files of a directory, dot files left out. */
static size_t collect(const char *dir, size_t n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t first = n;
	if (!d)
		return n;
	while ((e = readdir(d)) && n < MAX_FILES) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(paths[n++], sizeof paths[0], "%s/%s", dir, e->d_name);
	}
	closedir(d);
	qsort(paths[first], n - first, sizeof paths[0], compare_paths);
	return n;
}

int main(void)
{
	static struct CMUnitTest tests[MAX_FILES];
	const char *given = getenv("NOTULIST_FUZZ_DIR");
	char dir[PATH_MAX + 64], root[PATH_MAX];
	size_t n = 0;
	/* Absolute: a target may change directory (fuzz_cli.c does). */
	if (!realpath(given && *given ? given : "tests/fuzz", root)) {
		perror("test_fuzz: tests/fuzz");
		return 1;
	}
	snprintf(dir, sizeof dir, "%s/corpus/%s", root, FUZZ_TARGET);
	n = collect(dir, n);
	snprintf(dir, sizeof dir, "%s/regressions/%s", root, FUZZ_TARGET);
	n = collect(dir, n);
	if (n == 0) {
		fprintf(stderr, "test_fuzz_%s: no files under %s\n", FUZZ_TARGET,
			root);
		return 1;
	}
	LLVMFuzzerInitialize(NULL, NULL);
	for (size_t i = 0; i < n; i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test(replay);
		tests[i].name = paths[i];
		tests[i].initial_state = paths[i];
	}
	return _cmocka_run_group_tests("fuzz_" FUZZ_TARGET, tests, n, NULL,
				       NULL);
}

/* test_fuzz_corpus.c — replays the fuzz target's seed corpus and every
 * regression (tests/fuzz/corpus, tests/fuzz/regressions) through the same
 * code libFuzzer runs, one case per file, so a crash found once can never
 * come back unnoticed — and without needing clang. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../fuzz/fuzz_import.c"

#define MAX_FILES 512

static char paths[MAX_FILES][512];

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

/* Regular files of a directory, dot files (.gitkeep) left out. */
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
	const char *root = getenv("NOTULIST_FUZZ_DIR");
	char dir[400];
	size_t n = 0;
	root = root && *root ? root : "tests/fuzz";
	snprintf(dir, sizeof dir, "%s/corpus", root);
	n = collect(dir, n);
	snprintf(dir, sizeof dir, "%s/regressions", root);
	n = collect(dir, n);
	if (n == 0) {
		fprintf(stderr, "test_fuzz_corpus: no files under %s\n", root);
		return 1;
	}
	LLVMFuzzerInitialize(NULL, NULL);
	for (size_t i = 0; i < n; i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test(replay);
		tests[i].name = paths[i];
		tests[i].initial_state = paths[i];
	}
	return _cmocka_run_group_tests("fuzz_corpus", tests, n, NULL, NULL);
}

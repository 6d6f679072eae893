/* test_atomic_file.c — files written complete or not at all, private;
 * only a regular file is ever replaced (a device, FIFO, directory or
 * symbolic link is refused); a name as long as the file system allows
 * still gets its temporary file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"

struct fixture {
	char dir[256];
	char path[300];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "%s/notulist-atomic-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/notulen.md", f->dir);
	*state = f;
	return 0;
}

/* Only the target can be left in the directory (a test that left a
 * temporary file fails on its own check first). */
static int teardown(void **state)
{
	struct fixture *f = *state;
	unlink(f->path);
	int rc = rmdir(f->dir);
	free(f);
	return rc;
}

static int entries(const char *dir)
{
	int n = 0;
	DIR *d = opendir(dir);
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d));)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

static void write_text(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static void expect_content(const char *path, const char *text)
{
	char buf[256] = "";
	FILE *fp = fopen(path, "r");
	assert_non_null(fp);
	size_t n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	assert_string_equal(buf, text);
}

static void writes_a_private_complete_file(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	struct stat st;
	mode_t old = umask(022);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_OK);
	fputs("# Notulen\n", atomic_file_stream(&file));
	assert_int_equal(access(f->path, F_OK), -1); /* not there yet */
	assert_int_equal(atomic_file_commit(&file, &err), NL_OK);
	umask(old);
	expect_content(f->path, "# Notulen\n");
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(entries(f->dir), 1);
}

static void replaces_an_existing_file_whole(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	struct stat st;
	write_text(f->path, "oud en langer dan het nieuwe\n");
	chmod(f->path, 0644);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_OK);
	fputs("nieuw\n", atomic_file_stream(&file));
	assert_int_equal(atomic_file_commit(&file, &err), NL_OK);
	expect_content(f->path, "nieuw\n");
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(entries(f->dir), 1);
}

static void abort_leaves_the_target_as_it_was(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	write_text(f->path, "oud\n");
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_OK);
	fputs("half", atomic_file_stream(&file));
	atomic_file_abort(&file);
	atomic_file_abort(&file); /* harmless twice */
	expect_content(f->path, "oud\n");
	assert_int_equal(entries(f->dir), 1);
}

static void missing_directory_names_the_file(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	char path[400];
	snprintf(path, sizeof path, "%s/missing/notulen.md", f->dir);
	assert_int_equal(atomic_file_open(&file, path, &err), NL_ERR_IO);
	assert_non_null(strstr(err.message, path));
	assert_int_equal(entries(f->dir), 0);
}

static void a_device_is_refused(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	struct stat st;
	assert_int_equal(atomic_file_open(&file, "/dev/null", &err),
			 NL_ERR_REFUSED);
	assert_string_equal(err.message, "/dev/null is a device, not a file; "
			    "name a regular file");
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	assert_int_equal(entries(f->dir), 0);
}

static void a_fifo_and_a_directory_are_refused(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	struct stat st;
	assert_int_equal(mkfifo(f->path, 0600), 0);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_ERR_REFUSED);
	assert_non_null(strstr(err.message, "notulen.md is a FIFO, not a file"));
	assert_int_equal(lstat(f->path, &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	unlink(f->path);
	assert_int_equal(mkdir(f->path, 0700), 0);
	nl_error_clear(&err);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_ERR_REFUSED);
	assert_non_null(strstr(err.message, "is a directory, not a file"));
	assert_int_equal(rmdir(f->path), 0);
	assert_int_equal(entries(f->dir), 0);
}

/* A link is never replaced by a file, whether it points somewhere or
 * nowhere, and the message names where it points. */
static void a_symbolic_link_is_refused_and_kept(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	char target[400], expected[1200], seen[400];
	snprintf(target, sizeof target, "%s/echt.md", f->dir);
	write_text(target, "echt\n");
	assert_int_equal(symlink(target, f->path), 0);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_ERR_REFUSED);
	snprintf(expected, sizeof expected, "%s is a symbolic link to %s; give "
		 "the real path", f->path, target);
	assert_string_equal(err.message, expected);
	expect_content(target, "echt\n");
	unlink(target);
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_ERR_REFUSED);
	ssize_t n = readlink(f->path, seen, sizeof seen - 1);
	assert_true(n > 0);
	seen[n] = '\0';
	assert_string_equal(seen, target);
	assert_int_equal(entries(f->dir), 1); /* the link only */
}

/* A link put at the target while the text was being written is not
 * replaced either: the check is made again before the rename. */
static void a_link_planted_during_the_write_is_kept(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	struct stat st;
	assert_int_equal(atomic_file_open(&file, f->path, &err), NL_OK);
	fputs("tekst\n", atomic_file_stream(&file));
	assert_int_equal(symlink("/etc/passwd", f->path), 0);
	assert_int_equal(atomic_file_commit(&file, &err), NL_ERR_REFUSED);
	assert_non_null(strstr(err.message, "is a symbolic link to /etc/passwd"));
	assert_int_equal(lstat(f->path, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(entries(f->dir), 1);
}

/* 253 bytes: the longest names file systems take are 255, so a
 * temporary name of "." + name + ".XXXXXX" would not fit. */
static void a_253_byte_name_is_written(void **state)
{
	struct fixture *f = *state;
	struct atomic_file file;
	struct nl_error err = {0};
	char name[254], path[600];
	memset(name, 'n', 250);
	memcpy(name + 250, ".md", 4);
	snprintf(path, sizeof path, "%s/%s", f->dir, name);
	assert_int_equal(strlen(name), 253);
	assert_int_equal(atomic_file_open(&file, path, &err), NL_OK);
	fputs("lang\n", atomic_file_stream(&file));
	assert_int_equal(atomic_file_commit(&file, &err), NL_OK);
	expect_content(path, "lang\n");
	assert_int_equal(entries(f->dir), 1);
	unlink(path);
}

#define TEST(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(writes_a_private_complete_file),
		TEST(replaces_an_existing_file_whole),
		TEST(abort_leaves_the_target_as_it_was),
		TEST(missing_directory_names_the_file),
		TEST(a_device_is_refused),
		TEST(a_fifo_and_a_directory_are_refused),
		TEST(a_symbolic_link_is_refused_and_kept),
		TEST(a_link_planted_during_the_write_is_kept),
		TEST(a_253_byte_name_is_written),
	};
	return cmocka_run_group_tests_name("atomic file", tests, NULL, NULL);
}

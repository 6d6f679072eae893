/* test_csv_io.c — the CSV writer, its formula neutralising, the streaming
 * reader and where output goes (stdout, a file written atomically, a
 * device). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv_io.h"
#include "output.h"
#include "export.h"

/* ---- helpers ------------------------------------------------------------ */

/* Runs fn with a writer on a memory stream; returns what was written
 * (free it). */
static char *written(char delimiter, void (*fn)(struct csv_writer *))
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct csv_writer w;
	assert_non_null(fp);
	csv_writer_init(&w, fp, delimiter);
	fn(&w);
	assert_int_equal(w.error, 0);
	csv_writer_free(&w);
	fclose(fp);
	return buf;
}

static const char *fields_in;   /* '|'-separated fields for row_of() */

static void row_of(struct csv_writer *w)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", fields_in);
	/* strtok would skip empty fields; walk by hand. */
	char *start = buf;
	for (char *p = buf;; p++) {
		if (*p == '|' || *p == '\0') {
			bool end = *p == '\0';
			*p = '\0';
			csv_write_field(w, start);
			start = p + 1;
			if (end)
				break;
		}
	}
	csv_end_row(w);
}

static void expect_row(char delimiter, const char *fields, const char *want)
{
	fields_in = fields;
	char *got = written(delimiter, row_of);
	assert_string_equal(got, want);
	free(got);
}

/* Reads all of text; renders records as "line:f1|f2" and errors as
 * "line:!", one per '\n'. */
static char *read_all(const char *text, size_t len, char delimiter)
{
	struct csv_reader *r;
	struct csv_record rec;
	struct nl_error err = {0};
	static char out[4096];
	size_t used = 0;
	enum csv_next next;
	out[0] = '\0';
	assert_int_equal(csv_reader_open_memory(text, len, delimiter, &r, &err),
			 NL_OK);
	while ((next = csv_reader_next(r, &rec, &err)) != CSV_END) {
		if (next == CSV_FAILED) {
			used += snprintf(out + used, sizeof out - used, "FAILED\n");
			break;
		}
		if (next == CSV_BAD) {
			used += snprintf(out + used, sizeof out - used, "%ld:!\n",
					 rec.line);
			continue;
		}
		used += snprintf(out + used, sizeof out - used, "%ld:", rec.line);
		for (size_t i = 0; i < rec.n; i++)
			used += snprintf(out + used, sizeof out - used, "%s%s",
					 i ? "|" : "", rec.fields[i]);
		used += snprintf(out + used, sizeof out - used, "\n");
	}
	csv_reader_close(r);
	return out;
}

static void expect_read(const char *text, char delimiter, const char *want)
{
	assert_string_equal(read_all(text, strlen(text), delimiter), want);
}

/* ---- the writer --------------------------------------------------------- */

static void plain_fields_are_not_quoted(void **state)
{
	(void)state;
	expect_row(',', "Anna de Vries|Aa|12|", "Anna de Vries,Aa,12,\n");
	expect_row(',', "Zoë|Ĳsselmonde", "Zoë,Ĳsselmonde\n");
}

static void fields_are_quoted_only_when_needed(void **state)
{
	(void)state;
	expect_row(',', "a,b|say \"hi\"|x", "\"a,b\",\"say \"\"hi\"\"\",x\n");
	expect_row(',', "two\nlines|cr\rhere", "\"two\nlines\",\"cr\rhere\"\n");
	expect_row(',', " padded|end |a;b", "\" padded\",\"end \",a;b\n");
}

static void the_delimiter_decides_what_needs_quotes(void **state)
{
	(void)state;
	expect_row(';', "a,b|c;d", "a,b;\"c;d\"\n");
	expect_row('\t', "a,b|c\td|e;f", "a,b\t\"c\td\"\te;f\n");
}

static void write_bom_and_header(struct csv_writer *w)
{
	static const char *const header[] = {"naam", "gemeente"};
	w->crlf = true;
	csv_write_bom(w);
	csv_write_row(w, header, 2);
	csv_write_int(w, -0);
	csv_write_int(w, 1234567890123LL);
	csv_end_row(w);
}

/* Records end in LF unless CRLF is asked for (Excel): a line break inside
 * a field is kept as it is either way. */
static void records_end_in_lf_or_crlf(void **state)
{
	(void)state;
	expect_row(',', "a|b", "a,b\n");
	expect_row(',', "two\r\nlines|x", "\"two\r\nlines\",x\n");
}

/* The BOM, then every record ending in CRLF: Dutch Excel's format. */
static void bom_comes_first(void **state)
{
	(void)state;
	char *got = written(';', write_bom_and_header);
	assert_string_equal(got, "\xEF\xBB\xBFnaam;gemeente\r\n0;1234567890123\r\n");
	free(got);
}

static void formulas_are_neutralised(void **state)
{
	(void)state;
	expect_row(',', "=1+1|+31 6 1234|-2|@SUM(A1)|a=b",
		   "'=1+1,'+31 6 1234,'-2,'@SUM(A1),a=b\n");
	/* Neutralised and quoted: the "'" goes inside the quotes. */
	expect_row(',', "=HYPERLINK(\"x\",\"y\")",
		   "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\n");
	expect_row(',', "\tcmd|\rcmd", "'\tcmd,\"'\rcmd\"\n");
	expect_row('\t', "\tcmd", "\"'\tcmd\"\n");
}

static void a_write_error_is_kept_and_stops_writing(void **state)
{
	(void)state;
	static char small[64];
	FILE *fp = fopen("/dev/full", "w");
	struct csv_writer w;
	if (!fp)
		skip();
	setvbuf(fp, small, _IOFBF, sizeof small);
	csv_writer_init(&w, fp, ',');
	for (int i = 0; i < 100; i++) {
		csv_write_field(&w, "some text that fills the buffer");
		csv_end_row(&w);
	}
	assert_int_equal(w.error, ENOSPC);
	csv_writer_free(&w);
	fclose(fp);
}

/* ---- the reader --------------------------------------------------------- */

static void every_line_ending_counts(void **state)
{
	(void)state;
	expect_read("a,b\r\nc,d\ne,f\rg,h", 0, "1:a|b\n2:c|d\n3:e|f\n4:g|h\n");
}

static void bom_is_dropped(void **state)
{
	(void)state;
	expect_read("\xEF\xBB\xBFnaam;gemeente\r\nZoë;Aa\r\n", 0,
		    "1:naam|gemeente\n2:Zoë|Aa\n");
}

static void blank_lines_and_empty_rows_are_skipped(void **state)
{
	(void)state;
	expect_read("\n\nnaam;gemeente\n   \n;;;;\n\t;\nAnna;Aa\n\n", 0,
		    "3:naam|gemeente\n7:Anna|Aa\n");
	expect_read("name,municipality\n,,\r\n\"\",\nAnna,Aa", 0,
		    "1:name|municipality\n4:Anna|Aa\n");
}

static void the_delimiter_is_detected(void **state)
{
	(void)state;
	expect_read("naam;gemeente;rol\nDe Vries, Jan;Aa;client\n", 0,
		    "1:naam|gemeente|rol\n2:De Vries, Jan|Aa|client\n");
	expect_read("name\tmunicipality\nJan\tAa\n", 0,
		    "1:name|municipality\n2:Jan|Aa\n");
	expect_read("\"a;b\",c\n", 0, "1:a;b|c\n");
	expect_read("name\nJan;Aa\n", 0, "1:name\n2:Jan;Aa\n");
	expect_read("a;b\n", ',', "1:a;b\n");
}

static void quoted_line_breaks_keep_line_numbers_right(void **state)
{
	(void)state;
	expect_read("name,note\n\"Anna\",\"line one\nline two\r\nthree\"\nBob,x\n",
		    0, "1:name|note\n2:Anna|line one\nline two\r\nthree\n5:Bob|x\n");
}

static void a_misplaced_quote_spoils_only_its_record(void **state)
{
	(void)state;
	expect_read("name\nAn\"na\nBob\n\"Ca\"rl\nDirk\n", 0,
		    "1:name\n2:!\n3:Bob\n4:!\n5:Dirk\n");
	/* The record is reported at the line where it began. */
	expect_read("name\n\"multi\nline\"x\nEva\n", 0, "1:name\n2:!\n4:Eva\n");
}

static void an_unterminated_quote_is_an_error(void **state)
{
	(void)state;
	expect_read("name\nAnna\n\"Bob\nCarl\n", 0, "1:name\n2:Anna\n3:!\n");
	expect_read("\"", 0, "1:!\n");
}

static void a_record_over_one_mebibyte_stops_reading(void **state)
{
	(void)state;
	size_t n = CSV_MAX_RECORD + 10;
	char *big = malloc(n + 16);
	assert_non_null(big);
	memcpy(big, "name\n\"", 6);
	memset(big + 6, 'x', n - 6);
	assert_string_equal(read_all(big, n, 0), "1:name\nFAILED\n");
	memcpy(big, "name\n", 5);
	memset(big + 5, 'y', n - 5);
	assert_string_equal(read_all(big, n, 0), "1:name\nFAILED\n");
	free(big);
}

static void a_nul_byte_shows_in_the_length(void **state)
{
	(void)state;
	static const char text[] = "a\0b,c\n";
	struct csv_reader *r;
	struct csv_record rec;
	struct nl_error err = {0};
	assert_int_equal(csv_reader_open_memory(text, sizeof text - 1, 0, &r,
						&err), NL_OK);
	assert_int_equal(csv_reader_next(r, &rec, &err), CSV_RECORD);
	assert_int_equal(rec.n, 2);
	assert_int_equal(rec.lengths[0], 3);
	assert_int_equal(strlen(rec.fields[0]), 1);
	assert_int_equal(csv_reader_next(r, &rec, &err), CSV_END);
	csv_reader_close(r);
}

/* A CRLF split over two read blocks is one line ending, not two. */
static void a_file_is_read_in_blocks(void **state)
{
	(void)state;
	FILE *fp = tmpfile();
	struct csv_reader *r;
	struct csv_record rec;
	struct nl_error err = {0};
	long lines = 0, last = 0;
	assert_non_null(fp);
	fputs("name\r\n", fp);
	for (long pos = 6; pos < 65536 - 1 - 6;) {
		fputs("Jan\r\n", fp);
		pos += 5;
	}
	while (ftell(fp) < 65535)
		fputc('x', fp);
	fputs("\r\nLast\r\n", fp);
	rewind(fp);
	assert_int_equal(csv_reader_open(fp, 0, &r, &err), NL_OK);
	enum csv_next next;
	while ((next = csv_reader_next(r, &rec, &err)) == CSV_RECORD) {
		lines++;
		last = rec.line;
	}
	assert_int_equal(next, CSV_END);
	assert_int_equal(lines, last);
	csv_reader_close(r);
	fclose(fp);
}

/* ---- where output goes ------------------------------------------------- */

static void write_a_file(const char *path, int fake_error,
			 enum nl_status expected, struct nl_error *err)
{
	struct output o;
	struct csv_writer w;
	assert_int_equal(output_open(&o, path, err), NL_OK);
	csv_writer_init(&w, o.stream, ',');
	csv_write_field(&w, "Zoë");
	csv_end_row(&w);
	assert_int_equal(output_close(&o, fake_error ? fake_error : w.error,
					  err), expected);
	csv_writer_free(&w);
}

static void a_file_is_complete_private_or_absent(void **state)
{
	(void)state;
	char dir[] = "/tmp/notulist-csv-XXXXXX", path[64], buf[32];
	struct nl_error err = {0};
	struct stat st;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/out.csv", dir);
	mode_t old = umask(022);
	write_a_file(path, 0, NL_OK, &err);
	umask(old);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	FILE *fp = fopen(path, "r");
	assert_non_null(fp);
	assert_non_null(fgets(buf, sizeof buf, fp));
	fclose(fp);
	assert_string_equal(buf, "Zoë\n");
	/* A failed write leaves the old file as it was and no stray file. */
	nl_error_clear(&err);
	write_a_file(path, ENOSPC, NL_ERR_IO, &err);
	assert_non_null(strstr(err.message, "cannot write"));
	assert_non_null(strstr(err.message, "out.csv"));
	fp = fopen(path, "r");
	assert_non_null(fgets(buf, sizeof buf, fp));
	fclose(fp);
	assert_string_equal(buf, "Zoë\n");
	unlink(path);
	nl_error_clear(&err);
	write_a_file(path, ENOSPC, NL_ERR_IO, &err);
	assert_int_not_equal(access(path, F_OK), 0);
	assert_int_equal(rmdir(dir), 0); /* nothing else was left behind */
}

static void dash_means_stdout_and_a_device_is_refused(void **state)
{
	(void)state;
	struct output o;
	struct nl_error err = {0};
	assert_int_equal(output_open(&o, "-", &err), NL_OK);
	assert_true(o.to_stdout);
	assert_ptr_equal(o.stream, stdout);
	assert_int_equal(output_open(&o, NULL, &err), NL_OK);
	assert_true(o.to_stdout);
	/* stdout's own failure is "cannot write the output (reason)". */
	nl_error_clear(&err);
	assert_int_equal(output_close(&o, EPIPE, &err), NL_ERR_IO);
	assert_non_null(strstr(err.message, "cannot write the output ("));
	if (access("/dev/full", W_OK) != 0)
		return;
	struct stat st;
	nl_error_clear(&err);
	assert_int_equal(output_open(&o, "/dev/full", &err), NL_ERR_REFUSED);
	assert_non_null(strstr(err.message, "/dev/full is a device"));
	assert_int_equal(stat("/dev/full", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
}

/* Python's csv module, an independent reader, gets back every field as
 * it was — line breaks, quotes, delimiters, accents, white space at the
 * ends — and a formula with its "'". */
static void python_reads_what_we_write(void **state)
{
	(void)state;
	static const char *const fields[] = {
		"Zoë \"Zo\" de Vries", "line one\nline two", "cr\rlf\r\n",
		"semi;colon", "comma, too", "  spaced  ", "=1+1", "",
		"tab\there", "Ĳsselmonde – “quoted”",
	};
	static const char delimiters[] = {',', ';', '\t'};
	char path[] = "/tmp/notulist-py-XXXXXX", cmd[512], line[4096];
	if (system("command -v python3 >/dev/null 2>&1") != 0)
		skip();
	for (size_t d = 0; d < sizeof delimiters; d++) {
		int fd = mkstemp(path);
		assert_true(fd >= 0);
		FILE *fp = fdopen(fd, "w");
		struct csv_writer w;
		csv_writer_init(&w, fp, delimiters[d]);
		csv_write_bom(&w);
		csv_write_row(&w, fields, sizeof fields / sizeof *fields);
		csv_write_row(&w, fields, 2);
		assert_int_equal(w.error, 0);
		csv_writer_free(&w);
		fclose(fp);
		/* One line per record, each field as hex, so nothing in the
		 * text can confuse the comparison. */
		snprintf(cmd, sizeof cmd,
			 "python3 -c 'import csv,sys\n"
			 "with open(sys.argv[1], newline=\"\", encoding=\"utf-8-sig\") as f:\n"
			 " for r in csv.reader(f, delimiter=sys.argv[2]):\n"
			 "  print(\" \".join(x.encode().hex() for x in r))' %s '%c'",
			 path, delimiters[d]);
		FILE *py = popen(cmd, "r");
		assert_non_null(py);
		for (size_t row = 0; row < 2; row++) {
			size_t n = row == 0 ? sizeof fields / sizeof *fields : 2;
			char want[4096] = "";
			for (size_t i = 0; i < n; i++) {
				const char *f = fields[i];
				size_t used = strlen(want);
				if (i)
					want[used++] = ' ';
				if (f[0] == '=')
					used += sprintf(want + used, "27");
				for (; *f; f++)
					used += sprintf(want + used, "%02x",
							(unsigned char)*f);
				want[used] = '\0';
			}
			assert_non_null(fgets(line, sizeof line, py));
			line[strcspn(line, "\n")] = '\0';
			assert_string_equal(line, want);
		}
		assert_null(fgets(line, sizeof line, py));
		assert_int_equal(pclose(py), 0);
		unlink(path);
		strcpy(path, "/tmp/notulist-py-XXXXXX");
	}
}

/* export_action_row on actions made up here, without a database. */
static struct action_item made_up_action(int64_t id, const char *text,
					 int64_t owner_id, const char *owner)
{
	struct action_item a;
	memset(&a, 0, sizeof a);
	a.id = id;
	a.origin.id = 4;
	a.origin.date = (struct nl_date){2026, 3, 10};
	a.origin.start_minute = -1;
	snprintf(a.description, sizeof a.description, "%s", text);
	a.owner_id = owner_id;
	snprintf(a.owner, sizeof a.owner, "%s", owner);
	return a;
}

static void render_actions(struct csv_writer *w)
{
	struct action_item open = made_up_action(7, "Navragen, bij de GR", 0,
						 "GR");
	struct action_item done = made_up_action(8, "=Brief \"herschrijven\"", 12,
						 "Zoë de Vries");
	open.due = (struct nl_date){2026, 4, 1};
	done.status = ACTION_DONE;
	done.closed_on = (struct nl_date){2026, 3, 17};
	struct action_item dropped = made_up_action(9, "Nooit", 0, "");
	dropped.status = ACTION_DROPPED;
	dropped.closed_on = (struct nl_date){2026, 5, 1};
	export_action_row(w, &open, ROLE_GUEST, false);
	export_action_row(w, &done, ROLE_REPRESENTATIVE, false);
	export_action_row(w, &dropped, ROLE_GUEST, false);
	/* Anonymous: a person by pseudonym, free text left out. */
	export_action_row(w, &open, ROLE_GUEST, true);
	export_action_row(w, &done, ROLE_REPRESENTATIVE, true);
}

static void actions_render_as_rows(void **state)
{
	(void)state;
	char *got = written(',', render_actions);
	assert_string_equal(got,
		"7,4,2026-03-10,\"Navragen, bij de GR\",GR,2026-04-01,open,\n"
		"8,4,2026-03-10,\"'=Brief \"\"herschrijven\"\"\",Zoë de Vries,,done,"
		"2026-03-17\n"
		"9,4,2026-03-10,Nooit,,,dropped,2026-05-01\n"
		"7,4,2026-03-10,\"Navragen, bij de GR\",,2026-04-01,open,\n"
		"8,4,2026-03-10,\"'=Brief \"\"herschrijven\"\"\",representative-0012,"
		",done,2026-03-17\n");
	free(got);
}

static void delimiters_by_name(void **state)
{
	(void)state;
	char d = 0;
	assert_true(csv_parse_delimiter(",", &d) && d == ',');
	assert_true(csv_parse_delimiter(";", &d) && d == ';');
	assert_true(csv_parse_delimiter("tab", &d) && d == '\t');
	assert_true(csv_parse_delimiter("TAB", &d) && d == '\t');
	assert_true(csv_parse_delimiter("\t", &d) && d == '\t');
	assert_false(csv_parse_delimiter("|", &d));
	assert_false(csv_parse_delimiter(",,", &d));
	assert_false(csv_parse_delimiter("", &d));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_fields_are_not_quoted),
		cmocka_unit_test(fields_are_quoted_only_when_needed),
		cmocka_unit_test(the_delimiter_decides_what_needs_quotes),
		cmocka_unit_test(records_end_in_lf_or_crlf),
		cmocka_unit_test(bom_comes_first),
		cmocka_unit_test(formulas_are_neutralised),
		cmocka_unit_test(a_write_error_is_kept_and_stops_writing),
		cmocka_unit_test(every_line_ending_counts),
		cmocka_unit_test(bom_is_dropped),
		cmocka_unit_test(blank_lines_and_empty_rows_are_skipped),
		cmocka_unit_test(the_delimiter_is_detected),
		cmocka_unit_test(quoted_line_breaks_keep_line_numbers_right),
		cmocka_unit_test(a_misplaced_quote_spoils_only_its_record),
		cmocka_unit_test(an_unterminated_quote_is_an_error),
		cmocka_unit_test(a_record_over_one_mebibyte_stops_reading),
		cmocka_unit_test(a_nul_byte_shows_in_the_length),
		cmocka_unit_test(a_file_is_read_in_blocks),
		cmocka_unit_test(a_file_is_complete_private_or_absent),
		cmocka_unit_test(dash_means_stdout_and_a_device_is_refused),
		cmocka_unit_test(python_reads_what_we_write),
		cmocka_unit_test(actions_render_as_rows),
		cmocka_unit_test(delimiters_by_name),
	};
	return cmocka_run_group_tests_name("csv_io", tests, NULL, NULL);
}

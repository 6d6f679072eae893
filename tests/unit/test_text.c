/* test_text.c — UTF-8 decoding, folding for identity and search, field
 * validation, display widths and the ASCII fallback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "text.h"

/* ---- utf8_decode ----------------------------------------------------------- */

struct decode_case {
	const char *name;
	const char *bytes;
	size_t len;
	size_t want_n;   /* 0: refused */
	uint32_t want_cp;
};

static const struct decode_case decode_cases[] = {
	{"decode: ASCII letter", "A", 1, 1, 0x41},
	{"decode: NUL byte", "\0", 1, 1, 0},
	{"decode: DEL is ASCII", "\x7F", 1, 1, 0x7F},
	{"decode: two bytes (é)", "\xC3\xA9", 2, 2, 0xE9},
	{"decode: smallest two-byte", "\xC2\x80", 2, 2, 0x80},
	{"decode: largest two-byte", "\xDF\xBF", 2, 2, 0x7FF},
	{"decode: three bytes (€)", "\xE2\x82\xAC", 3, 3, 0x20AC},
	{"decode: smallest three-byte", "\xE0\xA0\x80", 3, 3, 0x800},
	{"decode: just after the surrogates", "\xEE\x80\x80", 3, 3, 0xE000},
	{"decode: just before the surrogates", "\xED\x9F\xBF", 3, 3, 0xD7FF},
	{"decode: four bytes (emoji)", "\xF0\x9F\x98\x80", 4, 4, 0x1F600},
	{"decode: U+10FFFF, the last", "\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF},
	{"decode: only the first of several", "\xC3\xA9z", 3, 2, 0xE9},
	{"decode: overlong NUL (C0 80)", "\xC0\x80", 2, 0, 0},
	{"decode: overlong two-byte (C1 BF)", "\xC1\xBF", 2, 0, 0},
	{"decode: overlong three-byte (E0 80 80)", "\xE0\x80\x80", 3, 0, 0},
	{"decode: overlong U+07FF in three bytes", "\xE0\x9F\xBF", 3, 0, 0},
	{"decode: overlong four-byte (F0 80 80 80)", "\xF0\x80\x80\x80", 4, 0,
	 0},
	{"decode: overlong U+FFFF in four bytes", "\xF0\x8F\xBF\xBF", 4, 0, 0},
	{"decode: high surrogate D800", "\xED\xA0\x80", 3, 0, 0},
	{"decode: low surrogate DFFF", "\xED\xBF\xBF", 3, 0, 0},
	{"decode: past U+10FFFF (F4 90)", "\xF4\x90\x80\x80", 4, 0, 0},
	{"decode: F5 lead byte", "\xF5\x80\x80\x80", 4, 0, 0},
	{"decode: five-byte lead F8", "\xF8\x88\x80\x80\x80", 5, 0, 0},
	{"decode: FE", "\xFE", 1, 0, 0},
	{"decode: FF", "\xFF", 1, 0, 0},
	{"decode: lone continuation byte", "\x80", 1, 0, 0},
	{"decode: truncated two-byte", "\xC3", 1, 0, 0},
	{"decode: truncated three-byte", "\xE2\x82", 2, 0, 0},
	{"decode: truncated four-byte", "\xF0\x9F\x98", 3, 0, 0},
	{"decode: cut short by len", "\xC3\xA9", 1, 0, 0},
	{"decode: bad continuation (ASCII)", "\xC3\x41", 2, 0, 0},
	{"decode: bad continuation in the middle", "\xE2\x28\xA1", 3, 0, 0},
	{"decode: bad last continuation", "\xF0\x9F\x98\x41", 4, 0, 0},
	{"decode: continuation replaced by a new lead", "\xE2\xC3\xA9", 3, 0,
	 0},
	{"decode: empty", "", 0, 0, 0},
};

static void run_decode_case(void **state)
{
	const struct decode_case *c = *state;
	uint32_t cp = 0xDEADBEEF;
	assert_int_equal(utf8_decode(c->bytes, c->len, &cp), c->want_n);
	if (c->want_n) {
		assert_int_equal(cp, c->want_cp);
		char out[4];
		assert_int_equal(utf8_encode(cp, out), c->want_n);
		assert_memory_equal(out, c->bytes, c->want_n);
	}
}

static void encode_decode_round_trip(void **state)
{
	(void)state;
	static const uint32_t cps[] = {0,      0x7F,   0x80,    0x7FF,
				       0x800,  0xD7FF, 0xE000,  0xFFFD,
				       0xFFFF, 0x10000, 0x10FFFF};
	static const size_t lens[] = {1, 1, 2, 2, 3, 3, 3, 3, 3, 4, 4};
	for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
		char buf[4];
		uint32_t back = 1;
		assert_int_equal(utf8_encode(cps[i], buf), lens[i]);
		assert_int_equal(utf8_decode(buf, lens[i], &back), lens[i]);
		assert_int_equal(back, cps[i]);
	}
}

/* ---- utf8_valid and utf8_length -------------------------------------------- */

struct valid_case {
	const char *name;
	const char *text;
	bool valid;
	size_t length; /* code points (valid strings only) */
};

static const struct valid_case valid_cases[] = {
	{"valid: empty", "", true, 0},
	{"valid: ASCII", "Jan de Vries", true, 12},
	{"valid: accents count once", "Zoë", true, 3},
	{"valid: IJ ligature is one", "Ĳssel", true, 5},
	{"valid: CJK", "日本語", true, 3},
	{"valid: emoji", "a\xF0\x9F\x98\x80" "b", true, 3},
	{"valid: combining mark is its own code point", "e\xCC\x88", true, 2},
	{"valid: Cyrillic", "Москва", true, 6},
	{"valid: invalid byte at the end", "Jan\xFF", false, 0},
	{"valid: truncated at the end", "Zo\xC3", false, 0},
	{"valid: surrogate inside", "a\xED\xA0\x80" "b", false, 0},
	{"valid: overlong slash", "a\xC0\xAF" "b", false, 0},
	{"valid: Latin-1 byte for ë", "Zo\xEB", false, 0},
};

static void run_valid_case(void **state)
{
	const struct valid_case *c = *state;
	assert_int_equal(utf8_valid(c->text, strlen(c->text)), c->valid);
	if (c->valid)
		assert_int_equal(utf8_length(c->text), c->length);
}

/* ---- text_fold --------------------------------------------------------------- */

struct fold_case {
	const char *name;
	const char *in;
	enum text_fold mode;
	const char *want;
};

#define CASE FOLD_CASE
#define ACCENT FOLD_CASE_ACCENT

static const struct fold_case fold_cases[] = {
	/* identity: case folded, accents kept */
	{"fold case: ZOË", "ZOË", CASE, "zoë"},
	{"fold case: Ĳssel is IJssel", "Ĳssel", CASE, "ijssel"},
	{"fold case: capital dotted İ is a plain i", "İlker", CASE, "ilker"},
	{"fold case: dotless ı stays", "Işık", CASE, "işık"},
	{"fold case: ASCII", "JAN de VRIES", CASE, "jan de vries"},
	{"fold case: Œ", "Œuvre", CASE, "œuvre"},
	{"fold case: Æ", "ÆSIR", CASE, "æsir"},
	{"fold case: ß is ss (full case folding)", "STRAßE", CASE, "strasse"},
	{"fold case: Romanian comma below", "ȘTEFAN POPESCU", CASE,
	 "ștefan popescu"},
	{"fold case: Vietnamese", "THỊ NGUYỄN", CASE, "thị nguyễn"},
	{"fold case: NFD is NFC", "Zoe\xCC\x88 de Vries", CASE, "zoë de vries"},
	{"fold case: fullwidth letters", "Ｚｏë", CASE, "zoë"},
	{"fold case: zero-width space dropped", "Zo\xE2\x80\x8B\xC3\xAB",
	 CASE, "zoë"},
	{"fold case: soft hyphen dropped", "Jan\xC2\xAD" "sen", CASE, "jansen"},
	{"fold case: runs of spaces are one", " Jan  de\xC2\xA0 Vries ", CASE,
	 "jan de vries"},
	{"fold case: Armenian", "ԱՐԱՄ", CASE, "արամ"},
	{"fold case: Georgian Mtavruli", "ᲒᲘᲝᲠᲒᲘ", CASE, "გიორგი"},
	{"fold case: Cherokee folds to capitals", "ꮳꮃꭹ", CASE, "ᏣᎳᎩ"},
	{"fold case: final sigma", "ΟΔΥΣΣΕΥΣ", CASE, "οδυσσευσ"},
	{"fold case: Polish", "ŁÓDŹ ŻĄĆ", CASE, "łódź żąć"},
	{"fold case: Czech", "ŘEHÁČEK ŮŇĚ", CASE, "řeháček ůňě"},
	{"fold case: Turkish", "ÇAĞLAR ŞAHİN", CASE, "çağlar şahin"},
	{"fold case: Ÿ", "ŸVES", CASE, "ÿves"},
	{"fold case: Greek", "ΑΘΗΝΑ ΖΩΗ", CASE, "αθηνα ζωη"},
	{"fold case: Cyrillic", "МОСКВА", CASE, "москва"},
	{"fold case: Cyrillic Ё and Ђ", "ЁЂ", CASE, "ёђ"},
	{"fold case: × is no letter", "A×B", CASE, "a×b"},
	{"fold case: digits and punctuation", "12-3 (a)!", CASE, "12-3 (a)!"},
	{"fold case: combining mark composed", "E\xCC\x88", CASE, "ë"},
	{"fold case: invalid byte becomes U+FFFD", "A\xFF" "B", CASE,
	 "a\xEF\xBF\xBD" "b"},
	{"fold case: empty", "", CASE, ""},
	/* ASCII takes a short cut (no utf8proc): the same keys */
	{"fold case: ASCII runs of spaces are one", "  Jan   DE  Vries  ",
	 CASE, "jan de vries"},
	{"fold case: ASCII only spaces", "   ", CASE, ""},
	{"fold case: ASCII tab and controls kept", "A\tB\x01", CASE,
	 "a\tb\x01"},
	{"fold accent: ASCII runs of spaces are one", " Anna  DE VRIES ",
	 ACCENT, "anna de vries"},
	{"fold accent: ASCII punctuation kept", "O'Neill-Smit (Jr.)", ACCENT,
	 "o'neill-smit (jr.)"},
	/* search: case and accents folded */
	{"fold accent: Zoë", "Zoë", ACCENT, "zoe"},
	{"fold accent: ZOË", "ZOË", ACCENT, "zoe"},
	{"fold accent: Ĳ is ij", "Ĳ", ACCENT, "ij"},
	{"fold accent: Ĳssel", "Ĳssel", ACCENT, "ijssel"},
	{"fold accent: Œ is oe", "Œ", ACCENT, "oe"},
	{"fold accent: Æ is ae", "Ærø", ACCENT, "aero"},
	{"fold accent: ß is ss", "ß", ACCENT, "ss"},
	{"fold accent: Gülşen", "Gülşen", ACCENT, "gulsen"},
	{"fold accent: combining diaeresis dropped", "e\xCC\x88", ACCENT, "e"},
	{"fold accent: capital dotted İ", "İlker", ACCENT, "ilker"},
	{"fold accent: dotless ı", "Işık", ACCENT, "isik"},
	{"fold accent: Polish", "Zażółć gęślą jaźń", ACCENT,
	 "zazolc gesla jazn"},
	{"fold accent: Wałęsa", "Wałęsa", ACCENT, "walesa"},
	{"fold accent: Czech", "Příliš žluťoučký kůň", ACCENT,
	 "prilis zlutoucky kun"},
	{"fold accent: Dvořák", "Dvořák", ACCENT, "dvorak"},
	{"fold accent: Turkish", "ÇAĞLAR ŞAHİN", ACCENT, "caglar sahin"},
	{"fold accent: Ð and đ", "Ðorđe", ACCENT, "dorde"},
	{"fold accent: Ø", "Øystein", ACCENT, "oystein"},
	{"fold accent: Ñ", "Ñúñez", ACCENT, "nunez"},
	{"fold accent: Ÿ", "Ÿ", ACCENT, "y"},
	{"fold accent: þ has no Latin base", "Þór", ACCENT, "þor"},
	{"fold accent: Greek is only lowered", "ΖΩΗ", ACCENT, "ζωη"},
	{"fold accent: Cyrillic is only lowered", "Жанна", ACCENT, "жанна"},
	{"fold accent: Émile", "Émile", ACCENT, "emile"},
	{"fold accent: Vietnamese", "THỊ NGUYỄN", ACCENT, "thi nguyen"},
	{"fold accent: Romanian", "Ștefan", ACCENT, "stefan"},
	{"fold accent: NFD", "Zoe\xCC\x88", ACCENT, "zoe"},
};

static void run_fold_case(void **state)
{
	const struct fold_case *c = *state;
	char out[128];
	assert_true(text_fold(c->in, c->mode, out, sizeof out));
	assert_string_equal(out, c->want);
}

static void fold_truncates_at_a_code_point(void **state)
{
	(void)state;
	char out[8];
	memset(out, 'X', sizeof out);
	assert_false(text_fold("ZOË", FOLD_CASE, out, 4));
	assert_string_equal(out, "zo"); /* ë would need 2 + NUL */
	assert_true(text_fold("ZOË", FOLD_CASE, out, 5));
	assert_string_equal(out, "zoë");
	assert_false(text_fold("ß", FOLD_CASE_ACCENT, out, 2));
	assert_string_equal(out, "s");
	assert_false(text_fold("a", FOLD_CASE, out, 0));
}

/* ---- text_search_match ----------------------------------------------------- */

struct search_case {
	const char *name;
	const char *haystack, *needle;
	bool match;
};

static const struct search_case search_cases[] = {
	{"search: zoe finds Zoë", "Zoë de Wit", "zoe", true},
	{"search: ZOË finds Zoë", "Zoë", "ZOË", true},
	{"search: zoë finds Zoe", "Zoe", "zoë", true},
	{"search: ijssel finds Ĳsselmonde", "Ĳsselmonde", "ijssel", true},
	{"search: Ĳ finds IJ", "IJsselmonde", "Ĳ", true},
	{"search: strasse finds Straße", "Straße", "strasse", true},
	{"search: yildiz finds Yıldız", "Gülşen Yıldız", "yildiz", true},
	{"search: in the middle", "Anouk de Vries", "de v", true},
	{"search: prefix", "Chloë Bakker", "chlo", true},
	{"search: other name", "Jan", "piet", false},
	{"search: longer than the name", "Bram", "bramm", false},
	{"search: accents do not make a match", "Zoë", "zoa", false},
	{"search: empty needle finds everything", "Jan", "", true},
	{"search: emile finds Émile", "Émile Zola", "emile", true},
	{"search: NFD needle finds NFC name", "Zoë", "Zoe\xCC\x88", true},
	{"search: stefan finds Ștefan", "Ștefan Popescu", "stefan", true},
	{"search: søren finds Soren", "Soren", "Søren", true},
};

static void run_search_case(void **state)
{
	const struct search_case *c = *state;
	assert_int_equal(text_search_match(c->haystack, c->needle), c->match);
}

/* ---- text_clean_field ------------------------------------------------------ */

struct clean_case {
	const char *name;
	const char *in;
	size_t max_chars;
	size_t size;       /* of out; 0: 404, a name's */
	const char *want;  /* NULL: refused */
	const char *why;
};

#define S100(x) x x x x x x x x x x
#define E100 S100(S100("ë"))

static const struct clean_case clean_cases[] = {
	{"clean: plain name", "Zoë de Wit", 100, 0, "Zoë de Wit", NULL},
	{"clean: trims spaces", "  Jan de Vries  ", 100, 0, "Jan de Vries",
	 NULL},
	{"clean: trims surrounding ASCII white space", "\t Jan \r\n", 100, 0,
	 "Jan", NULL},
	{"clean: trims no-break spaces", "\xC2\xA0Jan\xC2\xA0", 100, 0, "Jan",
	 NULL},
	{"clean: trims an ideographic space", "\xE3\x80\x80Jan \xE3\x80\x80",
	 100, 0, "Jan", NULL},
	{"clean: keeps inner no-break space", "Jan\xC2\xA0" "de Vries", 100, 0,
	 "Jan\xC2\xA0" "de Vries", NULL},
	{"clean: tab inside", "Jan\tde Vries", 100, 0, NULL,
	 "contains a control character"},
	{"clean: newline inside", "Jan\nde Vries", 100, 0, NULL,
	 "contains a control character"},
	{"clean: carriage return inside", "Jan\rde", 100, 0, NULL,
	 "contains a control character"},
	{"clean: escape", "Jan\x1B[31m", 100, 0, NULL,
	 "contains a control character"},
	{"clean: DEL", "Jan\x7F", 100, 0, NULL, "contains a control character"},
	{"clean: C1 NEL", "Jan\xC2\x85", 100, 0, NULL,
	 "contains a control character"},
	{"clean: C1 U+009F", "Jan\xC2\x9F", 100, 0, NULL,
	 "contains a control character"},
	{"clean: line separator", "Jan\xE2\x80\xA8" "de", 100, 0, NULL,
	 "contains a control character"},
	{"clean: empty", "", 100, 0, NULL, "is empty"},
	{"clean: only spaces", "    ", 100, 0, NULL, "is empty"},
	{"clean: only no-break spaces", "\xC2\xA0\xC2\xA0", 100, 0, NULL,
	 "is empty"},
	{"clean: only an ideographic space", "\xE3\x80\x80", 100, 0, NULL,
	 "is empty"},
	{"clean: only a zero-width space", "\xE2\x80\x8B", 100, 0, NULL,
	 "is empty"},
	{"clean: invalid byte", "Jan\xFF", 100, 0, NULL, "is not valid UTF-8"},
	{"clean: Latin-1 ë", "Zo\xEB", 100, 0, NULL, "is not valid UTF-8"},
	{"clean: overlong", "\xC0\x80", 100, 0, NULL, "is not valid UTF-8"},
	{"clean: invalid before a control character", "\t\xFF", 100, 0, NULL,
	 "is not valid UTF-8"},
	{"clean: 100 × ë fits 100 code points", E100, 100, 0, E100, NULL},
	{"clean: 101 × ë is too long", E100 "ë", 100, 0, NULL, "is too long"},
	{"clean: counted in code points, not bytes", "ëëë", 3, 0, "ëëë", NULL},
	{"clean: one code point too many", "abcd", 3, 0, NULL, "is too long"},
	{"clean: spaces around do not count", "  abc  ", 3, 0, "abc", NULL},
	{"clean: too many bytes for the buffer", "abcdef", 100, 4, NULL,
	 "is too long"},
	{"clean: NFD stored as NFC", "Zoe\xCC\x88", 100, 0, "Zoë", NULL},
	{"clean: NFC counted after composing", "e\xCC\x88" "e\xCC\x88", 2, 0,
	 "ëë", NULL},
	{"clean: a field may hold a bidi control", "a\xE2\x80\xAE" "b", 100, 0,
	 "a\xE2\x80\xAE" "b", NULL},
};

/* ---- text_clean_name ------------------------------------------------------- */

static const struct clean_case name_cases[] = {
	{"name: plain", "Zoë de Vries", 100, 0, "Zoë de Vries", NULL},
	{"name: NFD stored as NFC", "Zoe\xCC\x88 de Vries", 100, 0,
	 "Zoë de Vries", NULL},
	{"name: emoji with joiners is visible", "\xF0\x9F\x91\xA8\xE2\x80\x8D"
	 "\xF0\x9F\x91\xA9", 100, 0, "\xF0\x9F\x91\xA8\xE2\x80\x8D"
	 "\xF0\x9F\x91\xA9", NULL},
	{"name: Hangul", "김민준", 100, 0, "김민준", NULL},
	{"name: only zero-width spaces", "\xE2\x80\x8B\xE2\x80\x8B", 100, 0,
	 NULL, "is empty"},
	{"name: zero-width joiner and non-joiner", "\xE2\x80\x8D\xE2\x80\x8C",
	 100, 0, NULL, "has no visible character"},
	{"name: Hangul filler", "\xE3\x85\xA4", 100, 0, NULL,
	 "has no visible character"},
	{"name: halfwidth Hangul filler and word joiner", "\xEF\xBE\xA0"
	 "\xE2\x81\xA0", 100, 0, NULL, "has no visible character"},
	{"name: blank Braille pattern", "\xE2\xA0\x80", 100, 0, NULL,
	 "has no visible character"},
	{"name: only combining marks", "\xCC\x88\xCC\x81", 100, 0, NULL,
	 "has no visible character"},
	{"name: soft hyphen and variation selector", "\xC2\xAD\xEF\xB8\x8F",
	 100, 0, NULL, "has no visible character"},
	{"name: right-to-left override", "Jan \xE2\x80\xAEnesnaJ", 100, 0, NULL,
	 "contains a bidirectional control character (such as U+202E)"},
	{"name: left-to-right isolate", "\xE2\x81\xA6Jan", 100, 0, NULL,
	 "contains a bidirectional control character (such as U+202E)"},
	{"name: right-to-left mark", "Jan\xE2\x80\x8F", 100, 0, NULL,
	 "contains a bidirectional control character (such as U+202E)"},
	{"name: Arabic letter mark", "\xD8\x9C\xD8\xB9", 100, 0, NULL,
	 "contains a bidirectional control character (such as U+202E)"},
	{"name: Arabic name is fine", "أحمد", 100, 0, "أحمد", NULL},
	{"name: still a field: control character", "Jan\x1B", 100, 0, NULL,
	 "contains a control character"},
};

static void run_name_case(void **state)
{
	const struct clean_case *c = *state;
	char out[512];
	const char *why = "(untouched)";
	bool ok = text_clean_name(c->in, c->max_chars, out, 404, &why);
	assert_int_equal(ok, c->want != NULL);
	if (c->want)
		assert_string_equal(out, c->want);
	else
		assert_string_equal(why, c->why);
}

static void prefix_for_completion(void **state)
{
	(void)state;
	assert_true(text_search_prefix("Émile Zola", "em"));
	assert_true(text_search_prefix("Émile Zola", "ÉMI"));
	assert_true(text_search_prefix("Zoë", "Zoe\xCC\x88"));
	assert_true(text_search_prefix("Jan", ""));
	assert_false(text_search_prefix("Émile", "mile"));
}

static void dashes_look_alike(void **state)
{
	(void)state;
	assert_int_equal(text_dash_at("-1"), 1);
	assert_int_equal(text_dash_at("\xE2\x80\x93" "1"), 3); /* en dash */
	assert_int_equal(text_dash_at("\xE2\x88\x92"), 3);     /* minus */
	assert_int_equal(text_dash_at("\xE2\x80\x91"), 3);     /* non-breaking */
	assert_int_equal(text_dash_at("_"), 0);
	assert_int_equal(text_dash_at(""), 0);
}

/* The search key of a text, and of its key: one and the same. */
static void folding_is_idempotent_and_nfc_stable(void **state)
{
	static const char *const texts[] = {
		"ŞAHİN", "Zoe\xCC\x88", "ᾳ\xCD\x85", "ΐ", "ǅ", "ﬃ", "Ｚｏë",
		"\xE1\xBE\xB3\xCC\x81", "ẞ", "K\xCC\xA3\xCC\x87", "ﬀ İ ı",
	};
	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		for (int mode = FOLD_CASE; mode <= FOLD_CASE_ACCENT; mode++) {
			char once[128], twice[128], nfc[128], of_nfc[128];
			assert_true(text_fold(texts[i], mode, once, sizeof once));
			assert_true(text_fold(once, mode, twice, sizeof twice));
			assert_string_equal(once, twice);
			assert_true(text_nfc(texts[i], nfc, sizeof nfc));
			assert_true(text_fold(nfc, mode, of_nfc, sizeof of_nfc));
			assert_string_equal(once, of_nfc);
		}
	}
}

static void run_clean_case(void **state)
{
	const struct clean_case *c = *state;
	char out[512];
	const char *why = "(untouched)";
	size_t size = c->size ? c->size : 404;
	bool ok = text_clean_field(c->in, c->max_chars, out, size, &why);
	assert_int_equal(ok, c->want != NULL);
	if (c->want) {
		assert_string_equal(out, c->want);
		assert_string_equal(why, "(untouched)");
	} else {
		assert_string_equal(why, c->why);
	}
}

/* ---- text_trim_copy -------------------------------------------------------- */

static void trim_copy_reports_a_small_buffer(void **state)
{
	(void)state;
	char out[4] = "XXX";
	assert_true(text_trim_copy("  abc ", out, sizeof out));
	assert_string_equal(out, "abc");
	assert_false(text_trim_copy("abcd", out, sizeof out));
	assert_string_equal(out, "");
	assert_true(text_trim_copy(" \t ", out, sizeof out));
	assert_string_equal(out, "");
}

/* ---- display width and fitting --------------------------------------------- */

struct width_case {
	const char *name;
	const char *text;
	int width;
};

static const struct width_case width_cases[] = {
	{"width: empty", "", 0},
	{"width: ASCII", "Jan", 3},
	{"width: accent is one column", "Zoë", 3},
	{"width: combining mark adds nothing", "e\xCC\x88", 1},
	{"width: CJK is two columns each", "日本", 4},
	{"width: invalid byte shows as one", "a\xFF" "b", 3},
	{"width: tab takes no column", "a\tb", 2},
	{"width: ZWJ family is one glyph", "\xF0\x9F\x91\xA8\xE2\x80\x8D"
	 "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", 2},
	{"width: emoji without joiners", "\xF0\x9F\x91\xA8\xF0\x9F\x91\xA9",
	 4},
	{"width: skin tone is drawn beside", "\xF0\x9F\x91\x8D"
	 "\xF0\x9F\x8F\xBD", 4},
	{"width: ZWJ between letters joins nothing", "a\xE2\x80\x8D" "b", 2},
	{"width: Hangul syllables", "김민준", 6},
	{"width: zero-width space", "a\xE2\x80\x8B" "b", 2},
};

static void run_width_case(void **state)
{
	const struct width_case *c = *state;
	assert_int_equal(text_display_width(c->text), c->width);
}

struct fit_case {
	const char *name;
	const char *text;
	int max_cols;
	bool pad;
	size_t size;
	const char *want;
};

static const struct fit_case fit_cases[] = {
	{"fit: cut to three columns", "Zoë de Wit", 3, false, 64, "Zoë"},
	{"fit: never splits ë", "Zoë", 2, false, 64, "Zo"},
	{"fit: padded to five", "Zoë", 5, true, 64, "Zoë  "},
	{"fit: not padded", "Zoë", 5, false, 64, "Zoë"},
	{"fit: exactly fits", "Zoë", 3, true, 64, "Zoë"},
	{"fit: wide character not half shown", "日本語", 3, false, 64, "日"},
	{"fit: wide character gap padded", "日本語", 3, true, 64, "日 "},
	{"fit: zero columns", "abc", 0, true, 64, ""},
	{"fit: combining mark stays with its letter", "e\xCC\x88x", 1, false,
	 64, "e\xCC\x88"},
	{"fit: buffer too small for the next ë", "ëëë", 3, false, 4, "ë"},
	{"fit: padding stops at the buffer", "ëëë", 3, true, 4, "ë "},
	{"fit: empty padded", "", 4, true, 64, "    "},
};

static void run_fit_case(void **state)
{
	const struct fit_case *c = *state;
	char out[64];
	memset(out, 'X', sizeof out);
	text_fit(c->text, c->max_cols, c->pad, out, c->size);
	assert_string_equal(out, c->want);
	assert_true(text_display_width(out) <= c->max_cols);
	assert_true(utf8_valid(out, strlen(out)));
}

/* ---- text_ascii_fallback --------------------------------------------------- */

struct ascii_case {
	const char *name;
	const char *in, *want;
};

static const struct ascii_case ascii_cases[] = {
	{"ascii: Zoë", "Zoë", "Zoe"},
	{"ascii: Ĳssel", "Ĳssel", "IJssel"},
	{"ascii: ĳs", "ĳs", "ijs"},
	{"ascii: Œuvre", "Œuvre", "OEuvre"},
	{"ascii: Straße", "Straße", "Strasse"},
	{"ascii: Æ", "Ærø", "AEro"},
	{"ascii: Gülşen", "Gülşen", "Gulsen"},
	{"ascii: İlker keeps its capital", "İlker", "Ilker"},
	{"ascii: Ÿ", "Ÿ", "Y"},
	{"ascii: combining mark dropped", "e\xCC\x88", "e"},
	{"ascii: Cyrillic", "Москва", "??????"},
	{"ascii: CJK", "日本", "??"},
	{"ascii: ×", "2×3", "2?3"},
	{"ascii: invalid byte", "a\xFF" "b", "a?b"},
	{"ascii: plain ASCII untouched", "Jan de Vries (Aa)", "Jan de Vries (Aa)"},
	{"ascii: Søren and Øystein", "Søren Øystein", "Soren Oystein"},
	{"ascii: Wałęsa", "Wałęsa", "Walesa"},
	{"ascii: Ștefan", "Ștefan", "Stefan"},
};

static void run_ascii_case(void **state)
{
	const struct ascii_case *c = *state;
	char out[64];
	text_ascii_fallback(c->in, out, sizeof out);
	assert_string_equal(out, c->want);
}

static void ascii_fallback_stays_in_the_buffer(void **state)
{
	(void)state;
	char out[6];
	memset(out, 'X', sizeof out);
	text_ascii_fallback("ŒŒŒŒŒŒ", out, sizeof out);
	assert_true(strlen(out) < sizeof out);
	assert_int_equal(strncmp(out, "OE", 2), 0);
	text_ascii_fallback("abc", out, 0); /* writes nothing */
}

/* ---- the table runner ------------------------------------------------------ */

#define N_OF(a) (sizeof(a) / sizeof *(a))
#define ADD_ROWS(table, fn)                                                  \
	for (size_t i = 0; i < N_OF(table); i++, n++) {                      \
		tests[n] = (struct CMUnitTest)cmocka_unit_test(fn);          \
		tests[n].name = table[i].name;                               \
		tests[n].initial_state = (void *)&table[i];                  \
	}

int main(void)
{
	static struct CMUnitTest tests[N_OF(decode_cases) + N_OF(valid_cases) +
				       N_OF(fold_cases) + N_OF(search_cases) +
				       N_OF(clean_cases) + N_OF(width_cases) +
				       N_OF(fit_cases) + N_OF(ascii_cases) +
				       N_OF(name_cases) + 16];
	size_t n = 0;
	/* No setlocale(): widths and folding must be right under LANG=C,
	 * where the CLI runs in scripts and cron. */
	ADD_ROWS(decode_cases, run_decode_case);
	ADD_ROWS(valid_cases, run_valid_case);
	ADD_ROWS(fold_cases, run_fold_case);
	ADD_ROWS(search_cases, run_search_case);
	ADD_ROWS(clean_cases, run_clean_case);
	ADD_ROWS(name_cases, run_name_case);
	ADD_ROWS(width_cases, run_width_case);
	ADD_ROWS(fit_cases, run_fit_case);
	ADD_ROWS(ascii_cases, run_ascii_case);
	const struct CMUnitTest named[] = {
		cmocka_unit_test(encode_decode_round_trip),
		cmocka_unit_test(fold_truncates_at_a_code_point),
		cmocka_unit_test(trim_copy_reports_a_small_buffer),
		cmocka_unit_test(ascii_fallback_stays_in_the_buffer),
		cmocka_unit_test(dashes_look_alike),
		cmocka_unit_test(prefix_for_completion),
		cmocka_unit_test(folding_is_idempotent_and_nfc_stable),
	};
	for (size_t i = 0; i < N_OF(named); i++)
		tests[n++] = named[i];
	return _cmocka_run_group_tests("text", tests, n, NULL, NULL);
}

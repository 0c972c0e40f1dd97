/*
 * test_safe_text.c: a user's or AWS's text made safe to print in a message
 * (strbuf_add_safe, provider/base/text.c) and the diagnostics that store it
 * so (diag.c): every row of what is escaped (C0, DEL, C1, each bidi
 * control, the zero-width ones, U+FEFF, the line and paragraph separators,
 * a format character past the first plane, bytes that are not UTF-8, a
 * sequence cut short), printable UTF-8 (accents, CJK, emoji) untouched, the
 * cut of a long value and of a long quoted run with their lengths said, the
 * whole message's cut, quotes and backslashes in a value, and the message
 * form idempotent (nothing escaped twice).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"
#include "provider/base/text.h"

static char *safe(const char *s, size_t len, enum text_form form)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_safe(&sb, s, len, form);
	return strbuf_detach(&sb);
}

/* s (NUL-ended) as both forms write it: the value's form in quotes. */
static void assert_safe(const char *s, const char *want_message, const char *want_value)
{
	char *m = safe(s, strlen(s), TEXT_MESSAGE), *v = text_quoted(s);
	assert_string_equal(m, want_message);
	assert_string_equal(v, want_value);
	free(m);
	free(v);
}

/* Every row of the table of characters that act instead of showing. */
static void test_every_row_escaped(void **state)
{
	(void)state;
	static const struct {
		const char *in, *shown;
	} rows[] = {
		{ "\x01", "\\x01" },           /* C0 */
		{ "\x1b[31m", "\\x1b[31m" },   /* ESC: an ANSI colour */
		{ "\x7f", "\\x7f" },           /* DEL */
		{ "\r", "\\r" },               /* a line written over */
		{ "\xc2\x80", "\\u0080" },     /* C1, first */
		{ "\xc2\x85", "\\u0085" },     /* NEL */
		{ "\xc2\x9b", "\\u009b" },     /* CSI */
		{ "\xc2\x9f", "\\u009f" },     /* C1, last */
		{ "\xd8\x9c", "\\u061c" },     /* ARABIC LETTER MARK */
		{ "\xe2\x80\x8b", "\\u200b" }, /* ZERO WIDTH SPACE */
		{ "\xe2\x80\x8c", "\\u200c" }, /* ZWNJ */
		{ "\xe2\x80\x8d", "\\u200d" }, /* ZWJ */
		{ "\xe2\x80\x8e", "\\u200e" }, /* LRM */
		{ "\xe2\x80\x8f", "\\u200f" }, /* RLM */
		{ "\xe2\x80\xa8", "\\u2028" }, /* LINE SEPARATOR */
		{ "\xe2\x80\xa9", "\\u2029" }, /* PARAGRAPH SEPARATOR */
		{ "\xe2\x80\xaa", "\\u202a" }, /* LRE */
		{ "\xe2\x80\xab", "\\u202b" }, /* RLE */
		{ "\xe2\x80\xac", "\\u202c" }, /* PDF */
		{ "\xe2\x80\xad", "\\u202d" }, /* LRO */
		{ "\xe2\x80\xae", "\\u202e" }, /* RLO */
		{ "\xe2\x81\xa6", "\\u2066" }, /* LRI */
		{ "\xe2\x81\xa7", "\\u2067" }, /* RLI */
		{ "\xe2\x81\xa8", "\\u2068" }, /* FSI */
		{ "\xe2\x81\xa9", "\\u2069" }, /* PDI */
		{ "\xef\xbb\xbf", "\\ufeff" }, /* BOM, ZERO WIDTH NO-BREAK SPACE */
		{ "\xf3\xa0\x80\x81", "\\U000e0001" }, /* LANGUAGE TAG: past the first plane */
		{ "\xff", "\\xff" },           /* never UTF-8 */
		{ "\xc3", "\\xc3" },           /* a sequence cut short */
		{ "\xe2\x80", "\\xe2\\x80" },  /* the same, two bytes of three */
		{ "\xed\xa0\x80", "\\xed\\xa0\\x80" }, /* a surrogate: not UTF-8 */
		{ "\xc0\xaf", "\\xc0\\xaf" },  /* an overlong '/' */
	};
	char in[64], want[128];

	for (size_t i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		snprintf(in, sizeof(in), "a%sb", rows[i].in);
		snprintf(want, sizeof(want), "a%sb", rows[i].shown);
		char *m = safe(in, strlen(in), TEXT_MESSAGE), *v = text_quoted(in);
		if (strcmp(m, want))
			fail_msg("row %zu: message form %s, want %s", i, m, want);
		snprintf(want, sizeof(want), "\"a%sb\"", rows[i].shown);
		if (strcmp(v, want))
			fail_msg("row %zu: value form %s, want %s", i, v, want);
		free(m);
		free(v);
	}
	/* NUL inside the length given */
	char *m = safe("a\0b", 3, TEXT_MESSAGE);
	assert_string_equal(m, "a\\x00b");
	free(m);
}

static void test_printable_untouched(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"lake-raw_01", "café Zürich", "データレイク", "레이크", "湖",
		"\xf0\x9f\x9a\x80 launch",           /* U+1F680 */
		"\xe2\x9d\xa4\xef\xb8\x8f",          /* a heart with its emoji selector */
		"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd",  /* a thumb with a skin tone */
		"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d",  /* Hebrew, right to left by itself */
		"\xc2\xa0nbsp \xef\xbf\xbd",         /* NO-BREAK SPACE, U+FFFD */
		"{\"a\": [1, 2]} ~`!@#$%^&*()",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		char *m = safe(texts[i], strlen(texts[i]), TEXT_MESSAGE);
		assert_string_equal(m, texts[i]);
		free(m);
	}
	assert_safe("caf\xc3\xa9", "caf\xc3\xa9", "\"caf\xc3\xa9\"");
}

static void test_value_quotes_backslash_newline(void **state)
{
	(void)state;
	assert_safe("say \"hi\"\\n", "say \"hi\"\\n", "\"say \\\"hi\\\"\\\\n\"");
	assert_safe("two\nlines\tand tab", "two\nlines\tand tab", "\"two\\nlines\\tand tab\"");
	char *v = text_quoted(NULL);
	assert_string_equal(v, "NULL");
	free(v);
	assert_null(text_safe_message(NULL));
}

/* A long value: cut after TEXT_QUOTE_MAX bytes of what it shows, with its
 * length said; one of exactly TEXT_QUOTE_MAX bytes is whole. */
static void test_long_value_cut(void **state)
{
	(void)state;
	size_t n = 1000000;
	char *big = malloc(n + 1);
	memset(big, 'a', n);
	big[n] = '\0';

	char *v = text_quoted(big);
	char want[TEXT_QUOTE_MAX + 64];
	memset(want, 'a', sizeof(want));
	want[0] = '"';
	snprintf(want + 1 + TEXT_QUOTE_MAX - 3, sizeof(want) - TEXT_QUOTE_MAX + 2,
		 "\xe2\x80\xa6\" (1000000 bytes)");
	assert_string_equal(v, want);
	free(v);

	big[TEXT_QUOTE_MAX] = '\0';
	v = text_quoted(big);
	assert_int_equal(strlen(v), TEXT_QUOTE_MAX + 2);
	assert_null(strstr(v, "bytes"));
	free(v);

	/* escapes count in what is shown; the cut never splits a character
	 * or an escape */
	for (size_t i = 0; i < TEXT_QUOTE_MAX; i++)
		memcpy(big + 3 * i, "\xe2\x80\xae", 3);
	big[3 * TEXT_QUOTE_MAX] = '\0';
	v = text_quoted(big);
	char *cut = strstr(v, "\xe2\x80\xa6\"");
	assert_non_null(cut);
	assert_true((size_t)(cut - v - 1) <= TEXT_QUOTE_MAX - 3);
	assert_int_equal((cut - v - 1) % 6, 0);
	assert_string_equal(cut, "\xe2\x80\xa6\" (600 bytes)");
	free(v);
	free(big);
}

/* In a message, each quoted run is cut as a value is; the prose around it
 * stays; a long message is cut whole, its length said. */
static void test_message_cuts(void **state)
{
	(void)state;
	size_t n = 1000000;
	struct strbuf in = STRBUF_INIT;
	strbuf_addstr(&in, "name: \"");
	for (size_t i = 0; i < n; i++)
		strbuf_addch(&in, 'a');
	strbuf_addstr(&in, "\" has 1000000 characters: S3 bucket names have 3 to 63");

	char *m = safe(in.buf, in.len, TEXT_MESSAGE);
	assert_true(strlen(m) < TEXT_QUOTE_MAX + 100);
	assert_non_null(strstr(m, "\xe2\x80\xa6\" (1000000 bytes) has 1000000 characters: S3 "
				  "bucket names have 3 to 63"));
	assert_int_equal(strncmp(m, "name: \"aaaa", 11), 0);

	/* made safe again: the same (idempotent, nothing escaped twice) */
	char *again = safe(m, strlen(m), TEXT_MESSAGE);
	assert_string_equal(again, m);
	free(again);
	free(m);

	/* a long message with nothing quoted: cut whole */
	strbuf_reset(&in);
	for (size_t i = 0; i < n; i++)
		strbuf_addch(&in, 'b');
	m = safe(in.buf, in.len, TEXT_MESSAGE);
	assert_true(strlen(m) <= TEXT_MESSAGE_MAX);
	assert_non_null(strstr(m, "\xe2\x80\xa6 (message cut: 1000000 bytes)"));
	free(m);

	/* many quoted runs: still at most TEXT_MESSAGE_MAX */
	strbuf_reset(&in);
	for (size_t i = 0; i < 200; i++) {
		strbuf_addstr(&in, "\"");
		for (size_t k = 0; k < 2 * TEXT_QUOTE_MAX; k++)
			strbuf_addch(&in, 'c');
		strbuf_addstr(&in, "\", ");
	}
	m = safe(in.buf, in.len, TEXT_MESSAGE);
	assert_true(strlen(m) <= TEXT_MESSAGE_MAX);
	assert_non_null(strstr(m, "(message cut: "));
	free(m);

	/* a quote never closed: the rest is prose */
	assert_safe("odd \" one \x1b", "odd \" one \\x1b", "\"odd \\\" one \\x1b\"");
	strbuf_release(&in);
}

/* A value quoted in the value form, then the message made safe: the
 * escapes the value form wrote stay as they are. */
static void test_value_then_message_once(void **state)
{
	(void)state;
	char *v = text_quoted("x\xe2\x80\xae\"y\\");
	assert_string_equal(v, "\"x\\u202e\\\"y\\\\\"");
	char *msg = xasprintf("bucket %s: not found", v);
	char *m = safe(msg, strlen(msg), TEXT_MESSAGE);
	assert_string_equal(m, msg);
	free(m);
	free(msg);
	free(v);
}

/* Diagnostics store their text safe: summary, subject and detail. */
static void test_diagnostics_stored_safe(void **state)
{
	(void)state;
	struct diags d = DIAGS_INIT;
	diag_errorf(&d, NULL, "invalid resource name \"lake\xe2\x80\xaegnp.exe\"");
	diag_set_detail(&d, "did you mean \"\x1b[2Jx\"?\nline two");
	diag_subject_errorf(&d, "resource \xe2\x80\x8b" "a", "AWS said: %s", "\x1b]0;title\x07");
	diag_warnf(&d, NULL, "w \xc2\x9b" "1m");
	assert_string_equal(d.items[0].summary, "invalid resource name \"lake\\u202egnp.exe\"");
	assert_string_equal(d.items[0].detail, "did you mean \"\\x1b[2Jx\"?\nline two");
	assert_string_equal(d.items[1].subject, "resource \\u200ba");
	assert_string_equal(d.items[1].summary, "AWS said: \\x1b]0;title\\x07");
	assert_string_equal(d.items[2].summary, "w \\u009b1m");
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_escaped),
		cmocka_unit_test(test_printable_untouched),
		cmocka_unit_test(test_value_quotes_backslash_newline),
		cmocka_unit_test(test_long_value_cut),
		cmocka_unit_test(test_message_cuts),
		cmocka_unit_test(test_value_then_message_once),
		cmocka_unit_test(test_diagnostics_stored_safe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

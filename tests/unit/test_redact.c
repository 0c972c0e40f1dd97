/*
 * test_redact.c: the run's secrets taken out of text (provider/base/
 * redact.c) and out of a message before it is escaped or cut (text.c's
 * strbuf_add_safe): a value shorter and longer than the cut, a quoted
 * value cut exactly where its secret starts (and ten bytes into it), text
 * cut 16 bytes into a secret, a piece of 16 bytes found and one of 15
 * left, a multi-line value, quotes, the JSON-escaped form (once and twice),
 * the URL-encoded form, ten thousand secrets, several at one place, a
 * short secret whole only, and the forms themselves. The registry lives for the process, so
 * each test registers values of its own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/redact.h"
#include "provider/base/strbuf.h"
#include "provider/base/text.h"

static char *redacted(const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	redact_add_text(&sb, text, strlen(text));
	return strbuf_detach(&sb);
}

static void assert_redacted(const char *text, const char *want)
{
	char *got = redacted(text);
	assert_string_equal(got, want);
	free(got);
}

/* A canary: tag, then n - strlen(tag) letters and digits drawn by a
 * fixed generator (no 16 bytes of it repeat), a new string. */
static char *canary(const char *tag, size_t n)
{
	char *s = xmalloc(n + 1);
	size_t t = strlen(tag);
	uint64_t x = 88172645463325252ULL;
	memcpy(s, tag, t < n ? t : n);
	for (size_t i = t; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		s[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[x % 36];
	}
	s[n] = '\0';
	return s;
}

/* Whether text holds any REDACT_PIECE bytes of s. */
static bool holds_piece(const char *text, const char *s)
{
	size_t n = strlen(s);
	for (size_t o = 0; o + REDACT_PIECE <= n; o++)
		if (memmem(text, strlen(text), s + o, REDACT_PIECE))
			return true;
	return false;
}

static void test_short_value_whole(void **state)
{
	(void)state;
	redact_add("pw-4242");
	assert_redacted("login failed for pw-4242.", "login failed for (sensitive value).");
	assert_redacted("pw-4242pw-4242", "(sensitive value)(sensitive value)");
	/* Short: found whole only, never by a piece. */
	assert_redacted("pw-424", "pw-424");
	/* Shorter than REDACT_MIN_LEN: not looked for. */
	redact_add("abc");
	assert_redacted("abc", "abc");
}

/* A value a plan marks sensitive (redact_add_value_whole): one shorter
 * than REDACT_PIECE is not looked for (its path masks it), a longer one is
 * found whole, in its forms, but not by its pieces (a config file's common
 * text found in a policy's ARNs); registered again to be found by its
 * pieces (a sensitive variable of the same value), it is. */
static void test_plan_value_whole_only(void **state)
{
	(void)state;
	json_t *v = json_pack("{s:s, s:s}", "short", "mlit", "cfg",
			      "[secrets] prefix = airflow/connections/ ; pw = k9");
	redact_add_value_whole(v);
	assert_redacted("name mlit-name", "name mlit-name");
	assert_redacted("cfg: [secrets] prefix = airflow/connections/ ; pw = k9.",
			"cfg: (sensitive value).");
	assert_redacted("\"[secrets] prefix = airflow/connections/ ; pw = k9\"",
			"\"(sensitive value)\"");
	assert_redacted("arn:aws:secretsmanager:::secret:airflow/connections/x",
			"arn:aws:secretsmanager:::secret:airflow/connections/x");
	redact_add("[secrets] prefix = airflow/connections/ ; pw = k9");
	assert_redacted("secret:airflow/connections/x", "secret:(sensitive value)x");
	json_decref(v);
}

/* A value under the cut and one over it, quoted in a message: the message
 * holds neither, and the cut one says its length, not its bytes. */
static void test_shorter_and_longer_than_the_cut(void **state)
{
	(void)state;
	char *small = canary("SMALL-", 20), *big = canary("BIG-", 300);
	redact_add(small);
	redact_add(big);
	struct strbuf raw = STRBUF_INIT;
	strbuf_addf(&raw, "name: \"svc-%s\" and \"svc-%s\" refused", small, big);
	char *msg = text_safe_message(raw.buf);
	assert_string_equal(msg, "name: \"svc-(sensitive value)\" and \"svc-(sensitive value)\" refused");
	char *value = text_quoted(big);
	assert_string_equal(value, "\"(sensitive value)\"");
	free(value);
	free(msg);
	strbuf_release(&raw);
	free(small);
	free(big);
}

/* A quoted value whose secret starts exactly at the cut (byte 200 of the
 * run), or ten bytes before it: no byte of the secret is left, not even
 * fewer than 16, since the secret goes before the run is cut. */
static void test_cut_exactly_at_the_secret(void **state)
{
	(void)state;
	char *big = canary("EDGE-", 300);
	redact_add(big);
	for (size_t lead = TEXT_QUOTE_MAX - 10; lead <= TEXT_QUOTE_MAX; lead += 10) {
		struct strbuf raw = STRBUF_INIT;
		strbuf_addstr(&raw, "refused \"");
		for (size_t i = 0; i < lead; i++)
			strbuf_addch(&raw, 'a');
		strbuf_addf(&raw, "%s\" at the end", big);
		char *msg = text_safe_message(raw.buf);
		assert_null(strstr(msg, "EDGE"));
		assert_null(strstr(msg, big + 5));
		assert_non_null(strstr(msg, "\xe2\x80\xa6\" ("));
		free(msg);
		strbuf_release(&raw);
	}
	free(big);
}

/* What a cut left (a rule's "%.40s", TEXT_QUOTE_MAX before redaction ran,
 * a line wrapped): every piece of 16 bytes or more goes; 15 stay. */
static void test_pieces_of_a_cut_value(void **state)
{
	(void)state;
	char *big = canary("CUT-", 5000);
	redact_add(big);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "\"%.40s...\" has 5000 characters", big);
	assert_redacted(sb.buf, "\"(sensitive value)...\" has 5000 characters");
	strbuf_reset(&sb);
	/* Cut exactly at the secret: the text ends where its 16th byte is. */
	strbuf_addf(&sb, "id: %.16s", big);
	assert_redacted(sb.buf, "id: (sensitive value)");
	strbuf_reset(&sb);
	strbuf_addf(&sb, "id: %.15s", big);
	char *kept = redacted(sb.buf);
	assert_string_equal(kept, sb.buf);
	free(kept);
	/* From its middle to past its end. */
	strbuf_reset(&sb);
	strbuf_addf(&sb, "tail %s!", big + 4000);
	assert_redacted(sb.buf, "tail (sensitive value)!");
	/* Many times in a long text, nothing of it left. */
	strbuf_reset(&sb);
	for (int i = 0; i < 50; i++)
		strbuf_addf(&sb, "%d:%.300s|", i, big + i * 97);
	char *out = redacted(sb.buf);
	assert_false(holds_piece(out, big));
	assert_non_null(strstr(out, "49:(sensitive value)|"));
	free(out);
	strbuf_release(&sb);
	free(big);
}

/* A multi-line value with quotes: as it is, JSON-escaped once (a -json
 * line), twice (a JSON document quoted in a JSON string), URL-encoded. */
static void test_every_form(void **state)
{
	(void)state;
	const char *s = "line \"one\"\nline two\\three";
	redact_add(s);
	assert_redacted("v=line \"one\"\nline two\\three;", "v=(sensitive value);");
	assert_redacted("{\"m\":\"line \\\"one\\\"\\nline two\\\\three\"}", "{\"m\":\"(sensitive value)\"}");
	assert_redacted("{\"m\":\"x \\\\\\\"one\\\\\\\"\\\\nline two\\\\\\\\three\"}",
			"{\"m\":\"x(sensitive value)\"}");
	assert_redacted("Value=line%20%22one%22%0Aline%20two%5Cthree&x=1",
			"Value=(sensitive value)&x=1");
	char **forms = redact_forms(s);
	assert_string_equal(forms[0], s);
	assert_string_equal(forms[1], "line \\\\\\\"one\\\\\\\"\\\\nline two\\\\\\\\three");
	assert_string_equal(forms[2], "line \\\"one\\\"\\nline two\\\\three");
	assert_string_equal(forms[3], "line%20%22one%22%0Aline%20two%5Cthree");
	assert_null(forms[4]);
	redact_forms_free(forms);
	/* A value JSON and URLs write as it is has one form. */
	forms = redact_forms("plain-value");
	assert_string_equal(forms[0], "plain-value");
	assert_null(forms[1]);
	redact_forms_free(forms);
}

/* A multi-line value quoted back in an error, then made a message and
 * written as -json writes it: gone before the escape, so no form of it is
 * left for the filter to miss. */
static void test_message_then_json(void **state)
{
	(void)state;
	char *big = canary("ML-", 300);
	big[100] = '\n';
	big[200] = '"';
	redact_add(big);
	struct strbuf raw = STRBUF_INIT;
	strbuf_addf(&raw, "lambda UpdateFunctionConfiguration: HTTP 400: Value \"%s\" refused", big);
	char *msg = text_safe_message(raw.buf);
	assert_string_equal(msg, "lambda UpdateFunctionConfiguration: HTTP 400: Value \"(sensitive value)\" refused");
	json_t *line = json_pack("{s:s}", "@message", raw.buf);
	char *doc = json_dumps(line, JSON_COMPACT);
	char *out = redacted(doc);
	assert_false(holds_piece(out, big));
	assert_non_null(strstr(out, "(sensitive value)"));
	free(out);
	free(doc);
	json_decref(line);
	free(msg);
	strbuf_release(&raw);
	free(big);
}

/* Ten thousand secrets (a plan's sensitive attributes), each registered
 * twice: any of them, and a piece of one, still found. */
static void test_many_secrets(void **state)
{
	(void)state;
	char one[64], piece[64];
	for (int round = 0; round < 2; round++)
		for (int i = 0; i < 10000; i++) {
			snprintf(one, sizeof(one), "many-%05d-%08x-%08x", i, (unsigned)(i * 2654435761u),
				 (unsigned)(i * 40503u + 7));
			redact_add(one);
		}
	snprintf(one, sizeof(one), "many-%05d-%08x-%08x", 4321, (unsigned)(4321 * 2654435761u),
		 (unsigned)(4321 * 40503u + 7));
	snprintf(piece, sizeof(piece), "%.20s", one + 3);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "a %s b %s c", one, piece);
	assert_redacted(sb.buf, "a (sensitive value) b (sensitive value) c");
	strbuf_release(&sb);
}

/* Two secrets at one place: the longer goes whole. */
static void test_longest_at_one_place(void **state)
{
	(void)state;
	redact_add("tok-77");
	redact_add("tok-77-extra");
	assert_redacted("a tok-77-extra b tok-77 c", "a (sensitive value) b (sensitive value) c");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_value_whole),
		cmocka_unit_test(test_shorter_and_longer_than_the_cut),
		cmocka_unit_test(test_cut_exactly_at_the_secret),
		cmocka_unit_test(test_pieces_of_a_cut_value),
		cmocka_unit_test(test_every_form),
		cmocka_unit_test(test_message_then_json),
		cmocka_unit_test(test_many_secrets),
		cmocka_unit_test(test_longest_at_one_place),
		cmocka_unit_test(test_plan_value_whole_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

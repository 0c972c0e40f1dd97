/*
 * test_iam_user.c: the initial console password of aws.iam.user
 * (iam_user_password in provider/aws/iam/api.h): its length, its alphabet,
 * every kind of character IAM's default password policy asks for, no two
 * alike, and the refusal of a length under 20.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/iam/api.h"

#define SYMBOLS "!@#%^&*()_+-=[]{}"

static void test_password_has_every_kind_of_character(void **state)
{
	(void)state;
	for (int i = 0; i < 500; i++) {
		struct strbuf err = STRBUF_INIT;
		char pw[25];
		bool upper = false, lower = false, digit = false, symbol = false;

		memset(pw, 'x', sizeof(pw));
		assert_int_equal(iam_user_password(pw, 24, &err), 0);
		assert_int_equal(strlen(pw), 24);
		for (size_t k = 0; k < 24; k++) {
			unsigned char ch = (unsigned char)pw[k];

			upper |= isupper(ch) != 0;
			lower |= islower(ch) != 0;
			digit |= isdigit(ch) != 0;
			symbol |= strchr(SYMBOLS, ch) != NULL;
			if (!isalnum(ch) && !strchr(SYMBOLS, ch))
				fail_msg("unexpected character %c in a password", ch);
		}
		assert_true(upper && lower && digit && symbol);
		assert_int_equal(err.len, 0);
		strbuf_release(&err);
	}
}

static void test_passwords_differ_and_use_the_whole_alphabet(void **state)
{
	static char seen[200][21];
	bool used[256] = { false };
	size_t n_used = 0;

	(void)state;
	for (int i = 0; i < 200; i++) {
		struct strbuf err = STRBUF_INIT;

		assert_int_equal(iam_user_password(seen[i], 20, &err), 0);
		assert_int_equal(strlen(seen[i]), 20);
		for (int j = 0; j < i; j++)
			assert_string_not_equal(seen[i], seen[j]);
		for (size_t k = 0; k < 20; k++)
			used[(unsigned char)seen[i][k]] = true;
		strbuf_release(&err);
	}
	for (size_t ch = 0; ch < 256; ch++)
		n_used += used[ch];
	/* 4,000 draws from 79 characters: every one turns up. */
	assert_int_equal(n_used, 26 + 26 + 10 + strlen(SYMBOLS));
}

static void test_short_password_refused(void **state)
{
	struct strbuf err = STRBUF_INIT;
	char pw[20];

	(void)state;
	assert_int_equal(iam_user_password(pw, 19, &err), -1);
	assert_string_equal(err.buf, "iam: an initial password has at least 20 characters");
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_password_has_every_kind_of_character),
		cmocka_unit_test(test_passwords_differ_and_use_the_whole_alphabet),
		cmocka_unit_test(test_short_password_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

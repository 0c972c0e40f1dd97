/*
 * test_encoding.c: hex and base64 text, SHA-256 hex and random tokens (provider/base/
 * encoding.c), which the client tokens of creates and updates, the state's
 * lineage, uuidv5(), the hashes of stored secrets and SigV4 all take: hex
 * of every byte value, base64 both ways (RFC 4648's vectors, every byte
 * value, what is not base64 refused), the SHA-256 test vectors of FIPS 180-2, a UUID's
 * 8-4-4-4-12 shape with its version and variant bits, random tokens of the
 * asked length that differ, and a length past the buffer refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/encoding.h"

static void test_hex_text_every_byte(void **state)
{
	(void)state;
	unsigned char all[256];
	char out[513], want[3];

	for (int i = 0; i < 256; i++)
		all[i] = (unsigned char)i;
	memset(out, 'x', sizeof(out));
	hex_text(all, sizeof(all), out);
	assert_int_equal(strlen(out), 512);
	for (int i = 0; i < 256; i++) {
		snprintf(want, sizeof(want), "%02x", i);
		assert_memory_equal(out + 2 * i, want, 2);
	}
	hex_text(all, 0, out);
	assert_string_equal(out, "");
}

/* hex_digit_value: every digit of either case, and nothing else. */
static void test_hex_digit_value_every_char(void **state)
{
	(void)state;
	for (int c = 1; c < 256; c++) {
		const char *digits = "0123456789abcdef", *upper = "0123456789ABCDEF";
		const char *at = strchr(digits, c), *up = strchr(upper, c);
		int want = at ? (int)(at - digits) : up ? (int)(up - upper) : -1;

		assert_int_equal(hex_digit_value((char)c), want);
	}
}

/* RFC 4648's test vectors, both ways; what is not base64 refused. */
static void test_base64_vectors(void **state)
{
	(void)state;
	static const char *const vectors[][2] = {
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
	};
	unsigned char *raw;
	size_t len;

	for (size_t i = 0; i < sizeof(vectors) / sizeof(*vectors); i++) {
		char *b64 = base64_encode(vectors[i][0], strlen(vectors[i][0]));
		char fixed[16];
		assert_string_equal(b64, vectors[i][1]);
		free(b64);
		memset(fixed, 'x', sizeof(fixed));
		base64_text(vectors[i][0], strlen(vectors[i][0]), fixed);
		assert_string_equal(fixed, vectors[i][1]);
		char *text = base64_decode_text(vectors[i][1]);
		assert_string_equal(text, vectors[i][0]);
		free(text);
		assert_int_equal(base64_decode(vectors[i][1], strlen(vectors[i][1]), &raw, &len), 0);
		assert_int_equal(len, strlen(vectors[i][0]));
		assert_memory_equal(raw, vectors[i][0], len);
		assert_int_equal(raw[len], '\0');
		free(raw);
	}
	/* every byte value through and back */
	unsigned char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (unsigned char)(255 - i);
	char *b64 = base64_encode(all, sizeof(all));
	assert_int_equal(base64_decode(b64, strlen(b64), &raw, &len), 0);
	assert_int_equal(len, 256);
	assert_memory_equal(raw, all, 256);
	free(raw);
	free(b64);
	/* not whole quads, a character outside the alphabet, padding inside */
	assert_int_equal(base64_decode("Zm9", 3, &raw, &len), -1);
	assert_null(raw);
	assert_int_equal(base64_decode("Zm9*", 4, &raw, &len), -1);
	assert_int_equal(base64_decode("Zg==Zg==", 8, &raw, &len), -1);
	/* as text: white space (a console's lines) left out; not base64: NULL */
	char *text = base64_decode_text("Zm9v\r\nYmFy\n");
	assert_string_equal(text, "foobar");
	free(text);
	assert_null(base64_decode_text("Zm9*"));
}

static void test_sha256_hex_vectors(void **state)
{
	(void)state;
	char out[65];

	sha256_hex("abc", 3, out);
	assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, out);
	assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(two, strlen(two), out);
	assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_uuid_text_shape(void **state)
{
	(void)state;
	const unsigned char b[16] = { 0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
				      0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };
	char out[37];

	uuid_text(b, out);
	assert_string_equal(out, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
}

static void test_random_uuid_version_4(void **state)
{
	(void)state;
	char a[37], b[37];

	assert_int_equal(random_uuid(a), 0);
	assert_int_equal(random_uuid(b), 0);
	assert_int_equal(strlen(a), 36);
	for (int i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23)
			assert_int_equal(a[i], '-');
		else
			assert_true(isxdigit((unsigned char)a[i]) && !isupper((unsigned char)a[i]));
	}
	assert_int_equal(a[14], '4');
	assert_non_null(strchr("89ab", a[19]));
	assert_string_not_equal(a, b);
}

static void test_random_hex_length_and_limit(void **state)
{
	(void)state;
	char a[129], b[129];

	assert_int_equal(random_hex(16, a), 0);
	assert_int_equal(random_hex(16, b), 0);
	assert_int_equal(strlen(a), 32);
	assert_string_not_equal(a, b);
	assert_int_equal(random_hex(64, a), 0);
	assert_int_equal(strlen(a), 128);
	/* more than its buffer of random bytes: refused, out empty */
	assert_int_equal(random_hex(65, a), -1);
	assert_string_equal(a, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hex_text_every_byte),
		cmocka_unit_test(test_hex_digit_value_every_char),
		cmocka_unit_test(test_base64_vectors),
		cmocka_unit_test(test_sha256_hex_vectors),
		cmocka_unit_test(test_uuid_text_shape),
		cmocka_unit_test(test_random_uuid_version_4),
		cmocka_unit_test(test_random_hex_length_and_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

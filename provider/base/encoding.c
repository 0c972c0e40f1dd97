/* encoding.c: hex and base64 text, SHA-256 hex and random tokens (encoding.h). */
#include "provider/base/encoding.h"

#include <limits.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/strbuf.h"

void hex_text(const unsigned char *bytes, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

int hex_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* EVP_EncodeBlock and EVP_DecodeBlock take an int: whole triples (quads)
 * per call keep a longer text seamless. */
#define B64_TRIPLES_PER_CALL (1 << 20)

void base64_text(const void *data, size_t n, char *out)
{
	const unsigned char *p = data;
	size_t o = 0;

	while (n > 0) {
		size_t k = n > 3 * (size_t)B64_TRIPLES_PER_CALL ? 3 * (size_t)B64_TRIPLES_PER_CALL : n;
		o += (size_t)EVP_EncodeBlock((unsigned char *)out + o, p, (int)k);
		p += k;
		n -= k;
	}
	out[o] = '\0';
}

char *base64_encode(const void *data, size_t n)
{
	char *out = xmalloc(4 * ((n + 2) / 3) + 1);

	base64_text(data, n, out);
	return out;
}

int base64_decode(const char *text, size_t n, unsigned char **out, size_t *len)
{
	unsigned char *buf;
	size_t o = 0;

	*out = NULL;
	*len = 0;
	if (n % 4 || memchr(text, '=', n > 2 ? n - 2 : 0) || (n && text[n - 2] == '=' && text[n - 1] != '='))
		return -1; /* padding only at the end */
	buf = xmalloc(n / 4 * 3 + 1);
	for (size_t i = 0; i < n;) {
		size_t k = n - i > 4 * (size_t)B64_TRIPLES_PER_CALL ? 4 * (size_t)B64_TRIPLES_PER_CALL : n - i;
		int got = EVP_DecodeBlock(buf + o, (const unsigned char *)text + i, (int)k);
		if (got < 0) {
			free(buf);
			return -1;
		}
		o += (size_t)got;
		i += k;
	}
	/* EVP_DecodeBlock counts the padding as zero bytes */
	for (size_t i = n; i > 0 && n - i < 2 && text[i - 1] == '='; i--)
		o--;
	buf[o] = '\0';
	*out = buf;
	*len = o;
	return 0;
}

char *base64_decode_text(const char *text)
{
	size_t n = 0, len = strlen(text), m;
	char *clean = xmalloc(len + 1);
	unsigned char *out;

	for (size_t i = 0; i < len; i++)
		if (!strchr(" \t\r\n", text[i]))
			clean[n++] = text[i];
	clean[n] = '\0';
	int rc = base64_decode(clean, n, &out, &m);
	free(clean);
	return rc ? NULL : (char *)out;
}

void sha256_hex(const void *data, size_t n, char out[65])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int len = 0;

	EVP_Digest(data, n, md, &len, EVP_sha256(), NULL);
	hex_text(md, 32, out);
}

int random_hex(size_t n, char *out)
{
	unsigned char b[64];

	out[0] = '\0';
	if (n > sizeof(b) || RAND_bytes(b, (int)n) != 1)
		return -1;
	hex_text(b, n, out);
	return 0;
}

void uuid_text(const unsigned char b[16], char out[37])
{
	char hex[33];

	hex_text(b, 16, hex);
	snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

int random_uuid(char out[37])
{
	unsigned char b[16];

	out[0] = '\0';
	if (RAND_bytes(b, sizeof(b)) != 1)
		return -1;
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 9562's variant */
	uuid_text(b, out);
	return 0;
}

/* token.c: hex text, SHA-256 hex and random tokens (token.h). */
#include "provider/base/token.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>

void hex_text(const unsigned char *bytes, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 0x0f];
	}
	out[2 * n] = '\0';
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

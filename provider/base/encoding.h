/*
 * encoding.h: bytes as lower-case hex and as base64, a SHA-256 as hex, and the random
 * tokens requests carry (a create's or an update's client token, an
 * idempotency token as a version 4 UUID): written once for every part of
 * terrace that needs one.
 */
#ifndef TERRACE_ENCODING_H
#define TERRACE_ENCODING_H

#include <stddef.h>

/* The n bytes as 2n lower-case hex digits and a NUL, in out (2n + 1 bytes). */
void hex_text(const unsigned char *bytes, size_t n, char *out);
/* The value of hex digit c (either case), or -1 when c is none: what
 * percent-decoding (%2F) reads. */
int hex_digit_value(char c);

/* The n bytes at data as standard base64 with its padding (RFC 4648,
 * section 4): a new string (base64_encode), or in out, which holds
 * 4 * ((n + 2) / 3) + 1 bytes (base64_text). */
char *base64_encode(const void *data, size_t n);
void base64_text(const void *data, size_t n, char *out);

/* The n characters at text (standard base64, padded to whole quads; no
 * white space) decoded: 0 with *out a new buffer of *len bytes and a NUL
 * after them, or -1 when they are not base64 (*out NULL). */
int base64_decode(const char *text, size_t n, unsigned char **out, size_t *len);

/* Base64 text (white space in it ignored: a console's output, a header)
 * decoded as a string: a new string, or NULL when it is not base64. */
char *base64_decode_text(const char *text);

/* The SHA-256 of the n bytes at data, as 64 hex digits and a NUL. */
void sha256_hex(const void *data, size_t n, char out[65]);

/* n random bytes (OpenSSL's RAND_bytes) as 2n hex digits and a NUL in out
 * (2n + 1 bytes): 0, or -1 when no random bytes are to be had (out then
 * holds an empty string). */
int random_hex(size_t n, char *out);

/* 16 bytes as a UUID's text, 8-4-4-4-12 hex digits and a NUL (the bytes'
 * version and variant bits as they are). */
void uuid_text(const unsigned char b[16], char out[37]);

/* A random version 4 UUID (RFC 9562: 8-4-4-4-12 hex digits), as AWS's
 * ClientRequestToken and ClientToken take one: 0, or -1 as random_hex. */
int random_uuid(char out[37]);

#endif

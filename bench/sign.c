/*
 * bench/sign.c: SigV4 signatures per second on one core, through the real
 * signer (provider/aws/transport/sigv4.c, linked from libterrace.a), for the two
 * request shapes bench/sign_botocore.py signs with botocore: an S3 GET with
 * a query string (ListObjectsV2) and an S3 PUT whose body hash is given.
 * Prints one line per shape: "NAME SIGNATURES_PER_SECOND".
 *
 *   bench/sign [SECONDS]     (default 2 per shape)
 *   bench/sign -n COUNT      exactly COUNT signatures per shape (for
 *                            valgrind --tool=callgrind: instructions per
 *                            signature, whatever the machine's load)
 */
#include "provider/aws/transport/sigv4.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const struct sigv4_credentials cred = {
	"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL,
};

static long fixed_count; /* -n: sign exactly this many, whatever the time */

/* Signs req for `seconds`, in rounds of 1,000; returns signatures/s. */
static double rate(const struct sigv4_request *req, double seconds)
{
	struct strbuf auth = STRBUF_INIT, date = STRBUF_INIT, err = STRBUF_INIT;
	long n = 0;
	double start = now(), elapsed;
	do {
		for (int i = 0; i < 1000; i++, n++) {
			if (sigv4_sign_headers(req, &cred, &auth, &date, NULL, NULL, &err) < 0) {
				fprintf(stderr, "sign: %s\n", err.buf);
				exit(1);
			}
		}
		elapsed = now() - start;
	} while (fixed_count ? n < fixed_count : elapsed < seconds);
	strbuf_release(&auth);
	strbuf_release(&date);
	strbuf_release(&err);
	return (double)n / elapsed;
}

int main(int argc, char **argv)
{
	double seconds = 2.0;
	if (argc > 2 && !strcmp(argv[1], "-n"))
		fixed_count = atol(argv[2]);
	else if (argc > 1)
		seconds = atof(argv[1]);
	time_t when = 1440938160; /* 20150830T123600Z, as the test vectors */
	const struct sigv4_header get_headers[] = {
		{ "Host", "lake-raw.s3.eu-west-1.amazonaws.com" },
		{ "x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "x-amz-date", "20150830T123600Z" },
	};
	const struct sigv4_request get = {
		.method = "GET", .path = "/",
		.query = "list-type=2&prefix=data%2Fbronze%2F&max-keys=1000&encoding-type=url",
		.headers = get_headers, .n_headers = 3,
		.payload_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		.region = "eu-west-1", .service = "s3", .when = when, .s3_rules = true,
	};
	const struct sigv4_header put_headers[] = {
		{ "Host", "lake-raw.s3.eu-west-1.amazonaws.com" },
		{ "Content-Type", "application/octet-stream" },
		{ "Content-Length", "1048576" },
		{ "x-amz-content-sha256", "9b4cd13c4e4f6ec3d3d1c7cb4c2dc1b0e5fa3e0a5ef4c0e5d6a7c4b3f1e2d3c4" },
		{ "x-amz-date", "20150830T123600Z" },
	};
	const struct sigv4_request put = {
		.method = "PUT", .path = "/glue/script/clean_orders.py",
		.headers = put_headers, .n_headers = 5,
		.payload_hash = "9b4cd13c4e4f6ec3d3d1c7cb4c2dc1b0e5fa3e0a5ef4c0e5d6a7c4b3f1e2d3c4",
		.region = "eu-west-1", .service = "s3", .when = when, .s3_rules = true,
	};
	printf("get_query %.0f\n", rate(&get, seconds));
	printf("put_body_hash %.0f\n", rate(&put, seconds));
	return 0;
}

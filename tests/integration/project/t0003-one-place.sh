#!/usr/bin/env bash
# t0003-one-place: what AWS makes terrace wait for is waited for in one place,
# the timing engine (provider/aws/transport/client.c, timing.c, wait.c,
# pace.c), and the other providers' waits each in theirs (ssh/conn.c's wait
# for a host to answer SSH, build/build.c's for a build lock): a sleep or a
# retry loop anywhere else in provider/ fails here,
# naming its file:line (tests/integration/one_place.py says what counts as
# one). Each scan is first shown to find what it is for, planted in a copy.
. "$(dirname "$0")/../lib.sh"

src=$(cd "$TEST_DIR/../.." && pwd)
scan="$src/tests/integration/one_place.py"

# A tree holding one file of provider/aws/ (FOLDER/NAME.c) with the text on
# stdin.
plant() {
	rm -rf planted && mkdir -p planted/provider/aws/transport \
		"planted/provider/aws/$(dirname "$1")" &&
	cat >"planted/provider/aws/$1"
}

test_expect_success 'the waits scan finds a sleep outside the engine' '
	plant glue/job.c <<-\EOF &&
	/* sleep() in a comment is not one */
	static void pause_a_while(void)
	{
		nanosleep(&ts, NULL);
	}
	EOF
	test_expect_code 1 python3 "$scan" waits planted >out &&
	test_line out "provider/aws/glue/job.c:4: a sleep: nanosleep()"
'

test_expect_success 'the waits scan finds a retry loop around a call' '
	plant ec2/vpc.c <<-\EOF &&
	static int make(struct aws_client *c)
	{
		int rc = 1;
		for (int attempt = 0; attempt < 3 && rc; attempt++)
			rc = ec2_call(c, "CreateVpc", p, NULL, NULL, err);
		while (tries-- > 0) {
			if (!aws_json_call_codes(c, "glue", "AWSGlue", "1.1", "GetJob", in,
						 NULL, NULL, NULL, NULL, err))
				break;
		}
		return rc;
	}
	EOF
	test_expect_code 1 python3 "$scan" waits planted >out &&
	test_match out "^provider/aws/ec2/vpc.c:4: a retry loop: for \\(int attempt = 0; attempt < 3" &&
	test_match out "^provider/aws/ec2/vpc.c:6: a retry loop: while \\(tries-- > 0\\)"
'

test_expect_success 'the waits scan reads the other providers too: a sleep in provider/ssh/ outside its wait for SSH' '
	plant glue/job.c </dev/null &&
	mkdir -p planted/provider/ssh &&
	printf "static void settle(void)\n{\n\tsleep(1);\n}\n" >planted/provider/ssh/file.c &&
	test_expect_code 1 python3 "$scan" waits planted >out &&
	test_line out "provider/ssh/file.c:3: a sleep: sleep()"
'

test_expect_success 'the waits scan passes a loop that calls no one, and the engine' '
	plant iam/user.c <<-\EOF &&
	for (int attempt = 0; attempt < 100; attempt++)
		draw(out);
	EOF
	cat >planted/provider/aws/transport/wait.c <<-\EOF &&
	for (int attempt = 0;; attempt++) { ec2_call(c); nanosleep(&ts, &ts); }
	EOF
	python3 "$scan" waits planted >out &&
	# negatives: no run of terrace (the scan of the source, which the planted steps above prove fails)
	test_empty out
'

test_expect_success 'provider/ waits nowhere but in the timing engine and the ssh and build waits' '
	python3 "$scan" waits "$src" >out &&
	# negatives: no run of terrace (the scan of the source, which the planted steps prove fails)
	test_empty out
'

test_expect_success 'the checks scan finds a check of an attribute in a type file' '
	plant glue/job.c <<-\EOF &&
	/* "name must be set" in a comment is not one */
	static int create(const char *name, struct strbuf *err)
	{
		if (!name)
			strbuf_addstr(err, "aws.glue.job: name has no value to send");
		if (strchr(name, 0x3a))
			strbuf_addf(err, "aws.glue.job: name %s must not hold "
				    "a colon", name);
		return -1;
	}
	EOF
	cp planted/provider/aws/glue/job.c planted/provider/aws/glue/rules.c &&
	test_expect_code 1 python3 "$scan" checks planted >out &&
	test_line out "provider/aws/glue/job.c:7: a check outside the table: \"aws.glue.job: name %s must not hold a colon\"" &&
	test_equal 1 "$(wc -l <out)"
'

test_expect_success 'provider/aws/ checks attributes only in the table' '
	{ python3 "$scan" checks "$src"; true; } >found &&
	# negatives: no run of terrace (the scan of the source, which the planted steps prove fails)
	test_empty found
'

test_done

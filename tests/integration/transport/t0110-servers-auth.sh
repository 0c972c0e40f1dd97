#!/usr/bin/env bash
# t0110-servers-auth: the same bucket stack against two servers that check
# signatures: s3rver (path-style, a MinIO stand-in) and moto with IAM
# authentication on. Create, check with the aws CLI, plan again (no changes),
# destroy. A wrong secret key fails with a clear error, exit 1, and the
# secret is not printed.
. "$(dirname "$0")/../lib.sh"

start_s3rver || test_fail_setup "s3rver did not start"
start_moto_auth || test_fail_setup "moto with authentication did not start"

write_stack stack.yaml
cat >>stack.yaml <<-'YAML'
resources:
  bronze:
    type: aws.s3.bucket
    name: lake-bronze
    versioning: true
    tags:
      zone: bronze
    folders:
      - data/factdata/bronze/
      - glue/tmp/
    force_destroy: true
  silver:
    type: aws.s3.bucket
    name: lake-silver
    tags:
      zone: silver
    force_destroy: true
  marker:
    type: aws.s3.object
    bucket: ${bronze.name}
    key: data/_SUCCESS
    content: ""
YAML

for server in s3rver moto_auth; do
	test_expect_success "$server: apply creates the stack" "
		use_server $server &&
		rm -f terrace.state.json &&
		terrace apply -auto-approve >out 2>err &&
		test_line out 'Apply complete! Resources: 3 added, 0 changed, 0 destroyed.'
	"

	test_expect_success "$server: the aws CLI sees it" '
		bucket_names >names &&
		printf "%s\n" lake-bronze lake-silver >expect &&
		test_cmp expect names &&
		bucket_tags lake-bronze >tags &&
		{ echo zone=bronze && stack_tags; } | sort >expect &&
		test_cmp expect tags &&
		test_equal Enabled "$(bucket_versioning lake-bronze)" &&
		bucket_keys lake-bronze >keys &&
		printf "%s\n" data/_SUCCESS data/factdata/bronze/ glue/tmp/ >expect &&
		test_cmp expect keys
	'

	# A state write cut off by a killed terrace must not wipe the state:
	# S3 keeps an object whole or not at all, and so must the test servers.
	# The pause gives a server that streams into the object's own file time
	# to truncate it.
	test_expect_success "$server: a PUT cut off after its headers leaves the object as it was" '
		echo "the state before" >before &&
		s3 s3api put-object --bucket lake-silver --key cut.json --body before >/dev/null &&
		servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-\PY &&
		import socket, sys, urllib.parse
		from botocore.auth import S3SigV4Auth
		from botocore.awsrequest import AWSRequest
		from botocore.credentials import Credentials
		endpoint, access, secret = sys.argv[1:]
		url = urllib.parse.urlsplit(endpoint)
		body = b"{}" * 4096
		req = AWSRequest(method="PUT", url=endpoint + "/lake-silver/cut.json", data=body)
		S3SigV4Auth(Credentials(access, secret), "s3", "us-east-1").add_auth(req)
		head = "PUT /lake-silver/cut.json HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n" % (url.netloc, len(body))
		head += "".join("%s: %s\r\n" % kv for kv in req.headers.items() if kv[0].lower() != "host")
		conn = socket.create_connection((url.hostname, url.port))
		conn.sendall(head.encode() + b"\r\n" + body[:100])
		conn.close()
		PY
		sleep 0.5 &&
		s3 s3api get-object --bucket lake-silver --key cut.json after >/dev/null &&
		test_cmp before after &&
		s3 s3api delete-object --bucket lake-silver --key cut.json >/dev/null
	'

	test_expect_success "$server: a second plan has no changes" '
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
		test_line out "No changes. Your infrastructure matches the configuration."
	'

	test_expect_success "$server: a wrong secret key is refused" '
		test_expect_code 1 env TERRACE_VAR_secret_key=not-the-secret-9d2b "$TERRACE" plan >out 2>err &&
		test_match err "^Error: .*403" &&
		test_not_contains err "not-the-secret-9d2b" &&
		test_not_contains out "not-the-secret-9d2b"
	'

	test_expect_success "$server: an unknown access key is refused" '
		test_expect_code 1 env TERRACE_VAR_access_key=AKIANOTKNOWN00000000 "$TERRACE" plan >out 2>err &&
		test_match err "^Error: .*403"
	'

	# moto checks the keys at plan (STS GetCallerIdentity, t0905); s3rver
	# serves no STS, so its refusal comes with the first create.
	test_expect_success "$server: apply with a wrong secret changes nothing and says why" '
		test_expect_code 1 env TERRACE_VAR_secret_key=not-the-secret-9d2b "$TERRACE" apply \
			-auto-approve -state other.state.json >out 2>err &&
		if test $server = moto_auth
		then
			test_match err "^Error: provider \"aws\": the AWS credentials from provider attributes do not work: sts GetCallerIdentity: .*SignatureDoesNotMatch" &&
			test_not_contains out "Apply"
		else
			test_match err "^Error: (bronze|silver): .*SignatureDoesNotMatch" &&
			test_match out "^Apply failed! Resources: 0 added, 0 changed, 0 destroyed, [0-9]+ failed, [0-9]+ skipped\.$"
		fi &&
		test_not_contains err "not-the-secret-9d2b" &&
		bucket_names >names &&
		printf "%s\n" lake-bronze lake-silver >expect &&
		test_cmp expect names
	'

	test_expect_success "$server: destroy removes everything" '
		terrace destroy -auto-approve >out 2>err &&
		test_line out "Destroy complete! Resources: 3 destroyed." &&
		bucket_names >names &&
		test_empty names
	'
done

test_done

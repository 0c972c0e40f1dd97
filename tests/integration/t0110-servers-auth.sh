#!/usr/bin/env bash
# t0110-servers-auth: the same bucket stack against two servers that check
# signatures: s3rver (path-style, a MinIO stand-in) and moto with IAM
# authentication on. Create, check with the aws CLI, plan again (no changes),
# destroy. A wrong secret key fails with a clear error, exit 1, and the
# secret is not printed.
. "$(dirname "$0")/lib.sh"

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

	test_expect_success "$server: apply with a wrong secret changes nothing and says why" '
		test_expect_code 1 env TERRACE_VAR_secret_key=not-the-secret-9d2b "$TERRACE" apply \
			-auto-approve -state other.state.json >out 2>err &&
		test_match err "^Error: (bronze|silver): .*SignatureDoesNotMatch" &&
		test_match out "^Apply failed! Resources: 0 added, 0 changed, 0 destroyed, [0-9]+ failed, [0-9]+ skipped\.$" &&
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

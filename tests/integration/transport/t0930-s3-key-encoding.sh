#!/usr/bin/env bash
# t0930-s3-key-encoding: S3 list calls ask for encoding-type=url and decode
# the keys, so that keys with characters XML 1.0 cannot carry (a control
# character is legal in an S3 key) do not make destroy fail with "response is
# not valid XML"; such keys are deleted one by one (DeleteObject), since
# DeleteObjects' XML body cannot carry them either. moto is patched to encode
# ListObjectVersions as S3 does (tests/servers/moto_patches/
# s3_list_encoding_type_url.py). The S3 state backend's workspace listing
# asks and decodes the same way (s3_xml_url_text, shared).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

write_stack stack.yaml
cat >>stack.yaml <<YAML
resources:
  versioned:
    type: aws.s3.bucket
    name: odd-keys-versioned
    versioning: true
    force_destroy: true
  plain:
    type: aws.s3.bucket
    name: odd-keys-plain
    force_destroy: true
YAML

CTL_KEY=$'ctl\001key/line\002two'
test_expect_success "setup: buckets holding keys with control characters, spaces, '+' and '%'" '
	terrace apply -auto-approve >out 2>err &&
	echo data >f &&
	for bucket in odd-keys-versioned odd-keys-plain; do
		s3 s3api put-object --bucket $bucket --key "$CTL_KEY" --body f >/dev/null &&
		s3 s3api put-object --bucket $bucket --key "a b+c%41.csv" --body f >/dev/null &&
		s3 s3api put-object --bucket $bucket --key "plain.csv" --body f >/dev/null ||
		return 1
	done &&
	s3 s3api put-object --bucket odd-keys-versioned --key "$CTL_KEY" --body f >/dev/null &&
	s3 s3api delete-object --bucket odd-keys-versioned --key "a b+c%41.csv" >/dev/null
'

test_expect_success "moto (patched) encodes ListObjectVersions keys when asked, as S3 does" '
	curl -s "$TEST_ENDPOINT/odd-keys-versioned?versions&encoding-type=url" >versions.xml &&
	test_contains versions.xml "<Key>ctl%01key/line%02two</Key>" &&
	test_contains versions.xml "<EncodingType>url</EncodingType>"
'

test_expect_success "destroy empties both buckets, every version and delete marker, and deletes them" '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	! bucket_exists odd-keys-versioned &&
	! bucket_exists odd-keys-plain
'

test_expect_success "the S3 backend lists workspaces with encoding-type=url: a stray key with a control character under env:/ does not break the listing, and keys come back decoded" '
	mkdir backend && (
		cd backend &&
		export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
			TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
		s3 s3api create-bucket --bucket odd-keys-state >/dev/null &&
		write_stack stack.yaml "backend: {type: s3, bucket: odd-keys-state, region: us-east-1, path_style: true}" &&
		echo "resources: {}" >>stack.yaml &&
		terrace workspace new dev >out 2>err &&
		echo x >f &&
		s3 s3api put-object --bucket odd-keys-state --key "$TEST_NAME/env:/$CTL_KEY/terrace.state.json" --body f >/dev/null &&
		s3 s3api put-object --bucket odd-keys-state --key "$TEST_NAME/env:/a b+c/terrace.state.json" --body f >/dev/null &&
		terrace workspace list >out 2>err &&
		printf "  default\n  a b+c\n* dev\n" >expect &&
		test_cmp expect out
	)
'

test_expect_success "every list request terrace sent asked for encoding-type=url" '
	if test -n "$TERRACE_REQUEST_LOG"; then
		grep -rh "odd-keys" "$TERRACE_REQUEST_LOG" | grep -E "list-type=2|versions=" >lists &&
		test -s lists &&
		# negatives: no run of terrace (the request log of the steps above, its list requests just found)
		! grep -v "encoding-type=url" lists
	fi
'

test_done

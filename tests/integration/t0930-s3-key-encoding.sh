#!/usr/bin/env bash
# t0930-s3-key-encoding: S3 list calls ask for encoding-type=url and decode
# the keys, so that keys with characters XML 1.0 cannot carry (a control
# character is legal in an S3 key) do not make destroy fail with "response is
# not valid XML"; such keys are deleted one by one (DeleteObject), since
# DeleteObjects' XML body cannot carry them either. moto is patched to encode
# ListObjectVersions as S3 does (tests/servers/moto_patches/
# s3_list_encoding_type_url.py).
. "$(dirname "$0")/lib.sh"

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

test_expect_success "every list request terrace sent asked for encoding-type=url" '
	if test -n "$TERRACE_REQUEST_LOG"; then
		grep -rh "odd-keys" "$TERRACE_REQUEST_LOG" | grep -E "list-type=2|versions=" >lists &&
		test -s lists &&
		! grep -v "encoding-type=url" lists
	fi
'

test_done

#!/usr/bin/env bash
# t0950-s3-region-redirect: a bucket in another region than the provider's.
# S3 answers a request signed for the wrong region with 301 PermanentRedirect
# and x-amz-bucket-region (or 400 AuthorizationHeaderMalformed naming the
# region; a HEAD with the header alone); terrace re-signs the request for the
# bucket's region, resends it, and remembers bucket -> region for the run, so
# that one redirect per bucket is taken, not one per request. One mechanism in
# the transport (provider/aws/transport/s3_region.c) serves the provider and
# the S3 state backend. moto answers for any region, so the harness's
# fault_proxy.py plays S3's regions in front of it (--bucket-region).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

s3 s3api create-bucket --bucket t0950-eu-lake \
	--create-bucket-configuration LocationConstraint=eu-west-1 >/dev/null &&
s3 s3api create-bucket --bucket t0950-eu-state \
	--create-bucket-configuration LocationConstraint=eu-west-1 >/dev/null ||
	test_fail_setup "cannot create the eu-west-1 buckets"

# The provider (region us-east-1) talks to the front; the aws CLI to moto.
start_fault_proxy PROXY_ENDPOINT region-301 --bucket-region t0950-eu-lake=eu-west-1 ||
	test_fail_setup "the region front did not start"

write_stack stack.yaml
cat >>stack.yaml <<'YAML'
resources:
  part:
    type: aws.s3.object
    for_each: ["a", "b", "c", "d", "e", "f"]
    bucket: t0950-eu-lake
    key: "raw/${each.value}.csv"
    content: "id,${each.value}\n"
    tags: {part: "${each.value}"}
YAML

# redirects LOG: how many requests the front refused as signed for the wrong region.
redirects () {
	grep -c " region-" "$1" || true
}

# notes ERR: terrace's debug lines saying a bucket was found in another region.
found_lines () {
	grep -c "bucket t0950-eu-[a-z]* is in region eu-west-1, not us-east-1" "$1" || true
}

test_expect_success "the front refuses a request signed for us-east-1 with 301 and x-amz-bucket-region" '
	curl -s -o /dev/null -w "%{http_code}" -I --aws-sigv4 "aws:amz:us-east-1:s3" \
		--user "$TEST_ACCESS_KEY:$TEST_SECRET_KEY" "$PROXY_ENDPOINT/t0950-eu-lake" >code &&
	test_equal 301 "$(cat code)" &&
	curl -s -o /dev/null -w "%{http_code}" -I --aws-sigv4 "aws:amz:eu-west-1:s3" \
		--user "$TEST_ACCESS_KEY:$TEST_SECRET_KEY" "$PROXY_ENDPOINT/t0950-eu-lake" >code &&
	test_equal 200 "$(cat code)"
'

test_expect_success "apply (provider in us-east-1) creates the objects in the eu-west-1 bucket, one redirect logged" '
	: >region-301.log &&
	TERRACE_LOG=debug terrace apply -auto-approve -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	s3 s3api get-object --bucket t0950-eu-lake --key raw/c.csv got >/dev/null &&
	test_equal "id,c" "$(cat got)" &&
	test_equal 1 "$(found_lines err)" &&
	n=$(redirects region-301.log) &&
	total=$(grep -c "t0950-eu-lake" region-301.log) &&
	echo "redirects $n of $total requests" &&
	test "$n" -ge 1 && test "$n" -le 6 &&
	test "$total" -eq $((6 + n))
'

test_expect_success "with -parallelism=1, exactly one request of the run is redirected" '
	: >region-301.log &&
	TERRACE_LOG=debug terrace plan -parallelism=1 -detailed-exitcode -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_contains out "No changes" &&
	test_equal 1 "$(redirects region-301.log)" &&
	test_equal 1 "$(found_lines err)" &&
	test "$(grep -c "t0950-eu-lake" region-301.log)" -ge 7
'

test_expect_success "destroy deletes every object through the redirect" '
	TERRACE_LOG=debug terrace destroy -auto-approve -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_equal 1 "$(found_lines err)" &&
	s3 s3api list-objects-v2 --bucket t0950-eu-lake --query "length(Contents || \`[]\`)" >count &&
	test_equal 0 "$(cat count)"
'

stop_fault_proxy PROXY_ENDPOINT

# The backend: 400 AuthorizationHeaderMalformed naming the region, and
# HEADs without a body (a HeadObject makes terrace ask HeadBucket).
start_fault_proxy PROXY_ENDPOINT region-400 --bucket-region t0950-eu-state=eu-west-1 \
	--bucket-region t0950-eu-lake=eu-west-1 --region-answer 400 || test_fail_setup "the region front did not start"

test_expect_success "the S3 backend in us-east-1 keeps its state in the eu-west-1 bucket (400 AuthorizationHeaderMalformed; a HEAD: HeadBucket asked)" '
	mkdir backend && cd backend &&
	export TERRACE_BACKEND_ENDPOINT=$PROXY_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
		TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
	write_stack stack.yaml "backend: {type: s3, bucket: t0950-eu-state, region: us-east-1, path_style: true}" &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  flag:
	    type: aws.s3.object
	    bucket: t0950-eu-lake
	    key: flag.txt
	    content: "up"
	YAML
	: >../region-400.log &&
	TERRACE_LOG=debug terrace apply -auto-approve -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	s3 s3api head-object --bucket t0950-eu-state --key "$TEST_NAME/terrace.state.json" >/dev/null &&
	test_equal 2 "$(found_lines err)" &&
	grep "t0950-eu-state is in region eu-west-1, not us-east-1 (HTTP 400 AuthorizationHeaderMalformed)" err &&
	test_equal 2 "$(redirects ../region-400.log)" &&
	terrace workspace new dev >out 2>err &&
	terrace workspace list >out 2>err &&
	printf "  default\n* dev\n" >expect &&
	test_cmp expect out &&
	terrace workspace select default >out &&
	: >../region-400.log &&
	TERRACE_LOG=debug terrace plan -detailed-exitcode -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_contains out "No changes" &&
	test_equal 2 "$(found_lines err)" &&
	: "a HeadObject refused without body or header: HeadBucket asked, once" &&
	test_equal 1 "$(grep -c "region-400 HEAD /t0950-eu-lake/flag.txt \$" ../region-400.log)" &&
	test_equal 1 "$(grep -c "region-400 HEAD /t0950-eu-lake \$" ../region-400.log)" &&
	grep "t0950-eu-lake is in region eu-west-1, not us-east-1 (HTTP 400" err &&
	TERRACE_LOG=debug terrace destroy -auto-approve -var endpoint=$PROXY_ENDPOINT >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal 2 "$(found_lines err)"
'

test_done

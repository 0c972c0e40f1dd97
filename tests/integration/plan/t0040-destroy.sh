#!/usr/bin/env bash
# t0040-destroy: destroy removes every bucket; a non-empty versioned bucket
# needs force_destroy, which deletes every object version and delete marker
# first; without it destroy stops with a clear error and keeps the bucket.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	    versioning: true
	    force_destroy: $1
	  logs:
	    type: aws.s3.bucket
	    name: acme-logs
	    force_destroy: $1
	  plain:
	    type: aws.s3.bucket
	    name: acme-plain
	YAML
}

put_versions () {
	echo one >f1 && echo two >f2 && echo three >f3 &&
	s3 s3api put-object --bucket acme-raw --key data/a.csv --body f1 >/dev/null &&
	s3 s3api put-object --bucket acme-raw --key data/a.csv --body f2 >/dev/null &&
	s3 s3api put-object --bucket acme-raw --key data/b.csv --body f3 >/dev/null &&
	s3 s3api delete-object --bucket acme-raw --key data/b.csv >/dev/null &&
	s3 s3api put-object --bucket acme-logs --key 2026/11/run.log --body f1 >/dev/null
}

test_expect_success 'setup: three buckets, two of them with objects and versions' '
	stack false &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	put_versions &&
	s3 s3api list-object-versions --bucket acme-raw --output json >versions.json &&
	test_equal 4 "$(json_get versions.json "len(d.get(\"Versions\", [])) + len(d.get(\"DeleteMarkers\", []))")"
'

test_expect_success 'without force_destroy, destroy stops at the non-empty buckets' '
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "bucket acme-raw is not empty: set force_destroy: true to delete it with its objects" &&
	test_contains err "bucket acme-logs is not empty" &&
	test_line out "Destroy failed! Resources: 0 added, 0 changed, 1 destroyed, 2 failed, 0 skipped." &&
	bucket_exists acme-raw &&
	bucket_exists acme-logs &&
	! bucket_exists acme-plain
'

test_expect_success 'the state keeps what could not be destroyed' '
	terrace state list >out &&
	printf "%s\n" logs raw >expect &&
	test_cmp expect out
'

test_expect_success 'plan -destroy shows what destroy would do' '
	stack true &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 2 terrace plan -destroy -detailed-exitcode >out 2>err &&
	test_line out "# raw will be destroyed" &&
	test_line out "- resource \"aws.s3.bucket\" \"raw\" {" &&
	test_line out "Plan: 0 to add, 0 to change, 3 to destroy."
'

test_expect_success 'with force_destroy, destroy empties and deletes them' '
	terrace destroy -auto-approve >out 2>err &&
	test_match out "^raw: Destruction complete after [0-9]+s$" &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	! bucket_exists acme-raw &&
	! bucket_exists acme-logs &&
	bucket_names >names &&
	test_empty names
'

test_expect_success 'the state is empty and destroy again does nothing' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 0 destroyed." &&
	test_not_contains out "Destroying" &&
	terrace state list >out &&
	test_empty out
'

test_expect_success 'destroy of what was deleted by hand empties the state' '
	terrace apply -auto-approve >out 2>err &&
	for b in acme-raw acme-logs acme-plain; do s3 s3 rb --force s3://$b >/dev/null || return 1; done &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 0 destroyed." &&
	terrace state list >out &&
	test_empty out
'

folder_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  zone:
	    type: aws.s3.bucket
	    name: acme-zone
	    versioning: $1
	    folders: [incoming/, archive/]
	YAML
}

test_expect_success 'without force_destroy, a bucket holding only its folder markers is destroyed' '
	folder_stack false &&
	terrace apply -auto-approve >out 2>err &&
	bucket_keys acme-zone >keys && printf "%s\n" archive/ incoming/ >expect && test_cmp expect keys &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists acme-zone
'

test_expect_success 'versioned too; but with any other object it is refused and its markers stay' '
	folder_stack true &&
	terrace apply -auto-approve >out 2>err &&
	echo x >f && s3 s3 cp f s3://acme-zone/incoming/data.csv >/dev/null &&
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "bucket acme-zone is not empty: set force_destroy: true" &&
	bucket_keys acme-zone >keys &&
	printf "%s\n" archive/ incoming/ incoming/data.csv >expect && test_cmp expect keys &&
	s3 s3api delete-objects --bucket acme-zone --delete "$(s3 s3api list-object-versions --bucket acme-zone --prefix incoming/data.csv --query "{Objects: Versions[].{Key: Key, VersionId: VersionId}}" --output json)" >/dev/null &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists acme-zone
'

test_done

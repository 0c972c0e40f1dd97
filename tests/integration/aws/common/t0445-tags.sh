#!/usr/bin/env bash
# t0445-tags: every resource terrace makes carries terrace:stack and
# terrace:workspace tags (where its type has tags), so the resources of one
# stack and workspace can be found again: two workspaces apply the same
# stack (a bucket, a secret, a Glue job, an EventBridge rule), and the
# tagging API (aws resourcegroupstaggingapi get-resources) and the
# services' own tag listings tell them apart. The plan shows the tags on
# create; a resource made by an older terrace without them gains them as
# one in-place update; ignore_changes: [tags] leaves them alone; one
# removed outside terrace shows as drift and comes back; a stack may not
# set a terrace:* tag itself.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
ROLE=arn:aws:iam::123456789012:role/glue

# tags_stack [BUCKET_LIFECYCLE_LINE] [EXTRA_BUCKET_TAG]
tags_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: t0445-lake-\${terrace.workspace}
	    tags: {team: data${2:+, $2}}
	    ${1:-}
	  api:
	    type: aws.secretsmanager.secret
	    name: t0445/api-\${terrace.workspace}
	    value: not-a-secret
	    recovery_window_in_days: 0
	  clean:
	    type: aws.glue.job
	    name: t0445-clean-\${terrace.workspace}
	    role: $ROLE
	    command: {name: glueetl, script_location: "s3://t0445-lake/clean.py"}
	  ingest:
	    type: aws.events.rule
	    name: t0445-ingest-\${terrace.workspace}
	    schedule_expression: rate(1 hour)
	YAML
}

# tagged KEY VALUE: the buckets and secrets the tagging API finds with that
# tag, sorted, as the part of their ARNs after the last ":" (BUCKET,
# NAME-XXXXXX). (moto's tagging API filters Glue resources by tag key only
# and does not list EventBridge rules: those are checked with their own
# services' tag listing, glue_tags and rule_tags.)
tagged () {
	s3 resourcegroupstaggingapi get-resources --tag-filters "Key=$1,Values=$2" \
		--resource-type-filters s3 secretsmanager \
		--output json --query 'ResourceTagMappingList[].ResourceARN' |
		python3 -c 'import json, sys
for a in sorted(a.split(":")[-1] for a in json.load(sys.stdin) or []): print(a)'
}

# glue_tags JOB / rule_tags RULE: the tags as sorted "key=value" lines.
glue_tags () {
	s3 glue get-tags --resource-arn "arn:aws:glue:us-east-1:123456789012:job/$1" \
		--output json --query Tags | python3 -c 'import json, sys
for k, v in sorted(json.load(sys.stdin).items()): print(k + "=" + v)'
}

rule_tags () {
	s3 events list-tags-for-resource \
		--resource-arn "arn:aws:events:us-east-1:123456789012:rule/$1" \
		--output text --query "Tags[].[Key,Value]" | awk -F'\t' '{print $1 "=" $2}' | sort
}

# forget_stack_tags NAME: make the state of resource NAME look written by a
# terrace without these tags.
forget_stack_tags () {
	python3 - "$1" "$2" <<-\PY
	import json, sys
	path = sys.argv[2]
	st = json.load(open(path))
	tags = st["resources"][sys.argv[1]]["attributes"]["tags"]
	for k in ("terrace:stack", "terrace:workspace"):
	    del tags[k]
	json.dump(st, open(path, "w"))
	PY
}

test_expect_success 'the plan shows terrace'\''s tags on create' '
	tags_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *\+ \"terrace:stack\" *= \"t0445-tags\"$" &&
	test_match out "^ *\+ \"terrace:workspace\" *= \"default\"$" &&
	test_equal 4 "$(grep -c "\"terrace:workspace\" *= \"default\"" out)"
'

test_expect_success 'two workspaces apply the same stack' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	terrace workspace new dev >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed."
'

test_expect_success 'the tagging API tells the workspaces apart' '
	tagged terrace:workspace dev >dev &&
	test_equal 2 "$(wc -l <dev)" &&
	test_match dev "^t0445-lake-dev$" &&
	test_match dev "^t0445/api-dev-[A-Za-z0-9]{6}$" &&
	tagged terrace:workspace default >default &&
	test_equal 2 "$(wc -l <default)" &&
	test_match default "^t0445-lake-default$" &&
	test_match default "^t0445/api-default-[A-Za-z0-9]{6}$" &&
	tagged terrace:stack t0445-tags >stack &&
	sort dev default >both &&
	test_cmp both stack
'

test_expect_success 'so do the services'\'' own tag listings' '
	bucket_tags t0445-lake-dev >tags &&
	{ echo team=data && stack_tags dev; } | sort >expect &&
	test_cmp expect tags &&
	glue_tags t0445-clean-dev >tags &&
	stack_tags dev >expect-dev &&
	test_cmp expect-dev tags &&
	glue_tags t0445-clean-default >tags &&
	stack_tags >expect-default &&
	test_cmp expect-default tags &&
	rule_tags t0445-ingest-dev >tags &&
	test_cmp expect-dev tags &&
	rule_tags t0445-ingest-default >tags &&
	test_cmp expect-default tags
'

test_expect_success 'a stack may not set a terrace:* tag' '
	tags_stack "" "\"terrace:workspace\": prod" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "resource lake: tags: the key \"terrace:workspace\" is reserved: terrace sets terrace:stack and terrace:workspace on every resource that has tags; remove it"
'

# What an apply by a terrace without these tags left: neither the bucket nor
# the state has them.
test_expect_success 'a resource made without the tags gains them as one in-place update' '
	tags_stack &&
	s3 s3api put-bucket-tagging --bucket t0445-lake-dev --tagging "TagSet=[{Key=team,Value=data}]" &&
	forget_stack_tags lake terrace.state.d/dev/terrace.state.json &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# lake will be updated in-place" &&
	test_match out "^ *\+ \"terrace:stack\" *= \"t0445-tags\"$" &&
	test_match out "^ *\+ \"terrace:workspace\" *= \"dev\"$" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	bucket_tags t0445-lake-dev >tags &&
	{ echo team=data && stack_tags dev; } | sort >expect &&
	test_cmp expect tags &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'ignore_changes: [tags] leaves them alone' '
	tags_stack "lifecycle: {ignore_changes: [tags]}" &&
	s3 s3api put-bucket-tagging --bucket t0445-lake-dev --tagging "TagSet=[{Key=team,Value=data}]" &&
	forget_stack_tags lake terrace.state.d/dev/terrace.state.json &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	bucket_tags t0445-lake-dev >tags &&
	test_equal team=data "$(cat tags)"
'

test_expect_success 'a terrace tag removed outside terrace is drift, and comes back' '
	tags_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	s3 secretsmanager untag-resource --secret-id t0445/api-dev --tag-keys terrace:workspace &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# api will be updated in-place (it changed outside terrace)" &&
	test_match out "^ *\+ \"terrace:workspace\" *= \"dev\"$" &&
	terrace apply -auto-approve >out 2>err &&
	tagged terrace:workspace dev >dev2 &&
	test_cmp dev dev2 &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_done

#!/usr/bin/env bash
# t0702-plan-review: a plan a reviewer can read (issue 57, point 3). A list
# of blocks changed in one element shows that element's changed fields,
# matched by its key (a lifecycle rule's id) and the rest counted, not
# shown; `terrace show -markdown PLANFILE` prints what a pull request
# comment wants: the counts, a row per change with replacements and
# deletions first and each changed field, sensitive values masked, and the
# outputs; -markdown without a plan, or with -json, is refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# review_stack DAYS NAME [EXTRA]: a bucket with two lifecycle rules (tmp
# expires after DAYS), a second bucket named NAME, a queue, outputs.
review_stack () {
	write_stack stack.yaml '  token: {type: string, sensitive: true, default: "s3cr3t-t0702"}'
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: review-lake
	    lifecycle_rules:
	      - id: logs
	        prefix: logs/
	        expiration_days: 30
	      - id: tmp
	        prefix: tmp/
	        expiration_days: $1
	  gold:
	    type: aws.s3.bucket
	    name: $2
	  ${3:-}
	outputs:
	  lake_name: {value: "\${lake.name}-$1"}
	  token: {value: "\${var.token}", sensitive: true}
	YAML
}

test_expect_success 'setup: the stack applied' '
	review_stack 7 review-gold "queue: {type: aws.sqs.queue, name: review-queue, delay_seconds: 5}" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed."
'

test_expect_success 'one element of a list of blocks changed: its changed fields, by its key' '
	review_stack 14 review-gold "queue: {type: aws.sqs.queue, name: review-queue, delay_seconds: 5}" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "~ lifecycle_rules = [" &&
	test_line out "~ id = \"tmp\" {" &&
	test_match out "^ *~ \"expiration_days\" *= 7 -> 14$" &&
	test_line out "# (1 unchanged element hidden)" &&
	test_not_contains out "\"logs/\"" &&
	test_not_contains out "\"tmp/\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'elements added and removed are shown whole, with their key' '
	sed -i "s/- id: logs/- id: audit/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "+ id = \"audit\" {" &&
	test_line out "- id = \"logs\" {" &&
	test_match out "^ *\+ \"prefix\" *= \"logs/\"$" &&
	test_match out "^ *- \"prefix\" *= \"logs/\" -> null$" &&
	test_match out "^ *~ \"expiration_days\" *= 7 -> 14$"
'

test_expect_success 'show -markdown: counts, replacements and deletions first, fields, outputs' '
	review_stack 14 review-gold-2 &&
	terrace plan -out review.plan >out 2>err &&
	test_line out "Plan: 1 to add, 1 to change, 2 to destroy." &&
	terrace show -markdown review.plan >summary.md 2>err &&
	cat >want.md <<-\EOF &&
	### terrace plan: stack `t0702-plan-review`, workspace `default`

	**Plan:** 1 to add, 1 to change, 2 to destroy.

	| Action | Resource | Type | Changes |
	|---|---|---|---|
	| -/+ replace | `gold` | aws.s3.bucket | `name`: `"review-gold"` → `"review-gold-2"` (forces replacement) |
	| - destroy | `queue` | aws.sqs.queue |  |
	| ~ update | `lake` | aws.s3.bucket | `lifecycle_rules[1].expiration_days`: `7` → `14` |

	**Outputs:**

	| | Output | Value |
	|---|---|---|
	| ~ | `lake_name` | `"review-lake-7"` → `"review-lake-14"` |
	EOF
	test_cmp want.md summary.md
'

test_expect_success 'show -markdown masks a sensitive output' '
	terrace apply -auto-approve review.plan >out 2>err &&
	sed -i "s/default: \"s3cr3t-t0702\"/default: \"n3w-s3cr3t-t0702\"/" stack.yaml &&
	terrace plan -out secret.plan >out 2>err &&
	terrace show -markdown secret.plan >summary.md 2>err &&
	test_line summary.md "**Plan:** only outputs change: applying saves their new values to the state, without changing any real infrastructure." &&
	test_line summary.md "| ~ | \`token\` | (sensitive value) |" &&
	test_not_contains summary.md s3cr3t
'

test_expect_success 'show -markdown needs a saved plan, and not -json' '
	test_expect_code 1 terrace show -markdown >out 2>err &&
	test_contains err "-markdown shows a saved plan: terrace show -markdown PLANFILE" &&
	test_expect_code 1 terrace show -markdown -json secret.plan >out 2>err &&
	test_contains err "-markdown and -json: choose one"
'

test_done

#!/usr/bin/env bash
# t0521-sweep-boundaries: terrace sweep never deletes what is not the lab's
# (issue 50 §1). A lab with name_prefix dew (a bucket dew-raw, found by its
# tags; Glue databases dew and dew_lake with a table, an IAM group
# dew-attendees, found by name) sits beside what others made with the AWS
# CLI: a Glue database dewpoint_prod with a table, a table dew_orders in a
# database shared, a bucket dewpoint-data and a group dewpoint-ops (names
# that only start with the letters dew), and a bucket dew-handmade (named
# like the lab's, without terrace's tags). The dry run lists the lab's
# objects "by tag" or "by name", dew-handmade as "not the lab's, left", and
# none of the others; a prefix ending in a separator (dew_) is bounded
# already; -force deletes the lab's objects and nothing else.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

glue () { s3 glue "$@"; }

# What is left on moto of every kind this file makes, sorted.
inventory () {
	{
		bucket_names | sed 's/^/bucket /'
		s3 iam list-groups --output text --query 'Groups[].GroupName' | tr '\t' '\n' |
			sed '/^$/d; s/^/group /'
		for db in $(glue get-databases --output text --query 'DatabaseList[].Name'); do
			echo "database $db"
			glue get-tables --database-name "$db" --output text --query 'TableList[].Name' |
				tr '\t' '\n' | sed "/^$/d; s/^/table $db:/"
		done
	} | sort
}

test_expect_success 'setup: the lab, its state lost, beside what others made by hand' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT"]
	  name_prefix: dew
	resources:
	  raw: {type: aws.s3.bucket, name: dew-raw}
	  dew: {type: aws.glue.database, name: dew}
	  lake: {type: aws.glue.database, name: dew_lake}
	  orders:
	    type: aws.glue.table
	    database: \${lake.name}
	    name: orders
	    storage_descriptor: {location: "s3://\${raw.name}/orders/"}
	  attendees: {type: aws.iam.group, name: dew-attendees}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 5 added" &&
	rm -f lab/terrace.state.json* &&
	glue create-database --database-input Name=dewpoint_prod &&
	glue create-table --database-name dewpoint_prod --table-input Name=readings &&
	glue create-database --database-input Name=shared &&
	glue create-table --database-name shared --table-input Name=dew_orders &&
	s3 s3api create-bucket --bucket dewpoint-data >/dev/null &&
	s3 s3api create-bucket --bucket dew-handmade >/dev/null &&
	s3 iam create-group --group-name dewpoint-ops >/dev/null &&
	inventory >before &&
	printf "%s\n" "bucket dew-handmade" "bucket dew-raw" "bucket dewpoint-data" \
		"database dew" "database dew_lake" "database dewpoint_prod" "database shared" \
		"group dew-attendees" "group dewpoint-ops" "table dew_lake:orders" \
		"table dewpoint_prod:readings" "table shared:dew_orders" >expect &&
	test_cmp expect before
'

test_expect_success 'the dry run: the lab'\''s objects by tag and by name, one made by hand left, no other' '
	(cd lab && terrace sweep >../out 2>../err) &&
	sweep_rows out >rows &&
	printf "%s\n" "aws.glue.database dew - - by name" \
		"aws.glue.database dew_lake - - by name" \
		"aws.glue.table dew_lake:orders - - by name" \
		"aws.iam.group dew-attendees - - by name" \
		"aws.s3.bucket dew-handmade - - not the lab'\''s, left" \
		"aws.s3.bucket dew-raw t0521-sweep-boundaries default by tag" >expect &&
	test_cmp expect rows &&
	test_match out "^TYPE +NAME +STACK +WORKSPACE +AGE +FOUND$" &&
	test_not_contains out dewpoint &&
	test_not_contains out dew_orders &&
	test_line out "5 to delete (1 found by tag, 4 by name). This was a dry run: nothing was deleted. Run \`terrace sweep -force\` with the same options to delete them." &&
	test_line out "Note: 1 object not the lab'\''s, left: named by the lab'\''s name_prefix, but without a terrace:stack tag (made by hand?). sweep never deletes it; delete it yourself if it should go." &&
	awk "\$1 ~ /^aws\\./ {print \$2}" out | tail -n 1 >last &&
	test_equal dew-handmade "$(cat last)" &&
	inventory >now &&
	test_cmp before now
'

test_expect_success 'a name_prefix ending in a separator is bounded already' '
	mkdir under && sed "s/^  name_prefix: dew$/  name_prefix: dew_/" lab/stack.yaml >under/stack.yaml &&
	(cd under && terrace sweep >../out 2>../err) &&
	sweep_rows out >rows &&
	printf "%s\n" "aws.glue.database dew_lake - - by name" \
		"aws.glue.table dew_lake:orders - - by name" \
		"aws.s3.bucket dew-raw t0521-sweep-boundaries default by tag" >expect &&
	test_cmp expect rows
'

test_expect_success 'sweep -force deletes the lab'\''s objects, and nothing else' '
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_line out "Sweep complete! 5 deleted." &&
	test_not_contains out "dew-handmade: deleted" &&
	inventory >now &&
	printf "%s\n" "bucket dew-handmade" "bucket dewpoint-data" "database dewpoint_prod" \
		"database shared" "group dewpoint-ops" "table dewpoint_prod:readings" \
		"table shared:dew_orders" >expect &&
	test_cmp expect now &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_line out "Nothing of stack \"t0521-sweep-boundaries\" found." &&
	test_equal "aws.s3.bucket dew-handmade - - not the lab'\''s, left" "$(sweep_rows out)" &&
	test_line out "Sweep complete! 0 deleted."
'

test_done

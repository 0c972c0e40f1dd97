#!/usr/bin/env bash
# t0247-dynamodb-global: aws.dynamodb.table's server_side_encryption and
# replica (a global table, version 2019.11.21) against moto (its harness
# patches dynamodb_table_replicas.py and dynamodb_update_table_sse.py). A
# table the previous release applied (neither attribute in its state) plans
# no change, -refresh=false too; a table made with a KMS key of its Region
# and two replicas (one with its Region's key, its point-in-time recovery
# and the table's tags), each read back with the AWS CLI in its Region, each
# replica's ARN and stream ARN in the state;
# planned again as no change; a replica removed and the encryption turned
# off in place (no change planned after); destroy deleting the replica
# before the table.
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

ddb () { s3 dynamodb "$@"; }

# the_stack: SSE (on|off) and REPLICAS (two|one)
the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  global:
	    type: aws.dynamodb.table
	    name: t0247-global
	    billing_mode: PAY_PER_REQUEST
	    hash_key: id
	    attribute: [{name: id, type: S}]
	    stream_enabled: true
	    stream_view_type: NEW_AND_OLD_IMAGES
	    tags: {team: data}
	YAML
	if test "${SSE:-on}" = on; then
		printf '    server_side_encryption: {enabled: true, kms_key_arn: "%s"}\n' "$KEY" >>stack.yaml
	else
		printf '    server_side_encryption: {enabled: false}\n' >>stack.yaml
	fi
	printf '    replica:\n      - {region_name: eu-west-2, kms_key_arn: "%s", propagate_tags: true, point_in_time_recovery: true}\n' \
		"$KEY2" >>stack.yaml
	test "${REPLICAS:-two}" = one ||
		printf '      - {region_name: eu-west-1}\n' >>stack.yaml
}

# replicas: "REGION:STATUS[:KEY]" of the table's Replicas, then its SSE status
replicas () {
	ddb describe-table --table-name t0247-global --output json >table.json &&
	python3 - table.json "$KEY" "$KEY2" <<-\PY
	import json, sys
	t = json.load(open(sys.argv[1]))["Table"]
	keys = {sys.argv[2]: "key1", sys.argv[3]: "key2"}
	out = ["%s:%s%s" % (r["RegionName"], r["ReplicaStatus"],
	                    ":" + keys.get(r["KMSMasterKeyId"], "other") if r.get("KMSMasterKeyId") else "")
	       for r in t.get("Replicas") or []]
	sse = t.get("SSEDescription") or {}
	out.append("sse:%s:%s" % (sse.get("Status", "none"), keys.get(sse.get("KMSMasterKeyArn"), "-")))
	print(" ".join(out))
	PY
}

test_expect_success 'a table the previous release applied (no encryption or replicas in its state) plans no change' '
	mkdir prev && write_stack prev/stack.yaml &&
	sed -i "s/^stack: .*/stack: t0247-prev/" prev/stack.yaml &&
	printf "resources:\n  older:\n    type: aws.dynamodb.table\n    name: t0247-older\n    billing_mode: PAY_PER_REQUEST\n    hash_key: id\n    attribute: [{name: id, type: S}]\n" >>prev/stack.yaml &&
	(cd prev && previous_terrace apply -auto-approve >../out 2>../err) &&
	test_equal null "$(jq -c ".resources.older.attributes.replica" prev/terrace.state.json)" &&
	(cd prev && test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	(cd prev && upgrade_plans_no_change) &&
	(cd prev && terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'a table with a KMS key and two replicas, each read back in its Region' '
	KEY=$(s3 kms create-key --query KeyMetadata.Arn --output text) &&
	KEY2=$(s3 kms create-key --region eu-west-2 --query KeyMetadata.Arn --output text) &&
	echo "$KEY $KEY2" >keys &&
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "eu-west-1:ACTIVE eu-west-2:ACTIVE:key2 sse:ENABLED:key1" "$(replicas)" &&
	test_equal ENABLED "$(ddb describe-continuous-backups --region eu-west-2 --table-name t0247-global \
		--query ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus --output text)" &&
	test_equal DISABLED "$(ddb describe-continuous-backups --region eu-west-1 --table-name t0247-global \
		--query ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus --output text)" &&
	test_equal data "$(ddb list-tags-of-resource --region eu-west-2 \
		--resource-arn arn:aws:dynamodb:eu-west-2:123456789012:table/t0247-global \
		--query "Tags[?Key==\`team\`].Value" --output text)" &&
	test_equal "" "$(ddb list-tags-of-resource --region eu-west-1 \
		--resource-arn arn:aws:dynamodb:eu-west-1:123456789012:table/t0247-global \
		--query "Tags[?Key==\`team\`].Value" --output text)" &&
	test_equal "\"eu-west-1\"" "$(jq -c ".resources.global.attributes.replica[0].region_name" terrace.state.json)" &&
	test_equal arn:aws:dynamodb:eu-west-2:123456789012:table/t0247-global \
		"$(jq -r ".resources.global.attributes.replica[1].arn" terrace.state.json)" &&
	test_equal "$(ddb describe-table --region eu-west-2 --table-name t0247-global --query Table.LatestStreamArn --output text)" \
		"$(jq -r ".resources.global.attributes.replica[1].stream_arn" terrace.state.json)"
'

test_expect_success 'the global table plans no change' '
	read KEY KEY2 <keys &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a replica removed and the encryption turned off, in place' '
	read KEY KEY2 <keys &&
	SSE=off REPLICAS=one the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_match out "# global will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "eu-west-2:ACTIVE:key2 sse:none:-" "$(replicas)" &&
	test_equal "" "$(ddb list-tables --region eu-west-1 --query "TableNames[?@==\`t0247-global\`]" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy deletes the replica, then the table' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal "" "$(ddb list-tables --query "TableNames[?@==\`t0247-global\`]" --output text)" &&
	test_equal "" "$(ddb list-tables --region eu-west-2 --query "TableNames[?@==\`t0247-global\`]" --output text)"
'

test_done

#!/usr/bin/env bash
# t0245-keys-parameters-tables: aws.kms.key, aws.kms.alias, aws.ssm.parameter
# and aws.dynamodb.table against moto: what AWS refuses, refused at validate
# with the attribute's position; created, planned again as no change,
# updated in place (a key's description, rotation and tags; an alias moved
# to another key; a parameter's value; a table's capacities, TTL and
# recovery), drift made with the aws CLI shown and undone, a parameter
# replaced by a new name and made again after a delete outside terrace, imported by id
# and name, destroyed (a key only scheduled for deletion after its window,
# PendingDeletion with the date destroy says), and swept. A SecureString's
# value reaches SSM but never stdout, stderr, the debug log or the state
# file, which holds its hash.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

value='db-Pa55-7e1c90aa'
test_sensitive_values "$value"
# The stack, which writes the value literally.
test_holds_secret stack.yaml
TT="\"terrace:stack\": \"$TEST_NAME\", \"terrace:workspace\": \"default\""

kms () { s3 kms "$@"; }
ssm () { s3 ssm "$@"; }
ddb () { s3 dynamodb "$@"; }

no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$value" || return 1
		test_not_contains "$f" "${value}-2" || return 1
	done
}

attr () { # RESOURCE ATTRIBUTE: from the state
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

ttl_on='ttl: {attribute_name: expires_at}'

the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake_key:
	    type: aws.kms.key
	    description: ${KEY_DESCRIPTION:-the lake}
	    enable_key_rotation: ${KEY_ROTATION:-true}
	    deletion_window_in_days: 7
	    tags: {team: data${KEY_TAG:-}}
	  other_key:
	    type: aws.kms.key
	    description: the next lake
	  lake_alias:
	    type: aws.kms.alias
	    name: alias/t0245-lake
	    target_key_id: \${${ALIAS_TARGET:-lake_key}.key_id}
	  password:
	    type: aws.ssm.parameter
	    name: /t0245/db/password
	    parameter_type: SecureString
	    value: ${PARAM_VALUE:-$value}
	    key_id: \${lake_alias.name}
	    tags: {team: data}
	  watermark:
	    type: aws.ssm.parameter
	    name: ${WATERMARK_NAME:-/t0245/nightly/watermark}
	    parameter_type: String
	    value: "2026-11-25"
	    description: last loaded day
	  watermarks:
	    type: aws.dynamodb.table
	    name: t0245-watermarks
	    billing_mode: PAY_PER_REQUEST
	    hash_key: pipeline
	    attribute: [{name: pipeline, type: S}]
	    ${TABLE_TTL:-$ttl_on}
	    point_in_time_recovery: {enabled: ${TABLE_PITR:-false}}
	  runs:
	    type: aws.dynamodb.table
	    name: t0245-runs
	    hash_key: pipeline
	    range_key: started
	    attribute: [{name: started, type: N}, {name: pipeline, type: S}]
	    read_capacity: ${RUNS_READ:-2}
	    write_capacity: 1
	    tags: {team: data}
	YAML
}

test_expect_success 'validate refuses what AWS refuses, at the attribute' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  a1: {type: aws.kms.alias, name: alias/aws/lake, target_key_id: k}
	  a2: {type: aws.kms.alias, name: lake, target_key_id: k}
	  k: {type: aws.kms.key, deletion_window_in_days: 5}
	  p1: {type: aws.ssm.parameter, name: /x, parameter_type: String, value: v, key_id: alias/k}
	  p2: {type: aws.ssm.parameter, name: ssm-x, parameter_type: String, value: v}
	  p3: {type: aws.ssm.parameter, name: /y, parameter_type: Secret, value: v}
	  t1: {type: aws.dynamodb.table, name: t1, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: pk, type: S}]}
	  t2: {type: aws.dynamodb.table, name: t2, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}, {name: day, type: S}]}
	  t3: {type: aws.dynamodb.table, name: t3, hash_key: id, attribute: [{name: id, type: S}]}
	  t4: {type: aws.dynamodb.table, name: t4, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}], read_capacity: 5}
	  t5: {type: aws.dynamodb.table, name: t5, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: X}]}
	  t6: {type: aws.dynamodb.table, name: t6, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}], stream_enabled: true}
	  t7: {type: aws.dynamodb.table, name: t7, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}], stream_view_type: KEYS_ONLY}
	  t8: {type: aws.dynamodb.table, name: t8, billing_mode: PAY_PER_REQUEST, hash_key: id,
	       attribute: [{name: id, type: S}], stream_enabled: true, stream_view_type: ALL}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*a1.*name.*alias/aws/" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*a2.*name.*does not start with alias/" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*deletion_window_in_days.*7.*30" &&
	test_match err "p1.*key_id is set for a String parameter" &&
	test_match err "p2.*may not start with aws or ssm" &&
	test_match err "p3.*parameter_type.*SecureString" &&
	test_match err "t1.*hash_key \"id\" is not among attribute" &&
	test_match err "t2.*attribute \"day\" is neither hash_key nor range_key" &&
	test_match err "t3.*PROVISIONED \(the default\) needs read_capacity and write_capacity" &&
	test_match err "t4.*PAY_PER_REQUEST takes no read_capacity" &&
	test_match err "t5.*type.*\"X\"" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*t6.*stream_enabled needs stream_view_type" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*t7.*stream_view_type is for a table with stream_enabled: true" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*t8.*stream_view_type: \"ALL\" is not one of"
'

test_expect_success 'apply creates keys, alias, parameters and tables' '
	the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 7 to add, 0 to change, 0 to destroy." &&
	no_secret out err &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	no_secret out err terrace.state.json &&
	key=$(attr lake_key key_id) && other=$(attr other_key key_id) &&
	echo "$key" >key.id && echo "$other" >other.id &&
	kms describe-key --key-id "$key" --output json >k.json &&
	test_equal "the lake" "$(json_get k.json "d[\"KeyMetadata\"][\"Description\"]")" &&
	test_equal Enabled "$(json_get k.json "d[\"KeyMetadata\"][\"KeyState\"]")" &&
	test_equal True "$(kms get-key-rotation-status --key-id "$key" --query KeyRotationEnabled --output text)" &&
	kms list-resource-tags --key-id "$key" --output json >t.json &&
	test_equal "{\"team\": \"data\", $TT}" \
		"$(json_get t.json "{t[\"TagKey\"]: t[\"TagValue\"] for t in d[\"Tags\"] if t[\"TagKey\"] != \"terrace:create-token\"}")" &&
	test_equal "$key" "$(kms list-aliases --query "Aliases[?AliasName==\`alias/t0245-lake\`].TargetKeyId" --output text)" &&
	test_equal "$value" "$(ssm get-parameter --name /t0245/db/password --with-decryption --query Parameter.Value --output text)" &&
	test_equal SecureString "$(ssm get-parameter --name /t0245/db/password --query Parameter.Type --output text)" &&
	test_equal alias/t0245-lake "$(ssm describe-parameters --query "Parameters[?Name==\`/t0245/db/password\`].KeyId" --output text)" &&
	test_equal 2026-11-25 "$(ssm get-parameter --name /t0245/nightly/watermark --query Parameter.Value --output text)" &&
	ddb describe-table --table-name t0245-watermarks --output json >w.json &&
	test_equal ACTIVE "$(json_get w.json "d[\"Table\"][\"TableStatus\"]")" &&
	test_equal PAY_PER_REQUEST "$(json_get w.json "d[\"Table\"][\"BillingModeSummary\"][\"BillingMode\"]")" &&
	test_equal expires_at "$(ddb describe-time-to-live --table-name t0245-watermarks --query TimeToLiveDescription.AttributeName --output text)" &&
	ddb describe-table --table-name t0245-runs --output json >r.json &&
	test_equal "[\"HASH pipeline\", \"RANGE started\"]" \
		"$(json_get r.json "sorted(k[\"KeyType\"] + \" \" + k[\"AttributeName\"] for k in d[\"Table\"][\"KeySchema\"])")" &&
	test_equal 2 "$(json_get r.json "d[\"Table\"][\"ProvisionedThroughput\"][\"ReadCapacityUnits\"]")" &&
	test_contains err "dynamodb DescribeTable"
'

test_expect_success 'a second plan is no change; state holds the SecureString hash only' '
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	no_secret out err terrace.state.json &&
	test_equal "[\"\$scrypt\"]" "$(json_get terrace.state.json "list(d[\"resources\"][\"password\"][\"attributes\"][\"value\"])")"
'

test_expect_success 'updates in place: key, alias moved, value, capacities, TTL, recovery' '
	KEY_DESCRIPTION="the lake, v2" KEY_ROTATION=false KEY_TAG=", env: dev" ALIAS_TARGET=other_key \
		PARAM_VALUE="${value}-2" RUNS_READ=3 TABLE_TTL=" " TABLE_PITR=true the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 5 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	no_secret out err &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 5 changed, 0 destroyed." &&
	no_secret out err terrace.state.json &&
	key=$(cat key.id) &&
	test_equal "the lake, v2" "$(kms describe-key --key-id "$key" --query KeyMetadata.Description --output text)" &&
	test_equal False "$(kms get-key-rotation-status --key-id "$key" --query KeyRotationEnabled --output text)" &&
	test_equal "$(cat other.id)" "$(kms list-aliases --query "Aliases[?AliasName==\`alias/t0245-lake\`].TargetKeyId" --output text)" &&
	test_equal "${value}-2" "$(ssm get-parameter --name /t0245/db/password --with-decryption --query Parameter.Value --output text)" &&
	test_equal 3 "$(ddb describe-table --table-name t0245-runs --query Table.ProvisionedThroughput.ReadCapacityUnits --output text)" &&
	test_equal DISABLED "$(ddb describe-time-to-live --table-name t0245-watermarks --query TimeToLiveDescription.TimeToLiveStatus --output text)" &&
	test_equal ENABLED "$(ddb describe-continuous-backups --table-name t0245-watermarks --query ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI shows in plan and apply undoes it' '
	export KEY_DESCRIPTION="the lake, v2" KEY_ROTATION=false KEY_TAG=", env: dev" \
		ALIAS_TARGET=other_key PARAM_VALUE="${value}-2" RUNS_READ=3 TABLE_TTL=" " TABLE_PITR=true &&
	kms update-key-description --key-id "$(cat key.id)" --description drifted &&
	ssm put-parameter --name /t0245/nightly/watermark --value 1999-01-01 --overwrite >/dev/null &&
	ddb tag-resource --resource-arn "$(attr runs arn)" --tags Key=team,Value=finance &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ description *= \"drifted\" -> \"the lake, v2\"" &&
	test_match out "~ value *= \(sensitive value\) -> \(sensitive value\)" &&
	test_match out "~ \"team\" *= \"finance\" -> \"data\"" &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2026-11-25 "$(ssm get-parameter --name /t0245/nightly/watermark --query Parameter.Value --output text)" &&
	test_equal "the lake, v2" "$(kms describe-key --key-id "$(cat key.id)" --query KeyMetadata.Description --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new name replaces a parameter; one deleted outside terrace is made again' '
	export KEY_DESCRIPTION="the lake, v2" KEY_ROTATION=false KEY_TAG=", env: dev" \
		ALIAS_TARGET=other_key PARAM_VALUE="${value}-2" RUNS_READ=3 TABLE_TTL=" " TABLE_PITR=true &&
	WATERMARK_NAME=/t0245/nightly/last-day the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# watermark must be replaced" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal 2026-11-25 "$(ssm get-parameter --name /t0245/nightly/last-day --query Parameter.Value --output text)" &&
	test_expect_code 255 ssm get-parameter --name /t0245/nightly/watermark >out2 2>err2 &&
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	ssm delete-parameter --name /t0245/nightly/watermark &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2026-11-25 "$(ssm get-parameter --name /t0245/nightly/watermark --query Parameter.Value --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by key id and by name' '
	export KEY_DESCRIPTION="the lake, v2" KEY_ROTATION=false KEY_TAG=", env: dev" \
		ALIAS_TARGET=other_key PARAM_VALUE="${value}-2" RUNS_READ=3 TABLE_TTL=" " TABLE_PITR=true &&
	for r in lake_key lake_alias password runs; do
		terrace state rm $r >out 2>err || return 1
	done &&
	terrace import lake_key "$(cat key.id)" >out 2>err &&
	terrace import lake_alias alias/t0245-lake >out 2>err &&
	terrace import password /t0245/db/password >out 2>err &&
	terrace import runs t0245-runs >out 2>err &&
	no_secret out err terrace.state.json &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy schedules the keys'"'"' deletion after their window and deletes the rest' '
	export KEY_DESCRIPTION="the lake, v2" KEY_ROTATION=false KEY_TAG=", env: dev" \
		ALIAS_TARGET=other_key PARAM_VALUE="${value}-2" RUNS_READ=3 TABLE_TTL=" " TABLE_PITR=true &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	test_match err "lake_key: aws.kms.key $(cat key.id): deletion scheduled after 7 days, on 20[0-9-]+T[0-9:]+Z" &&
	test_match err "other_key: aws.kms.key $(cat other.id): deletion scheduled after 30 days" &&
	kms describe-key --key-id "$(cat key.id)" --output json >k.json &&
	test_equal PendingDeletion "$(json_get k.json "d[\"KeyMetadata\"][\"KeyState\"]")" &&
	python3 - <<-\EOF &&
	import json, datetime, re
	d = json.load(open("k.json"))["KeyMetadata"]["DeletionDate"]
	when = datetime.datetime.fromisoformat(d) if isinstance(d, str) else datetime.datetime.fromtimestamp(d, datetime.timezone.utc)
	said = re.search(r"lake_key: .* on (\S+Z)", open("err").read()).group(1)
	assert said == when.strftime("%Y-%m-%dT%H:%M:%SZ"), (said, d)
	days = (when - datetime.datetime.now(datetime.timezone.utc)).days
	assert 6 <= days <= 7, (d, days)
	EOF
	test_equal PendingDeletion "$(kms describe-key --key-id "$(cat other.id)" --query KeyMetadata.KeyState --output text)" &&
	test -z "$(kms list-aliases --query "Aliases[?AliasName==\`alias/t0245-lake\`].AliasName" --output text)" &&
	test_expect_code 255 ssm get-parameter --name /t0245/db/password >out 2>err &&
	test_expect_code 255 ddb describe-table --table-name t0245-runs >out 2>err &&
	test_expect_code 255 ddb describe-table --table-name t0245-watermarks >out 2>err
'

test_expect_success 'a table applied by 1bc9b59 (before streams) plans no change; its stream turned on, changed, off' '
	mkdir older &&
	ddb create-table --table-name t0245-older --billing-mode PAY_PER_REQUEST \
		--attribute-definitions AttributeName=id,AttributeType=S \
		--key-schema AttributeName=id,KeyType=HASH \
		--tags Key=terrace:stack,Value=t0245-older Key=terrace:workspace,Value=default >/dev/null &&
	older_stack () {
		{ write_stack older/stack.yaml && sed -i "s/^stack: .*/stack: t0245-older/" older/stack.yaml &&
		  printf "resources:\n  older:\n    type: aws.dynamodb.table\n    name: t0245-older\n    billing_mode: PAY_PER_REQUEST\n    hash_key: id\n    attribute: [{name: id, type: S}]\n%s" "$1" >>older/stack.yaml; }
	} &&
	older_stack "" &&
	# the state main at 1bc9b59 writes for it (attributes as that release reads them)
	cat >older/terrace.state.json <<-EOF &&
	{"format_version": 1, "functions": "terraform", "lineage": "74b07171-cc60-450c-891e-ff827fcf73ee",
	 "outputs": {}, "serial": 2, "terrace_version": "0.1.0",
	 "resources": {"older": {"type": "aws.dynamodb.table", "provider": "aws", "id": "t0245-older",
	  "status": "created", "created_at": "2026-11-26T03:08:33Z", "dependencies": [],
	  "sensitive_attributes": [],
	  "attributes": {"arn": "arn:aws:dynamodb:us-east-1:123456789012:table/t0245-older",
	   "attribute": [{"name": "id", "type": "S"}], "billing_mode": "PAY_PER_REQUEST",
	   "hash_key": "id", "name": "t0245-older", "point_in_time_recovery": {"enabled": false},
	   "tags": {"terrace:stack": "t0245-older", "terrace:workspace": "default"}}}}}
	EOF
	(cd older && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	older_stack "    stream_enabled: true
    stream_view_type: NEW_IMAGE
" &&
	(cd older && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	(cd older && terrace apply -auto-approve >../out 2>../err) &&
	ddb describe-table --table-name t0245-older --output json >o.json &&
	test_equal "[true, \"NEW_IMAGE\"]" \
		"$(json_get o.json "[d[\"Table\"][\"StreamSpecification\"][k] for k in (\"StreamEnabled\", \"StreamViewType\")]")" &&
	arn=$(json_get older/terrace.state.json "d[\"resources\"][\"older\"][\"attributes\"][\"stream_arn\"]") &&
	test_equal "$(json_get o.json "d[\"Table\"][\"LatestStreamArn\"]")" "$arn" &&
	(cd older && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	older_stack "    stream_enabled: true
    stream_view_type: NEW_AND_OLD_IMAGES
" &&
	(cd older && terrace apply -auto-approve >../out 2>../err) &&
	test_equal NEW_AND_OLD_IMAGES "$(ddb describe-table --table-name t0245-older --query Table.StreamSpecification.StreamViewType --output text)" &&
	(cd older && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err) &&
	older_stack "" &&
	(cd older && terrace apply -auto-approve >../out 2>../err) &&
	test_equal None "$(ddb describe-table --table-name t0245-older --query Table.StreamSpecification --output text)" &&
	(cd older && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err &&
	 terrace destroy -auto-approve >../out 2>../err)
'

test_expect_success 'generated configuration of a SecureString never holds its value' '
	ssm put-parameter --name /t0245/gen --type SecureString --value "$value" >/dev/null &&
	mkdir gen &&
	write_stack gen/main.yaml &&
	printf "import:\n  - to: gen\n    type: aws.ssm.parameter\n    id: /t0245/gen\n" >>gen/main.yaml &&
	terrace plan -stack gen -generate-config-out=gen/generated.yaml >out 2>err &&
	test_contains gen/generated.yaml "    parameter_type: SecureString" &&
	test_contains gen/generated.yaml "    # value: required" &&
	no_secret gen/generated.yaml out err &&
	ssm delete-parameter --name /t0245/gen
'

test_expect_success 'sweep finds a lab key, alias, parameter and table and deletes them' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t0245
	resources:
	  k: {type: aws.kms.key, deletion_window_in_days: 7}
	  a: {type: aws.kms.alias, name: alias/t0245-lab, target_key_id: "\${k.key_id}"}
	  p: {type: aws.ssm.parameter, name: t0245-lab, parameter_type: String, value: x}
	  t: {type: aws.dynamodb.table, name: t0245-lab, billing_mode: PAY_PER_REQUEST,
	      hash_key: id, attribute: [{name: id, type: S}]}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	lab_key=$(cd lab && json_get terrace.state.json "d[\"resources\"][\"k\"][\"attributes\"][\"key_id\"]") &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.kms.key $lab_key" &&
	test_contains found "aws.kms.alias t0245-lab" &&
	test_contains found "aws.ssm.parameter t0245-lab" &&
	test_contains found "aws.dynamodb.table t0245-lab" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal PendingDeletion "$(kms describe-key --key-id "$lab_key" --query KeyMetadata.KeyState --output text)" &&
	test -z "$(kms list-aliases --query "Aliases[?AliasName==\`alias/t0245-lab\`].AliasName" --output text)" &&
	test_expect_code 255 ssm get-parameter --name t0245-lab >out 2>err &&
	test_expect_code 255 ddb describe-table --table-name t0245-lab >out 2>err
'

test_done

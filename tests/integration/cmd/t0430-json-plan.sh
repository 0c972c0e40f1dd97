#!/usr/bin/env bash
# t0430-json-plan: `terrace show -json PLANFILE` follows Terraform's JSON plan
# format: every plan (create, update, replace, delete, no-op, outputs,
# unknowns, sensitive values, destroy) validates against the JSON Schema in
# tests/schemas/terraform-plan.schema.json (written from Terraform's "JSON
# Output Format" page), reads the way policy tools read Terraform plans
# (conftest-style checks in Python), agrees with what the aws CLI sees, and
# never holds a secret: sensitive values are redacted and marked *_sensitive.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

SCHEMA=$REPO_ROOT/tests/schemas/terraform-plan.schema.json
secret='Db-Pa55-0a7e4c19'
export TERRACE_VAR_db_password=$secret
test_sensitive_values "$secret"
# The saved plans keep the values apply sends.
test_holds_secret change.plan create.plan destroy.plan same.plan listed/listed.plan

# json_stack STAGE: v1 makes everything; v2 updates gold's tags, drops temp,
# renames stage (a replacement), changes the secret's value, adds an output.
json_stack () {
	write_stack stack.yaml '  db_password: {type: string, sensitive: true}'
	cat >>stack.yaml <<-YAML
	resources:
	  keep:
	    type: aws.s3.bucket
	    name: jp-keep
	  gold:
	    type: aws.s3.bucket
	    name: jp-gold
	    tags:
	      zone: ${GOLD_ZONE:-gold}
	  stage:
	    type: aws.s3.bucket
	    name: ${STAGE_NAME:-jp-stage-a}
	  warehouse:
	    type: aws.secretsmanager.secret
	    name: jp/warehouse
	    value: "\${var.db_password}"
	    recovery_window_in_days: 0
	YAML
	if test "$1" = v1; then
		cat >>stack.yaml <<-'YAML'
		  temp:
		    type: aws.s3.bucket
		    name: jp-temp
		YAML
	fi
	cat >>stack.yaml <<-'YAML'
	outputs:
	  gold_bucket:
	    value: ${gold.name}
	  warehouse_arn:
	    value: ${warehouse.arn}
	  password:
	    value: ${var.db_password}
	    sensitive: true
	YAML
	if test "$1" = v2; then
		cat >>stack.yaml <<-'YAML'
		  stage_bucket:
		    value: ${stage.name}
		YAML
	fi
}

# check_plan FILE PYTHON: FILE validates against the schema, then PYTHON runs
# with d (the document), rc (address -> resource change),
# with_action(a) (addresses whose actions contain a) and TT (the tags terrace
# adds to what it tags).
check_plan () {
	python3 - "$SCHEMA" "$1" "$2" "$TEST_NAME" <<-'PY'
	import json, sys, jsonschema
	schema = json.load(open(sys.argv[1]))
	d = json.load(open(sys.argv[2]))
	jsonschema.Draft202012Validator(schema).validate(d)
	rc = {c["address"]: c for c in d["resource_changes"]}
	def with_action(a):
	    return sorted(c["address"] for c in d["resource_changes"] if a in c["change"]["actions"])
	TT = {"terrace:stack": sys.argv[4], "terrace:workspace": "default"}
	exec(sys.argv[3])
	PY
}

# no_secret FILE...: none of the files holds the secret or its later value.
no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$secret" || return 1
		test_not_contains "$f" "${secret}-2" || return 1
	done
}

test_expect_success 'the schema itself is a valid draft 2020-12 schema' '
	python3 -c "import json, sys, jsonschema; jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))" "$SCHEMA"
'

test_expect_success 'a plan of creates: actions, unknowns, sensitive values, outputs' '
	json_stack v1 &&
	terrace plan -out create.plan >out 2>err &&
	terrace show -json create.plan >create.json 2>err2 &&
	no_secret out err create.json err2 &&
	check_plan create.json "
assert d[\"format_version\"] == \"1.2\", d[\"format_version\"]
assert d[\"terraform_version\"] and d[\"applyable\"] is True and d[\"errored\"] is False
assert with_action(\"create\") == [\"gold\", \"keep\", \"stage\", \"temp\", \"warehouse\"]
assert all(c[\"change\"][\"actions\"] == [\"create\"] for c in rc.values())
assert all(c[\"mode\"] == \"managed\" and c[\"provider_name\"] == \"aws\" for c in rc.values())
w = rc[\"warehouse\"]
assert w[\"type\"] == \"aws.secretsmanager.secret\" and w[\"name\"] == \"warehouse\"
ch = w[\"change\"]
assert ch[\"before\"] is None and ch[\"before_sensitive\"] is False
assert ch[\"after\"][\"value\"] == \"(sensitive value)\" and ch[\"after_sensitive\"][\"value\"] is True
assert ch[\"after_unknown\"].get(\"arn\") is True and \"arn\" not in ch[\"after\"]
assert rc[\"gold\"][\"change\"][\"after\"][\"tags\"] == {\"zone\": \"gold\", **TT}
oc = d[\"output_changes\"]
assert oc[\"gold_bucket\"][\"actions\"] == [\"create\"] and oc[\"gold_bucket\"][\"after\"] == \"jp-gold\"
assert oc[\"warehouse_arn\"][\"after_unknown\"] is True and oc[\"warehouse_arn\"][\"after\"] is None
assert oc[\"password\"][\"after_sensitive\"] is True and oc[\"password\"][\"after\"] == \"(sensitive value)\"
assert d[\"variables\"][\"db_password\"][\"value\"] == \"(sensitive value)\"
pv = {r[\"address\"]: r for r in d[\"planned_values\"][\"root_module\"][\"resources\"]}
assert sorted(pv) == [\"gold\", \"keep\", \"stage\", \"temp\", \"warehouse\"]
assert pv[\"warehouse\"][\"sensitive_values\"] == {\"value\": True}
assert d[\"planned_values\"][\"outputs\"][\"gold_bucket\"] == {\"sensitive\": False, \"value\": \"jp-gold\"}
assert \"value\" not in d[\"planned_values\"][\"outputs\"][\"warehouse_arn\"]
assert d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"] == []
cfg = {r[\"address\"]: r for r in d[\"configuration\"][\"root_module\"][\"resources\"]}
assert cfg[\"gold\"][\"expressions\"][\"name\"] == {\"constant_value\": \"jp-gold\"}
assert cfg[\"warehouse\"][\"expressions\"][\"value\"] == {\"references\": [\"var.db_password\"]}
assert d[\"configuration\"][\"root_module\"][\"outputs\"][\"warehouse_arn\"][\"expression\"][\"references\"] == [\"warehouse.arn\", \"warehouse\"]
assert {\"resource\": \"warehouse\", \"attribute\": [\"arn\"]} in d[\"relevant_attributes\"]
"
'

test_expect_success 'apply the saved plan; the aws CLI sees what it planned' '
	terrace apply create.plan >out 2>err &&
	test_line out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	for b in jp-keep jp-gold jp-stage-a jp-temp; do bucket_exists $b || return 1; done &&
	test_equal "$secret" "$(s3 secretsmanager get-secret-value --secret-id jp/warehouse \
		--query SecretString --output text)"
'

test_expect_success 'update, replace, delete and no-op in one plan' '
	GOLD_ZONE=platinum STAGE_NAME=jp-stage-b json_stack v2 &&
	TERRACE_VAR_db_password="${secret}-2" terrace plan -out change.plan >out 2>err &&
	terrace show -json change.plan >change.json 2>err2 &&
	terrace show change.plan >change.txt 2>err3 &&
	no_secret out err change.json err2 change.txt err3 &&
	check_plan change.json "
assert rc[\"keep\"][\"change\"][\"actions\"] == [\"no-op\"]
assert rc[\"gold\"][\"change\"][\"actions\"] == [\"update\"]
assert rc[\"stage\"][\"change\"][\"actions\"] == [\"delete\", \"create\"]
assert rc[\"temp\"][\"change\"][\"actions\"] == [\"delete\"]
assert rc[\"warehouse\"][\"change\"][\"actions\"] == [\"update\"]
# conftest-style policies: what a reviewer or a policy gate counts
assert with_action(\"delete\") == [\"stage\", \"temp\"], with_action(\"delete\")
assert len([c for c in rc.values() if c[\"change\"][\"actions\"] != [\"no-op\"]]) == 4
assert rc[\"stage\"][\"action_reason\"] == \"replace_because_cannot_update\"
assert rc[\"stage\"][\"change\"][\"replace_paths\"] == [[\"name\"]]
assert rc[\"temp\"][\"action_reason\"] == \"delete_because_no_resource_config\"
assert rc[\"temp\"][\"change\"][\"after\"] is None and rc[\"temp\"][\"change\"][\"after_sensitive\"] is False
g = rc[\"gold\"][\"change\"]
assert g[\"before\"][\"tags\"] == {\"zone\": \"gold\", **TT} and g[\"after\"][\"tags\"] == {\"zone\": \"platinum\", **TT}
w = rc[\"warehouse\"][\"change\"]
assert w[\"before\"][\"value\"] == w[\"after\"][\"value\"] == \"(sensitive value)\"
assert w[\"before_sensitive\"][\"value\"] is True and w[\"after_sensitive\"][\"value\"] is True
assert w[\"before\"][\"arn\"].startswith(\"arn:aws:secretsmanager:\")
oc = d[\"output_changes\"]
assert oc[\"gold_bucket\"][\"actions\"] == [\"no-op\"]
assert oc[\"stage_bucket\"][\"actions\"] == [\"create\"] and oc[\"stage_bucket\"][\"after\"] == \"jp-stage-b\"
assert oc[\"warehouse_arn\"][\"actions\"] == [\"no-op\"]
prior = {r[\"address\"]: r for r in d[\"prior_state\"][\"values\"][\"root_module\"][\"resources\"]}
assert sorted(prior) == [\"gold\", \"keep\", \"stage\", \"temp\", \"warehouse\"]
assert prior[\"warehouse\"][\"values\"][\"value\"] == \"(sensitive value)\"
assert d[\"prior_state\"][\"values\"][\"outputs\"][\"gold_bucket\"][\"value\"] == \"jp-gold\"
assert d[\"prior_state\"][\"values\"][\"outputs\"][\"password\"][\"value\"] == \"(sensitive value)\"
open(\"arn\", \"w\").write(w[\"before\"][\"arn\"] + \"\\n\")
pv = sorted(r[\"address\"] for r in d[\"planned_values\"][\"root_module\"][\"resources\"])
assert pv == [\"gold\", \"keep\", \"stage\", \"warehouse\"], pv
" &&
	test_equal "$(cat arn)" "$(s3 secretsmanager describe-secret --secret-id jp/warehouse \
		--query ARN --output text)"
'

test_expect_success 'apply it: the aws CLI sees exactly the planned changes' '
	terrace apply change.plan >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 2 changed, 2 destroyed." &&
	! bucket_exists jp-temp && ! bucket_exists jp-stage-a && bucket_exists jp-stage-b &&
	bucket_tags jp-gold >tags && { echo zone=platinum && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	test_equal "${secret}-2" "$(s3 secretsmanager get-secret-value --secret-id jp/warehouse \
		--query SecretString --output text)"
'

test_expect_success 'a plan with no changes is all no-op and not applyable' '
	TERRACE_VAR_db_password="${secret}-2" terrace plan -out same.plan >out 2>err &&
	terrace show -json same.plan >same.json &&
	no_secret same.json &&
	check_plan same.json "
assert all(c[\"change\"][\"actions\"] == [\"no-op\"] for c in rc.values()), rc
assert d[\"applyable\"] is False and with_action(\"delete\") == []
assert all(o[\"actions\"] == [\"no-op\"] for o in d[\"output_changes\"].values())
"
'

test_expect_success 'a destroy plan deletes everything and every output' '
	TERRACE_VAR_db_password="${secret}-2" terrace plan -destroy -out destroy.plan >out 2>err &&
	terrace show -json destroy.plan >destroy.json &&
	no_secret destroy.json &&
	check_plan destroy.json "
assert with_action(\"delete\") == [\"gold\", \"keep\", \"stage\", \"warehouse\"]
assert all(c[\"change\"][\"actions\"] == [\"delete\"] and \"action_reason\" not in c for c in rc.values())
assert d[\"planned_values\"][\"root_module\"][\"resources\"] == []
assert all(o[\"actions\"] == [\"delete\"] for o in d[\"output_changes\"].values())
" &&
	terrace apply destroy.plan >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	! bucket_exists jp-gold && ! bucket_exists jp-keep
'

test_expect_success 'plan -json prints the machine-readable UI stream; plan -out and show -json the plan' '
	json_stack v1 &&
	terrace plan -json >stream.json 2>err &&
	no_secret stream.json err &&
	test_equal 5 "$(jq -sr "[.[] | select(.type == \"planned_change\" and .change.action == \"create\")] | length" stream.json)" &&
	json_plan plan.json 2>err &&
	no_secret plan.json err &&
	check_plan plan.json "assert len(with_action(\"create\")) == 5"
'

test_expect_success 'a secret inside a list of objects with a value known after apply: redacted, and after_sensitive marks its place' '
	mkdir -p listed && (
	cd listed &&
	write_stack stack.yaml "  db_password: {type: string, sensitive: true}" &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  inbox:
	    type: aws.sqs.queue
	    name: jp-inbox
	  archive:
	    type: aws.s3.bucket
	    name: jp-archive
	    lifecycle_rules:
	      - id: "${var.db_password}"
	        prefix: "${inbox.url}"
	        expiration_days: 3
	YAML
	terrace plan -out listed.plan >out 2>err &&
	terrace show -json listed.plan >listed.json 2>err2 &&
	no_secret listed.json err2 &&
	check_plan listed.json "
ch = rc[\"archive\"][\"change\"]
rule = ch[\"after\"][\"lifecycle_rules\"][0]
assert rule[\"id\"] == \"(sensitive value)\" and \"prefix\" not in rule, rule
assert ch[\"after_unknown\"][\"lifecycle_rules\"] == [{\"prefix\": True}], ch[\"after_unknown\"]
sens = ch[\"after_sensitive\"][\"lifecycle_rules\"]
assert sens[0][\"id\"] is True and \"prefix\" not in sens[0], ch[\"after_sensitive\"]
pv = {r[\"address\"]: r for r in d[\"planned_values\"][\"root_module\"][\"resources\"]}
assert pv[\"archive\"][\"sensitive_values\"][\"lifecycle_rules\"][0][\"id\"] is True, pv[\"archive\"]
" &&
	terrace show -json -terraform-names listed.plan >listed-tf.json 2>err3 &&
	no_secret listed-tf.json err3 &&
	python3 - listed-tf.json <<-\PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	rc = {c["address"]: c["change"] for c in d["resource_changes"]}
	ch = rc["aws_s3_bucket_lifecycle_configuration.archive"]
	assert ch["after"]["rule"][0]["id"] == "(sensitive value)", ch["after"]
	assert ch["after_sensitive"]["rule"][0]["id"] is True, ch["after_sensitive"]
	PY
	)
'

test_done

#!/usr/bin/env bash
# time-limit: 1200 (75 s of CPU; 413 s seen under a full suite at load 10-13)
# t0436-json-ui: -json on plan, apply and destroy prints Terraform's
# machine-readable UI stream, so CI tools written for `terraform apply -json`
# read terrace's runs: every line of stdout is one message that validates
# against tests/schemas/terraform-ui.schema.json (written from Terraform's
# "Machine-Readable UI" page): version first, planned_change,
# change_summary, outputs, refresh_start, resource_drift,
# apply_start/apply_progress/apply_complete, apply_errored, diagnostic; no
# secret in any. With Terraform 1.11 and
# hashicorp/aws from the machine's mirror, Terraform's own stream of the
# same stack against the same moto validates against the schema too and has
# the same message types (terrace sends no refresh_complete), the same
# planned actions, change summaries and outputs. `show -json
# -terraform-names` prints the state as Terraform's state representation:
# the same resources, keys and provider_name as `terraform show -json`.
. "$(dirname "$0")/../lib.sh"

# A "slow-" database stays "creating" 11 s: one apply_progress message.
start_moto MOTO_RDS_CREATING_SECONDS=11 || test_fail_setup "moto did not start"
use_server moto

SCHEMA=$REPO_ROOT/tests/schemas/terraform-ui.schema.json
secret='Ui-Pa55-7f3c9e21'
export TERRACE_VAR_pw=$secret

ui_stack () {
	write_stack stack.yaml '  pw: {type: string, sensitive: true}'
	cat >>stack.yaml <<-YAML
	resources:
	  lake: {type: aws.s3.bucket, name: ui-lake, tags: {owner: ${OWNER:-data}}}
	  db: {type: aws.secretsmanager.secret, name: ui/db, value: "\${var.pw}", recovery_window_in_days: 0}
	outputs:
	  lake: \${lake.name}
	  pw: {value: "\${var.pw}", sensitive: true}
	YAML
}

# check_stream FILE PYTHON: every line of FILE is one message valid against
# the schema, the first a version message; then PYTHON runs with msgs (the
# messages), types (their types in order) and by_type(t).
check_stream () {
	python3 - "$SCHEMA" "$1" "$2" <<-'PY'
	import json, sys, jsonschema
	v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
	msgs = []
	for n, line in enumerate(open(sys.argv[2]), 1):
	    m = json.loads(line)
	    errs = [f"{list(e.absolute_path)}: {e.message}" for e in v.iter_errors(m)]
	    assert not errs, (n, line, errs)
	    msgs.append(m)
	assert msgs and msgs[0]["type"] == "version", msgs[:1]
	types = [m["type"] for m in msgs]
	def by_type(t): return [m for m in msgs if m["type"] == t]
	exec(sys.argv[3])
	PY
}

test_expect_success 'the UI schema is a valid draft 2020-12 schema' '
	python3 -c "import json, sys, jsonschema; jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))" "$SCHEMA"
'

test_expect_success 'plan -json: version, a planned_change each, change_summary, outputs, and nothing else' '
	ui_stack &&
	terrace plan -json >plan.jsonl 2>err &&
	test_empty err &&
	test_not_contains plan.jsonl "$secret" &&
	check_stream plan.jsonl "
assert types == [\"version\", \"planned_change\", \"planned_change\", \"change_summary\", \"outputs\"], types
pc = {m[\"change\"][\"resource\"][\"addr\"]: (m[\"change\"][\"action\"], m[\"change\"][\"resource\"][\"resource_type\"]) for m in by_type(\"planned_change\")}
assert pc == {\"lake\": (\"create\", \"aws.s3.bucket\"), \"db\": (\"create\", \"aws.secretsmanager.secret\")}, pc
assert by_type(\"change_summary\")[0][\"changes\"] == {\"add\": 2, \"change\": 0, \"import\": 0, \"remove\": 0, \"operation\": \"plan\"}
assert by_type(\"change_summary\")[0][\"@message\"] == \"Plan: 2 to add, 0 to change, 0 to destroy.\"
assert by_type(\"outputs\")[0][\"outputs\"] == {\"lake\": {\"sensitive\": False, \"action\": \"create\"}, \"pw\": {\"sensitive\": True, \"action\": \"create\"}}
"
'

test_expect_success 'plan -json -terraform-names: resources named as hashicorp/aws names them' '
	terrace plan -json -terraform-names >names.jsonl 2>err &&
	check_stream names.jsonl "
r = sorted((m[\"change\"][\"resource\"][\"addr\"], m[\"change\"][\"resource\"][\"resource_type\"], m[\"change\"][\"resource\"][\"implied_provider\"]) for m in by_type(\"planned_change\"))
assert r == [(\"aws_s3_bucket.lake\", \"aws_s3_bucket\", \"aws\"), (\"aws_secretsmanager_secret.db\", \"aws_secretsmanager_secret\", \"aws\")], r
"
'

test_expect_success 'apply -json without -auto-approve: an error diagnostic, nothing made' '
	test_expect_code 1 terrace apply -json >out 2>err &&
	test_empty err &&
	check_stream out "
d = by_type(\"diagnostic\")[-1]
assert d[\"@level\"] == \"error\" and d[\"diagnostic\"][\"severity\"] == \"error\", d
assert \"-auto-approve\" in d[\"diagnostic\"][\"summary\"], d
" &&
	! bucket_exists ui-lake
'

test_expect_success 'apply -json: the plan, apply_start and apply_complete for each resource, change_summary, output values' '
	terrace apply -json -auto-approve >apply.jsonl 2>err &&
	test_not_contains apply.jsonl "$secret" &&
	bucket_exists ui-lake &&
	check_stream apply.jsonl "
starts = {m[\"hook\"][\"resource\"][\"addr\"]: m[\"hook\"][\"action\"] for m in by_type(\"apply_start\")}
done = {m[\"hook\"][\"resource\"][\"addr\"]: m[\"hook\"] for m in by_type(\"apply_complete\")}
assert starts == {\"lake\": \"create\", \"db\": \"create\"}, starts
assert done[\"lake\"][\"id_value\"] == \"ui-lake\" and done[\"lake\"][\"id_key\"] == \"id\", done
assert done[\"db\"][\"id_value\"].startswith(\"arn:aws:secretsmanager:\"), done
for a in starts: assert types.index(\"apply_start\") < types.index(\"apply_complete\")
cs = [m[\"changes\"] for m in by_type(\"change_summary\")]
assert cs[-1] == {\"add\": 2, \"change\": 0, \"import\": 0, \"remove\": 0, \"operation\": \"apply\"}, cs
assert by_type(\"change_summary\")[-1][\"@message\"] == \"Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\"
o = by_type(\"outputs\")[-1][\"outputs\"]
assert o == {\"lake\": {\"sensitive\": False, \"type\": \"string\", \"value\": \"ui-lake\"}, \"pw\": {\"sensitive\": True}}, o
"
'

# check_state FILE PYTHON: FILE validates against the state representation
# of tests/schemas/terraform-plan.schema.json; PYTHON runs with d and rs
# (address -> resource).
check_state () {
	python3 - "$REPO_ROOT/tests/schemas/terraform-plan.schema.json" "$1" "$2" <<-'PY'
	import json, sys, jsonschema
	schema = json.load(open(sys.argv[1]))
	d = json.load(open(sys.argv[2]))
	jsonschema.Draft202012Validator({"$ref": "#/$defs/state", "$defs": schema["$defs"]}).validate(d)
	rs = {r["address"]: r for r in d["values"]["root_module"]["resources"]}
	exec(sys.argv[3])
	PY
}

test_expect_success 'show -json -terraform-names: the state as Terraform'"'"'s state representation' '
	terrace show -json -terraform-names >state.json 2>err &&
	test_not_contains state.json "$secret" &&
	check_state state.json "
assert d[\"terraform_version\"] == \"1.11.4\" and d[\"format_version\"] == \"1.0\", d
assert sorted(rs) == [\"aws_s3_bucket.lake\", \"aws_secretsmanager_secret.db\", \"aws_secretsmanager_secret_version.db\"], sorted(rs)
assert all(r[\"provider_name\"] == \"registry.terraform.io/hashicorp/aws\" for r in rs.values()), rs
lake = rs[\"aws_s3_bucket.lake\"]
assert lake[\"type\"] == \"aws_s3_bucket\" and lake[\"name\"] == \"lake\" and lake[\"mode\"] == \"managed\", lake
assert lake[\"values\"][\"bucket\"] == \"ui-lake\" and lake[\"values\"][\"tags_all\"][\"owner\"] == \"data\", lake
assert rs[\"aws_secretsmanager_secret_version.db\"][\"sensitive_values\"] == {\"secret_string\": True}
assert d[\"values\"][\"outputs\"][\"lake\"] == {\"sensitive\": False, \"value\": \"ui-lake\"}
"
'

test_expect_success 'plan -refresh-only -json: a resource_drift for what changed outside terrace' '
	s3 s3api put-bucket-tagging --bucket ui-lake --tagging "TagSet=[{Key=owner,Value=by-hand}]" &&
	terrace plan -refresh-only -json >drift.jsonl 2>err &&
	check_stream drift.jsonl "
d = [(m[\"change\"][\"resource\"][\"addr\"], m[\"change\"][\"action\"]) for m in by_type(\"resource_drift\")]
assert d == [(\"lake\", \"update\")], d
assert \"planned_change\" not in types, types
"
'

test_expect_success 'a failed apply -json: apply_errored and an error diagnostic, exit 1' '
	OWNER=ops ui_stack &&
	start_fault_proxy TERRACE_VAR_endpoint fail --match "^PUT /ui-lake\?tagging" --fault malformed &&
	terrace apply -json -auto-approve >fail.jsonl 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test_equal 1 $rc &&
	check_stream fail.jsonl "
err = by_type(\"apply_errored\")
assert [(m[\"hook\"][\"resource\"][\"addr\"], m[\"hook\"][\"action\"]) for m in err] == [(\"lake\", \"update\")], err
assert \"lake: Modifications errored after\" in err[0][\"@message\"], err
assert [m for m in by_type(\"diagnostic\") if m[\"diagnostic\"][\"severity\"] == \"error\"], types
assert \"apply_complete\" not in types, types
"
'

test_expect_success 'destroy -json: refresh_start, the plan, apply_start and apply_complete (delete), change_summary' '
	ui_stack &&
	terrace destroy -json -auto-approve >destroy.jsonl 2>err &&
	! bucket_exists ui-lake &&
	check_stream destroy.jsonl "
assert sorted(m[\"hook\"][\"resource\"][\"addr\"] for m in by_type(\"refresh_start\")) == [\"db\", \"lake\"], types
assert sorted((m[\"change\"][\"resource\"][\"addr\"], m[\"change\"][\"action\"]) for m in by_type(\"planned_change\")) == [(\"db\", \"delete\"), (\"lake\", \"delete\")]
assert sorted((m[\"hook\"][\"resource\"][\"addr\"], m[\"hook\"][\"action\"]) for m in by_type(\"apply_complete\")) == [(\"db\", \"delete\"), (\"lake\", \"delete\")]
assert by_type(\"change_summary\")[-1][\"changes\"] == {\"add\": 0, \"change\": 0, \"import\": 0, \"remove\": 2, \"operation\": \"destroy\"}
assert by_type(\"change_summary\")[-1][\"@message\"] == \"Destroy complete! Resources: 2 destroyed.\"
"
'

test_expect_success 'plan -json of an import: block: refresh_start and planned_change name the imported resource' '
	mkdir imp && (
	cd imp &&
	s3 s3api create-bucket --bucket ui-by-hand >/dev/null &&
	write_stack stack.yaml &&
	printf "resources:\n  by_hand: {type: aws.s3.bucket, name: ui-by-hand}\nimport:\n  - to: by_hand\n    id: ui-by-hand\n" >>stack.yaml &&
	terrace plan -json >../import.jsonl 2>err ) &&
	check_stream import.jsonl "
r = by_type(\"refresh_start\")[0][\"hook\"]
assert r[\"resource\"][\"addr\"] == \"by_hand\" and r[\"resource\"][\"resource_type\"] == \"aws.s3.bucket\" and r[\"id_value\"] == \"ui-by-hand\", r
assert by_type(\"change_summary\")[0][\"changes\"][\"import\"] == 1, types
assert by_type(\"change_summary\")[0][\"@message\"].startswith(\"Plan: 1 to import, 0 to add, \"), by_type(\"change_summary\")
"
'

test_expect_success 'apply -json of an import: block: the change_summary counts the import, as Terraform words it' '
	( cd imp && terrace apply -auto-approve -json >../import-apply.jsonl 2>err ) &&
	check_stream import-apply.jsonl "
s = by_type(\"change_summary\")[-1]
assert s[\"changes\"][\"import\"] == 1 and s[\"changes\"][\"operation\"] == \"apply\", s
assert s[\"@message\"] == \"Apply complete! Resources: 1 imported, 0 added, %d changed, 0 destroyed.\" % s[\"changes\"][\"change\"], s
"
'

test_expect_success 'apply -json of a slow resource: an apply_progress message every 10 s' '
	mkdir slow && (
	cd slow &&
	write_stack stack.yaml "  pw: {type: string, sensitive: true}" &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  wh:
	    type: aws.rds.instance
	    identifier: slow-ui-db
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: app
	    master_password: "\${var.pw}"
	    skip_final_snapshot: true
	YAML
	terrace apply -json -auto-approve >../slow.jsonl 2>err &&
	terrace destroy -auto-approve >out 2>err ) &&
	test_not_contains slow.jsonl "$secret" &&
	check_stream slow.jsonl "
p = by_type(\"apply_progress\")
# One every 10 s while the create lasts: once on a quiet machine, more on a loaded one.
got = [(m[\"hook\"][\"resource\"][\"addr\"], m[\"hook\"][\"action\"], m[\"hook\"][\"elapsed_seconds\"]) for m in p]
assert got and got == [(\"wh\", \"create\", 10 * (i + 1)) for i in range(len(got))], p
assert p[0][\"@message\"] == \"wh: Still creating... [10s elapsed]\", p
assert types.index(\"apply_start\") < types.index(\"apply_progress\") < types.index(\"apply_complete\"), types
"
'

test_expect_success 'a mistake in the stack: a diagnostic naming its file and line' '
	ui_stack &&
	sed -i "s/tags: {owner/tagz: {owner/" stack.yaml &&
	test_expect_code 1 terrace plan -json >bad.jsonl 2>err &&
	test_empty err &&
	check_stream bad.jsonl "
d = [m[\"diagnostic\"] for m in by_type(\"diagnostic\")]
assert any(x[\"severity\"] == \"error\" and x.get(\"range\", {}).get(\"filename\", \"\").endswith(\"stack.yaml\") and x[\"range\"][\"start\"][\"line\"] > 1 for x in d), d
"
'

if terraform_from_mirror "$PWD"; then
	test_expect_success 'Terraform'"'"'s own stream of the same stack: valid too, the same message types and contents' '
		mkdir -p tf &&
		cat >tf/main.tf <<-EOF2 &&
		terraform {
		  required_providers { aws = { source = "hashicorp/aws" } }
		}
		provider "aws" {
		  region                      = "us-east-1"
		  access_key                  = "$MOTO_ACCESS_KEY"
		  secret_key                  = "$MOTO_SECRET_KEY"
		  skip_credentials_validation = true
		  skip_requesting_account_id  = true
		  skip_metadata_api_check     = true
		  s3_use_path_style           = true
		  endpoints {
		    s3             = "$MOTO_ENDPOINT"
		    secretsmanager = "$MOTO_ENDPOINT"
		  }
		}
		variable "pw" {
		  type      = string
		  sensitive = true
		}
		resource "aws_s3_bucket" "lake" {
		  bucket = "ui-lake-tf"
		  tags   = { owner = "data" }
		}
		resource "aws_secretsmanager_secret" "db" {
		  name                    = "ui/db-tf"
		  recovery_window_in_days = 0
		}
		resource "aws_secretsmanager_secret_version" "db" {
		  secret_id     = aws_secretsmanager_secret.db.id
		  secret_string = var.pw
		}
		output "lake" { value = aws_s3_bucket.lake.bucket }
		output "pw" {
		  value     = var.pw
		  sensitive = true
		}
		EOF2
		export TF_VAR_pw=$secret &&
		(cd tf && terraform init -input=false >init.out 2>&1 &&
		 terraform plan -json -input=false >../tf-plan.jsonl 2>../tf-plan.err &&
		 terraform apply -json -input=false -auto-approve >../tf-apply.jsonl 2>../tf-apply.err &&
		 terraform show -json >../tf-state.json &&
		 terraform destroy -json -input=false -auto-approve >../tf-destroy.jsonl 2>../tf-destroy.err) &&
		ui_stack &&
		terrace plan -json -terraform-names >plan.jsonl 2>err &&
		terrace apply -json -auto-approve >apply.jsonl 2>err &&
		terrace show -json -terraform-names >state.json &&
		terrace destroy -json -auto-approve >destroy.jsonl 2>err &&
		check_state tf-state.json "pass" &&
		python3 - tf-state.json state.json <<-EOF2 &&
		import json, sys
		tf, tc = (json.load(open(f)) for f in sys.argv[1:])
		assert set(tf) <= set(tc), set(tf) - set(tc)
		def res(d): return {r["address"]: r for r in d["values"]["root_module"]["resources"]}
		rf, rc = res(tf), res(tc)
		assert sorted(rf) == sorted(rc), (sorted(rf), sorted(rc))
		for a in rf:
		    # terrace gives no depends_on in a state.
		    assert set(rf[a]) - {"depends_on"} == set(rc[a]), (a, set(rf[a]) ^ set(rc[a]))
		    assert (rf[a]["type"], rf[a]["name"], rf[a]["mode"], rf[a]["provider_name"]) == (rc[a]["type"], rc[a]["name"], rc[a]["mode"], rc[a]["provider_name"]), a
		    assert set(rc[a]["values"]) <= set(rf[a]["values"]), (a, set(rc[a]["values"]) - set(rf[a]["values"]))
		EOF2
		check_stream tf-plan.jsonl pass &&
		check_stream tf-apply.jsonl pass &&
		check_stream tf-destroy.jsonl pass &&
		python3 - <<-EOF2 &&
		import json
		def load(f): return [json.loads(l) for l in open(f)]
		def kinds(ms): return {m["type"] for m in ms}
		for step in ("plan", "apply", "destroy"):
		    tf, tc = load(f"tf-{step}.jsonl"), load(f"{step}.jsonl")
		    # terrace reports a refresh when it starts, not when it ends.
		    assert kinds(tc) == kinds(tf) - {"refresh_complete"}, (step, kinds(tc) ^ kinds(tf))
		    def summaries(ms): return [m["changes"] for m in ms if m["type"] == "change_summary"]
		    # Values differ (other names); the type of a sensitive output is
		    # not known to terrace, whose state keeps only a hash of the value.
		    def outs(ms): return [{k: {a: v for a, v in o.items() if a != "value" and not (a == "type" and o["sensitive"])} for k, o in m["outputs"].items()} for m in ms if m["type"] == "outputs"]
		    assert outs(tc) == outs(tf), (step, outs(tc), outs(tf))
		    # The secret value is a resource of its own in Terraform (the
		    # version): one more to add or destroy, the rest the same.
		    for a, b in zip(summaries(tc), summaries(tf)):
		        assert {k: v for k, v in a.items() if k not in ("add", "remove")} == {k: v for k, v in b.items() if k not in ("add", "remove")}, (step, a, b)
		        assert (a["add"], a["remove"]) in ((b["add"] - 1, b["remove"]), (b["add"], b["remove"] - 1)), (step, a, b)
		    def acts(ms, t, key): return sorted((m[key]["resource"]["resource_name"], m[key]["resource"]["resource_type"], m[key]["action"]) for m in ms if m["type"] == t and m[key]["resource"]["resource_type"] != "aws_secretsmanager_secret_version")
		    if step == "plan":
		        assert acts(tc, "planned_change", "change") == acts(tf, "planned_change", "change"), (acts(tc, "planned_change", "change"), acts(tf, "planned_change", "change"))
		    assert len(summaries(tc)) == len(summaries(tf)), step
		EOF2
		test_not_contains plan.jsonl "$secret" &&
		test_not_contains apply.jsonl "$secret" &&
		echo "# figure: $(wc -l <tf-apply.jsonl) lines from terraform apply -json, $(wc -l <apply.jsonl) from terrace apply -json, all valid ($(terraform version | head -n 1))"
	'
else
	test_expect_success "skipped: no terraform or no hashicorp/aws under $TF_MIRROR: the comparison with Terraform's stream needs them" 'true'
fi

test_done

#!/usr/bin/env bash
# t0435-terraform-names: the JSON plan as Terraform tools read it.
# - Modules: module resources sit under planned_values' child_modules, the
#   configuration has module_calls with their source, inputs and for_each,
#   and every reference is one the stack's source says (var.name,
#   module.raw.bucket_name, each.key): no internal name leaks; attributes
#   left unset are null in after.
# - -terraform-names: a stack with one resource of every aws type, planned
#   with -terraform-names, names only hashicorp/aws types and attributes of
#   the shape that provider's own schema (`terraform providers schema
#   -json`) gives them.
# - The companions -terraform-names makes (a bucket's versioning,
#   encryption, public access block, policy, lifecycle; a secret's version)
#   are in configuration too, naming their resource by reference as
#   Terraform's do (bucket = aws_s3_bucket.raw.id), in modules too.
# - The policy corpus (t0435/corpus: main.tf and stack.yaml, the same stack
#   in HCL and in terrace): Terraform 1.11's own plan and terrace's validate
#   against tests/schemas/terraform-plan.schema.json, the companions'
#   configuration has Terraform's references and shapes, tags_all and
#   terraform_version are there, and eleven policies read the way conftest
#   and checkov rules read plans (corpus/policies.py) find the same things
#   in both plans.
# Terraform and the hashicorp/aws provider come from the machine image (a
# local filesystem mirror, TF_PROVIDER_MIRROR or /opt/tf-plugins); without
# them the Terraform steps say they were skipped.
. "$(dirname "$0")/../lib.sh"

HERE=$TEST_HERE/t0435
CORPUS=$HERE/corpus
SCHEMA=$REPO_ROOT/tests/schemas/terraform-plan.schema.json

provider_block () {
	cat <<-'EOF2'
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	EOF2
}

test_expect_success '-terraform-names belongs to -json' '
	provider_block >stack.yaml &&
	echo "resources: {b: {type: aws.s3.bucket, name: t0435-b}}" >>stack.yaml &&
	test_expect_code 1 terrace plan -refresh=false -terraform-names >out 2>err &&
	test_contains err "-terraform-names is an option of -json output: add -json"
'

test_expect_success 'modules in the JSON plan: child_modules, module_calls, references in source words' '
	mkdir -p mods/zone &&
	cat >mods/zone/main.yaml <<-EOF2 &&
	variables:
	  name: {type: string}
	resources:
	  bucket: {type: aws.s3.bucket, name: "\${var.name}"}
	outputs:
	  bucket_name: "\${bucket.name}"
	EOF2
	provider_block >stack.yaml &&
	cat >>stack.yaml <<-EOF2 &&
	modules:
	  raw: {source: ./mods/zone, name: t0435-raw}
	  team: {source: ./mods/zone, for_each: [a, b], name: "t0435-team-\${each.key}"}
	resources:
	  lake: {type: aws.s3.bucket, name: t0435-lake, tags: {from: "\${module.raw.bucket_name}"}}
	EOF2
	json_plan plan.json -refresh=false 2>err &&
	test_not_contains plan.json "local.[" &&
	python3 - plan.json <<-EOF2
	import json, sys
	d = json.load(open(sys.argv[1]))
	root = d["planned_values"]["root_module"]
	assert [r["address"] for r in root["resources"]] == ["lake"], root["resources"]
	kids = {m["address"]: [r["address"] for r in m["resources"]] for m in root["child_modules"]}
	assert kids == {"module.raw": ["module.raw.bucket"],
	                "module.team[\"a\"]": ["module.team[\"a\"].bucket"],
	                "module.team[\"b\"]": ["module.team[\"b\"].bucket"]}, kids
	lake = root["resources"][0]["values"]
	assert lake["policy"] is None and lake["versioning"] is False, lake
	cfg = d["configuration"]["root_module"]
	assert [r["address"] for r in cfg["resources"]] == ["lake"]
	assert cfg["resources"][0]["expressions"]["tags"]["references"] == ["module.raw.bucket_name", "module.raw"]
	raw, team = cfg["module_calls"]["raw"], cfg["module_calls"]["team"]
	assert raw["source"] == "./mods/zone", raw["source"]
	assert raw["expressions"]["name"] == {"constant_value": "t0435-raw"}, raw["expressions"]
	assert team["expressions"]["name"] == {"references": ["each.key"]}, team["expressions"]
	assert team["for_each_expression"] == {"constant_value": ["a", "b"]}
	mod = raw["module"]
	assert [r["address"] for r in mod["resources"]] == ["bucket"]
	assert mod["resources"][0]["expressions"]["name"] == {"references": ["var.name"]}
	assert mod["outputs"]["bucket_name"]["expression"] == {"references": ["bucket.name", "bucket"]}
	assert list(mod["variables"]) == ["name"]
	EOF2
'

test_expect_success 'a stack with every aws type plans with -terraform-names' '
	"$TERRACE" providers schema -json -written >schema.json &&
	echo app >app.py &&
	provider_block >stack.yaml &&
	python3 "$HERE/all_types.py" schema.json >>stack.yaml &&
	terrace plan -refresh=false -out names.plan >out 2>err &&
	terrace show -json -terraform-names names.plan >names.json &&
	test_not_contains names.json "Secret-Pa55word" &&
	jq -r ".resource_changes[].type" names.json | sort -u >types &&
	! grep "^aws\." types
'

test_expect_success '-terraform-names: companions name their resource by reference in configuration, in modules too' '
	mkdir -p mods/safe &&
	cat >mods/safe/main.yaml <<-EOF2 &&
	variables:
	  name: {type: string}
	resources:
	  bucket: {type: aws.s3.bucket, name: "\${var.name}", encryption: {sse_algorithm: AES256}}
	EOF2
	provider_block >stack.yaml &&
	cat >>stack.yaml <<-EOF2 &&
	variables:
	  versioned: {type: bool, default: true}
	modules:
	  raw: {source: ./mods/safe, name: t0435-raw}
	resources:
	  lake: {type: aws.s3.bucket, name: t0435-lake, versioning: "\${var.versioned}", tags: {owner: data}}
	  db: {type: aws.secretsmanager.secret, name: t0435/db, value: Secret-Pa55word}
	EOF2
	terrace plan -refresh=false -out c.plan >out 2>err &&
	terrace show -json -terraform-names c.plan >c.json &&
	test_not_contains c.json Secret-Pa55word &&
	python3 - c.json <<-EOF2
	import json, sys
	d = json.load(open(sys.argv[1]))
	root = {r["address"]: r for r in d["configuration"]["root_module"]["resources"]}
	v = root["aws_s3_bucket_versioning.lake"]
	assert v["expressions"] == {"bucket": {"references": ["aws_s3_bucket.lake.id", "aws_s3_bucket.lake"]},
	                            "versioning_configuration": [{"status": {"references": ["var.versioned"]}}]}, v
	assert v["type"] == "aws_s3_bucket_versioning" and v["name"] == "lake" and v["mode"] == "managed", v
	sv = root["aws_secretsmanager_secret_version.db"]["expressions"]
	assert sv == {"secret_id": {"references": ["aws_secretsmanager_secret.db.id", "aws_secretsmanager_secret.db"]},
	              "secret_string": {"constant_value": "(sensitive value)"}}, sv
	mod = {r["address"]: r for r in d["configuration"]["root_module"]["module_calls"]["raw"]["module"]["resources"]}
	e = mod["aws_s3_bucket_server_side_encryption_configuration.bucket"]["expressions"]
	assert e["bucket"] == {"references": ["aws_s3_bucket.bucket.id", "aws_s3_bucket.bucket"]}, e
	assert e["rule"] == [{"apply_server_side_encryption_by_default": [{"sse_algorithm": {"constant_value": "AES256"}}]}], e
	lake = [c for c in d["resource_changes"] if c["address"] == "aws_s3_bucket.lake"][0]["change"]
	assert lake["after"]["tags_all"] == lake["after"]["tags"] and lake["after"]["tags_all"]["owner"] == "data", lake
	assert d["terraform_version"].startswith("1.") and d["terrace_version"], d["terraform_version"]
	EOF2
'

if terraform_from_mirror "$PWD"; then
	test_expect_success 'every type and attribute name is in the hashicorp/aws schema' '
		mkdir -p tfschema &&
		printf "terraform {\n  required_providers { aws = { source = \"hashicorp/aws\" } }\n}\n" >tfschema/main.tf &&
		(cd tfschema && terraform init -input=false >init.out 2>&1 &&
		 terraform providers schema -json >../tf-schema.json) &&
		python3 "$HERE/check_names.py" tf-schema.json names.json >check.out;
		rc=$?; cat check.out; test $rc = 0
	'

	test_expect_success 'the plan schema accepts Terraform 1.11'"'"'s own plans, and terrace'"'"'s' '
		mkdir -p tf &&
		cp -r "$CORPUS/main.tf" "$CORPUS/zone" tf/ &&
		(cd tf && terraform init -input=false >init.out 2>&1 &&
		 terraform plan -input=false -refresh=false -out tfplan >plan.out 2>&1 &&
		 terraform show -json tfplan >../tf-plan.json) &&
		cp -r "$CORPUS/stack.yaml" "$CORPUS/zone" . &&
		terrace plan -refresh=false -out t.plan >out 2>err &&
		terrace show -json -terraform-names t.plan >terrace-plan.json &&
		terrace show -json t.plan >terrace-own.json &&
		python3 - "$SCHEMA" tf-plan.json terrace-plan.json terrace-own.json <<-EOF2
		import json, sys, jsonschema
		v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
		for f in sys.argv[2:]:
		    errs = [f"{list(e.absolute_path)}: {e.message[:200]}" for e in v.iter_errors(json.load(open(f)))]
		    assert not errs, (f, errs[:5])
		EOF2
	'

	test_expect_success 'companions are in configuration as Terraform writes them; tags_all; terraform_version' '
		python3 - tf-plan.json terrace-plan.json <<-EOF2
		import json, sys
		tf, tc = (json.load(open(f)) for f in sys.argv[1:])
		def cfg(m): return {r["address"]: r for r in m["resources"]}
		def zone(d): return d["configuration"]["root_module"]["module_calls"]["zone"]["module"]
		tfc, tcc = cfg(tf["configuration"]["root_module"]), cfg(tc["configuration"]["root_module"])
		assert sorted(tfc) == sorted(tcc), sorted(set(tfc) ^ set(tcc))
		tfz, tcz = cfg(zone(tf)), cfg(zone(tc))
		assert sorted(tfz) == sorted(tcz), sorted(set(tfz) ^ set(tcz))
		def shape(e):
		    if isinstance(e, list): return [shape(x) for x in e]
		    return {k: shape(v) if isinstance(v, list) else sorted(v) for k, v in e.items()}
		for a, r, c in [(a, r, tcc[a]) for a, r in tfc.items()] + [(a, r, tcz[a]) for a, r in tfz.items()]:
		    link = {"bucket", "secret_id"} & set(r["expressions"])
		    for k in link:
		        assert c["expressions"][k] == r["expressions"][k], (a, k, c["expressions"][k])
		    if a.split(".")[0] in ("aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
		                           "aws_s3_bucket_public_access_block", "aws_s3_bucket_lifecycle_configuration"):
		        assert shape(c["expressions"]) == shape(r["expressions"]), (a, c["expressions"], r["expressions"])
		def after(d): return {c["address"]: c["change"]["after"] for c in d["resource_changes"]}
		tfa, tca = after(tf), after(tc)
		for a, v in tfa.items():
		    if "tags_all" in v and "owner" in (v["tags_all"] or {}):
		        assert tca[a]["tags_all"]["owner"] == v["tags_all"]["owner"], (a, tca[a])
		assert tc["terraform_version"] == tf["terraform_version"], tc["terraform_version"]
		assert tc["prior_state"]["terraform_version"] == tf["terraform_version"]
		EOF2
	'

	test_expect_success 'eleven policies read both plans alike: the same findings' '
		python3 "$CORPUS/policies.py" tf-plan.json >tf.findings &&
		python3 "$CORPUS/policies.py" terrace-plan.json >terrace.findings &&
		cat >expect <<-EOF2 &&
		aws_cloudwatch_log_group.app: logging: log group without a retention
		aws_db_instance.reports: public_database: database reachable from the internet
		aws_db_instance.warehouse: deletion_protection: destroyed without a final snapshot
		aws_iam_policy.admin: owner_tag: no owner tag
		aws_iam_policy.admin: wildcard_actions: allows every action
		aws_iam_role.deploy: public_trust: grants to everyone
		aws_s3_bucket.raw: owner_tag: no owner tag
		aws_s3_bucket.raw: s3_encryption: bucket without default encryption
		aws_s3_bucket.raw: s3_lifecycle: bucket without a lifecycle rule
		aws_s3_bucket.raw: s3_public_access: public access not blocked
		aws_s3_bucket.raw: s3_versioning: bucket without versioning
		aws_s3_bucket.share: s3_lifecycle: bucket without a lifecycle rule
		aws_s3_bucket.share: s3_public_access: public access not blocked
		aws_s3_bucket_policy.raw: public_trust: grants to everyone
		aws_secretsmanager_secret.db: deletion_protection: deleted without a recovery window
		module.zone["a"].aws_s3_bucket.this: s3_lifecycle: bucket without a lifecycle rule
		module.zone["b"].aws_s3_bucket.this: s3_lifecycle: bucket without a lifecycle rule
		EOF2
		test_cmp expect tf.findings &&
		test_cmp expect terrace.findings &&
		test_not_contains terrace-plan.json "Secret-Pa55word" &&
		test_not_contains terrace-plan.json "Db-Pa55word" &&
		echo "# figure: policies.py: $(grep -c "^def deny_" "$CORPUS/policies.py") policies, $(wc -l <terrace.findings) findings on terrace, $(wc -l <tf.findings) on terraform ($(terraform version | head -n 1))"
	'
else
	test_expect_success "skipped: no terraform or no hashicorp/aws under $TF_MIRROR: the schema and policy comparisons need them" 'true'
fi

test_done

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
# - A policy written for Terraform plans (t0435/policy.jq: versioned buckets,
#   no Action "*", owner tags, secrets marked sensitive) finds the same
#   things in Terraform's own plan of the same stack in HCL as in terrace's.
# Terraform and the hashicorp/aws provider come from the machine image (a
# local filesystem mirror, TF_PROVIDER_MIRROR or /opt/tf-plugins); without
# them the two Terraform steps say they were skipped.
. "$(dirname "$0")/lib.sh"

HERE=$REPO_ROOT/tests/integration/t0435
MIRROR=${TF_PROVIDER_MIRROR:-/opt/tf-plugins}
have_terraform=
if command -v terraform >/dev/null 2>&1 && test -d "$MIRROR/registry.terraform.io/hashicorp/aws"; then
	have_terraform=yes
fi

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
	terrace plan -refresh=false -json >plan.json 2>err &&
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
	"$TERRACE" providers schema -json >schema.json &&
	echo app >app.py &&
	provider_block >stack.yaml &&
	python3 "$HERE/all_types.py" schema.json >>stack.yaml &&
	terrace plan -refresh=false -json -terraform-names >names.json 2>err &&
	test_not_contains names.json "Secret-Pa55word" &&
	jq -r ".resource_changes[].type" names.json | sort -u >types &&
	! grep "^aws\." types
'

if test -n "$have_terraform"; then
	export TF_CLI_CONFIG_FILE=$PWD/cli.tfrc
	cat >cli.tfrc <<-EOF2
	provider_installation {
	  filesystem_mirror {
	    path    = "$MIRROR"
	    include = ["registry.terraform.io/hashicorp/aws"]
	  }
	  direct { exclude = ["registry.terraform.io/hashicorp/aws"] }
	}
	EOF2

	test_expect_success 'every type and attribute name is in the hashicorp/aws schema' '
		mkdir -p tfschema &&
		printf "terraform {\n  required_providers { aws = { source = \"hashicorp/aws\" } }\n}\n" >tfschema/main.tf &&
		(cd tfschema && terraform init -input=false >init.out 2>&1 &&
		 terraform providers schema -json >../tf-schema.json) &&
		python3 "$HERE/check_names.py" tf-schema.json names.json >check.out;
		rc=$?; cat check.out; test $rc = 0
	'

	test_expect_success 'a policy for Terraform plans finds the same in terrace and Terraform plans' '
		mkdir -p tf &&
		cat >tf/main.tf <<-EOF2 &&
		terraform {
		  required_providers { aws = { source = "hashicorp/aws" } }
		}
		provider "aws" {
		  region                      = "us-east-1"
		  access_key                  = "testing"
		  secret_key                  = "testing"
		  skip_credentials_validation = true
		  skip_requesting_account_id  = true
		  skip_metadata_api_check     = true
		}
		resource "aws_s3_bucket" "lake" {
		  bucket = "t0435-lake"
		  tags   = { owner = "data" }
		}
		resource "aws_s3_bucket_versioning" "lake" {
		  bucket = aws_s3_bucket.lake.bucket
		  versioning_configuration { status = "Enabled" }
		}
		resource "aws_s3_bucket" "raw" {
		  bucket = "t0435-raw"
		}
		resource "aws_iam_policy" "admin" {
		  name   = "t0435-admin"
		  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
		}
		resource "aws_iam_policy" "reader" {
		  name   = "t0435-reader"
		  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
		  tags   = { owner = "data" }
		}
		resource "aws_secretsmanager_secret" "db" {
		  name = "t0435/db"
		}
		resource "aws_secretsmanager_secret_version" "db" {
		  secret_id     = aws_secretsmanager_secret.db.id
		  secret_string = "Secret-Pa55word"
		}
		EOF2
		(cd tf && terraform init -input=false >init.out 2>&1 &&
		 terraform plan -input=false -refresh=false -out tfplan >plan.out 2>&1 &&
		 terraform show -json tfplan >../tf-plan.json) &&
		provider_block >stack.yaml &&
		cat >>stack.yaml <<-EOF2 &&
		resources:
		  lake: {type: aws.s3.bucket, name: t0435-lake, versioning: true, tags: {owner: data}}
		  raw: {type: aws.s3.bucket, name: t0435-raw}
		  admin:
		    type: aws.iam.policy
		    name: t0435-admin
		    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
		  reader:
		    type: aws.iam.policy
		    name: t0435-reader
		    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
		    tags: {owner: data}
		  db: {type: aws.secretsmanager.secret, name: t0435/db, value: Secret-Pa55word}
		EOF2
		terrace plan -refresh=false -out t.plan >out 2>err &&
		terrace show -json -terraform-names t.plan >terrace-plan.json &&
		jq -r -f "$HERE/policy.jq" tf-plan.json >tf.findings &&
		jq -r -f "$HERE/policy.jq" terrace-plan.json >terrace.findings &&
		cat >expect <<-EOF2 &&
		aws_iam_policy.admin: no owner tag
		aws_iam_policy.admin: policy allows every action
		aws_s3_bucket.raw: bucket without versioning
		aws_s3_bucket.raw: no owner tag
		EOF2
		test_cmp expect tf.findings &&
		test_cmp expect terrace.findings &&
		test_not_contains terrace-plan.json "Secret-Pa55word" &&
		echo "# figure: policy.jq: $(wc -l <terrace.findings) findings on terrace, $(wc -l <tf.findings) on terraform ($(terraform version | head -n 1))"
	'
else
	test_expect_success "skipped: no terraform or no hashicorp/aws under $MIRROR: the schema and policy comparisons need them" 'true'
fi

test_done

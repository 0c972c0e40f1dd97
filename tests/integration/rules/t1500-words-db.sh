#!/usr/bin/env bash
# t1500-words-db: AWS's own words as rows (issue 79) for RDS, Redshift and
# KMS, refused before any request with the sentence quoted and its document
# named, at the file:line:col of what breaks it, and their valid twins
# passing:
#   - as written (validate): an RDS Custom for Oracle instance without
#     engine_version, an RDS tag key under rds:, a key policy's statement
#     without a principal;
#   - as known (validate -var, and plan): a key's spec given by a variable
#     with rotation on, an RDS Custom for Oracle instance's backups given by
#     a local (0), a Redshift subnet group given 21 subnets by a module's
#     input; validate without -var knows none of them and passes.
# Planned with -refresh=false against an endpoint nothing listens on: no
# server is contacted.
. "$(dirname "$0")/../lib.sh"

# written_stack: the literal mistakes; `fixed` their twins.
written_stack () {
	cat >stack.yaml <<-\YAML
	stack: words-db-written
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  ledger:
	    type: aws.rds.instance
	    identifier: ledger
	    engine: custom-oracle-se2
	    instance_class: db.m5.large
	    allocated_storage: 40
	    master_username: admin1
	    master_password: Passw0rdPassw0rd
	    skip_final_snapshot: true
	  orders:
	    type: aws.rds.instance
	    identifier: orders
	    instance_class: db.t3.micro
	    allocated_storage: 20
	    master_username: etl_admin
	    master_password: Passw0rdPassw0rd
	    skip_final_snapshot: true
	    tags: {"rds:owner": data}
	  signing:
	    type: aws.kms.key
	    policy: {Statement: [{Effect: Allow, Action: "kms:*", Resource: "*"}]}
	YAML
	if test "${1:-}" = fixed; then
		sed -i 's/^    engine: custom-oracle-se2$/&\n    engine_version: 19.my_cev1/; s/"rds:owner"/owner/; s/{Effect: Allow, Action/{Effect: Allow, Principal: {AWS: "arn:aws:iam::123456789012:root"}, Action/' stack.yaml
	fi
}

# known_stack BACKUPS SUBNETS: the values a variable, a local and a
# module's input give.
known_stack () {
	mkdir -p mods/rs &&
	cat >mods/rs/main.yaml <<-\YAML &&
	variables:
	  subnets: {type: list(string)}
	resources:
	  rs: {type: aws.redshift.subnet_group, name: warehouse, subnet_ids: "${var.subnets}"}
	YAML
	cat >stack.yaml <<-YAML
	stack: words-db
	variables:
	  spec: {type: string, default: SYMMETRIC_DEFAULT}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  backups: $1
	modules:
	  warehouse: {source: ./mods/rs, subnets: [$(seq -f "subnet-%017g" -s ", " 1 "$2")]}
	resources:
	  key: {type: aws.kms.key, customer_master_key_spec: "\${var.spec}", enable_key_rotation: true}
	  db: {type: aws.rds.instance, identifier: orders, engine: custom-oracle-ee, engine_version: 19.my_cev1, instance_class: db.m5.large, allocated_storage: 40, master_username: admin1, master_password: Passw0rdPassw0rd, skip_final_snapshot: true, backup_retention_period: "\${local.backups}"}
	YAML
}

test_expect_success 'as written: validate refuses each at its line, quoting AWS; exit 1' '
	written_stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	cat >expect <<-\EXPECT &&
	./stack.yaml:5:3: error: resource "ledger" (aws.rds.instance): engine_version: it is not set, but it must be set when engine is one of "custom-oracle-ee", "custom-oracle-ee-cdb", "custom-oracle-se2", "custom-oracle-se2-cdb": AWS says "This setting is required for RDS Custom for Oracle." (rds CreateDBInstance EngineVersion)
	./stack.yaml:22:5: error: resource "orders" (aws.rds.instance): tags: key "rds:owner": RDS reserves the rds: prefix (e.g. "team"; AWS says a key "can'"'"'t be prefixed with aws: or rds:")
	./stack.yaml:25:5: error: resource "signing" (aws.kms.key): policy: Statement 1 names no Principal: AWS says "Each statement in the key policy must contain one or more principals." (e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:root"})
	EXPECT
	test_cmp expect err &&
	test_empty out
'

test_expect_success 'as written, the twins (engine_version, a tag of its own, a principal) pass' '
	written_stack fixed &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (3 resources)." &&
	test_empty err
'

test_expect_success 'validate without -var knows no variable, local or module input, and passes' '
	known_stack 0 21 &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (2 resources, 1 module call)." &&
	test_empty err
'

spec_refused="./stack.yaml:11:28: error: resource \"key\" (aws.kms.key): customer_master_key_spec: \"RSA_2048\", but it must be \"SYMMETRIC_DEFAULT\" when enable_key_rotation is \"true\": AWS says \"You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS keys, KMS keys with imported key material, or KMS keys in a custom key store.\" (kms EnableKeyRotation KeyId)"
local_refused="./stack.yaml:12:245: error: resource \"db\" (aws.rds.instance): backup_retention_period: 0, but it must be 1 to 35 when engine is one of \"custom-oracle-ee\", \"custom-oracle-ee-cdb\", \"custom-oracle-se2\", \"custom-oracle-se2-cdb\": AWS says \"Can't be set to 0 for an RDS Custom for Oracle DB instance.\" (rds CreateDBInstance BackupRetentionPeriod)"
module_refused="mods/rs/main.yaml:4:58: error: resource \"module.warehouse.rs\" (aws.redshift.subnet_group): subnet_ids: 21 items, but it must be 0 to 20 long: AWS says \"A maximum of 20 subnets can be modified in a single request.\" (redshift CreateClusterSubnetGroup SubnetIds)"

test_expect_success 'as known: validate -var refuses the variable'"'"'s, the local'"'"'s and the module input'"'"'s at their expressions; exit 1' '
	known_stack 0 21 &&
	test_expect_code 1 terrace validate -no-color -var spec=RSA_2048 >out 2>err &&
	test_line err "$spec_refused" &&
	test_line err "$local_refused" &&
	test_line err "$module_refused" &&
	test_equal 3 "$(grep -c "error:" err)" &&
	test_empty out
'

test_expect_success 'plan refuses the same three, before any request; exit 1' '
	known_stack 0 21 &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false -var spec=RSA_2048 >out 2>err &&
	test_line err "$spec_refused" &&
	test_line err "$local_refused" &&
	test_line err "$module_refused" &&
	test_equal 3 "$(grep -c "error:" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success 'the twins (a symmetric key, backups 1, 20 subnets) pass validate and plan' '
	known_stack 1 20 &&
	terrace validate -no-color -var spec=SYMMETRIC_DEFAULT >out 2>err &&
	test_line out "Success! The stack is valid (2 resources, 1 module call)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false -var spec=SYMMETRIC_DEFAULT >out 2>err &&
	test_contains out "Plan: 3 to add, 0 to change, 0 to destroy." &&
	test_empty err
'

test_done

#!/usr/bin/env bash
# t1595-convert-twins: proof by applying both (issue 86 point 1,
# tests/twins/twins.py) on two motos: a CloudFormation template applied by
# moto's own CreateStack and, converted, by terrace; a Terraform folder
# applied by Terraform from the machine's mirror and, converted, by terrace.
# Both faithful conversions hold the same objects (same, with the objects
# counted); a difference planted in the converted stack (a retention, a
# visibility timeout, a topic left out) is found and printed by type, name
# and attribute; a source whose original cannot apply (a provider not in
# the mirror) is counted as such with its reason, never as same; and the
# summary line counts each. The normaliser sets Terraform's name_prefix
# suffix and terrace's aside alike (t1595/suffixes.py: two queues and a
# policy named by a prefix pair by it, and nothing else is taken for a
# suffix); and the CDK half's generated names in lower case
# (CloudFormation's, Cloud Control's, terrace's) and bucket notification
# ids, in pairs, wherever they occur (t1595/generated_names.py: a
# difference beside them, a crossed reference, a name or id of the user's
# still differ); and the values hashicorp/random made for the original
# beside terrace's hex stand-ins with the same text around
# (t1595/random_values.py: other text, another length, a hex string where
# the original has no random value still differ; a value that was a whole
# string never takes an account id's last digits; a pet inside a policy
# document each tool spaces its own way is set aside too); and the account's S3
# Block Public Access, which S3 Control addresses by the account id as a
# host prefix (t1595/account-block: the original's provider asks its
# account id and reaches moto as its proxy, inventory.py reads it back);
# and a bucket's inventory, metrics and Intelligent-Tiering configurations,
# each listed by its own call (t1595/bucket-configs); and a security
# group's permissions, a set of (protocol, ports, source) with each group a
# rule refers to named, however a server groups or orders them
# (t1595/security_groups.py: one rule missing is one difference, not a
# shift of every permission after it).
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1595
TWINS=$REPO_ROOT/tests/twins/twins.py

servers_start_moto moto-original || test_fail_setup "moto did not start"
ORIGINAL=http://127.0.0.1:$SERVERS_STARTED_PORT
servers_start_moto moto-twin || test_fail_setup "moto did not start"
TWIN=http://127.0.0.1:$SERVERS_STARTED_PORT

twins () {
	"$SERVERS_PYTHON" "$TWINS" --terrace "$TERRACE" --original-endpoint "$ORIGINAL" \
		--twin-endpoint "$TWIN" --work "$TRASH/w$RANDOM" --timeout 300 "$@"
}

test_expect_success 'both tools'\'' name_prefix suffixes are set aside alike: queues pair by prefix, a prefix of its own still differs' '
	"$SERVERS_PYTHON" "$here/suffixes.py" "$REPO_ROOT/tests/twins" >out 2>err &&
	test_cmp "$here/suffixes.want" out
'

test_expect_success 'generated names in lower case and notification ids are set aside in pairs; a real difference still shows' '
	"$SERVERS_PYTHON" "$here/generated_names.py" "$REPO_ROOT/tests/twins" >out 2>err &&
	test_cmp "$here/generated_names.want" out
'

test_expect_success 'hashicorp/random'"'"'s values and terrace'"'"'s stand-ins for them are set aside in pairs; a real difference still shows' '
	"$SERVERS_PYTHON" "$here/random_values.py" "$REPO_ROOT/tests/twins" >out 2>err &&
	test_cmp "$here/random_values.want" out
'

test_expect_success 'a security group'"'"'s permissions compare as a set, however grouped or ordered; a rule missing or to another group still differs' '
	"$SERVERS_PYTHON" "$here/security_groups.py" "$REPO_ROOT/tests/twins" >out 2>err &&
	test_cmp "$here/security_groups.want" out
'

test_expect_success 'a type is covered by its whole name, only where a listing reads what it sets: a type of a covered prefix nothing lists is named as not compared' '
	(cd "$REPO_ROOT/tests/twins" && "$SERVERS_PYTHON" -c "
import inventory
covered = [\"aws_s3_bucket_acl\", \"aws_s3_bucket_inventory\", \"aws_lambda_function_event_invoke_config\",
           \"aws_route\", \"aws_vpc_ipam\", \"aws_glue_job\", \"AWS::Lambda::Function\"]
not_covered = [\"aws_route53_zone\", \"aws_vpc_ipam_pool\", \"aws_secretsmanager_secret_version\",
               \"aws_db_instance_automated_backups_replication\", \"aws_s3_bucket_anything\",
               \"AWS::Lambda::CodeSigningConfig\"]
wrong = [t for t in covered if not inventory.covers(t)] + [t for t in not_covered if inventory.covers(t)]
print(wrong)
") >out &&
	test_line out "[]"
'

test_expect_success 'a faithful CloudFormation conversion: the same objects on both motos' '
	twins "$here/queues.template.json" >out 2>err &&
	test_match out "^== tests/integration/convert/t1595/queues.template.json: same \(4 objects, 4 terrace.s\)" &&
	test_line out "twins: 1 sources, 1 same, 0 differ, 0 could not apply"
'

test_expect_success 'a planted difference in the converted template is found, by type, name and attribute' '
	twins --edit-after-convert "$here/plant-drop-topic.py" "$here/queues.template.json" >out 2>err &&
	test_match out "^== tests/integration/convert/t1595/queues.template.json: differ \(2; 4 objects, 3 terrace.s\)" &&
	test_line out "sns.topic twins-t1595-done: only in the original" &&
	test_line out "sqs.queue twins-t1595-work: VisibilityTimeout: original 120, terrace 60" &&
	test_line out "twins: 1 sources, 0 same, 1 differ, 0 could not apply"
'

if terraform_from_mirror "$TRASH"; then
	test_expect_success 'a faithful Terraform conversion: the same objects on both motos' '
		twins "$here/terraform" >out 2>err &&
		test_match out "^== tests/integration/convert/t1595/terraform: same \(4 objects, 4 terrace.s\)" &&
		test_line out "twins: 1 sources, 1 same, 0 differ, 0 could not apply"
	'

	test_expect_success 'a planted difference in the converted Terraform is found; a source that cannot apply is counted with its reason' '
		twins --edit-after-convert "$here/plant-retention.py" "$here/terraform" "$here/needs-docker" >out 2>err &&
		test_match out "^== tests/integration/convert/t1595/terraform: differ \(1; 4 objects, 4 terrace.s\)" &&
		test_line out "logs.log_group /twins/t1595/app: retentionInDays: original 14, terrace 7" &&
		test_match out "^== tests/integration/convert/t1595/needs-docker: could not apply \(original: provider kreuzwerker/docker not in the mirror\)" &&
		test_line out "twins: 2 sources, 0 same, 1 differ, 1 could not apply (1 original: provider kreuzwerker/docker not in the mirror)"
	'

	test_expect_success 'the account'"'"'s S3 Block Public Access: S3 Control (the account id before the host) reached through moto as the provider'"'"'s proxy, listed, and left out by terrace' '
		twins "$here/account-block" >out 2>err &&
		test_match out "^== tests/integration/convert/t1595/account-block: differ \(1; 1 objects, 0 terrace.s\)" &&
		test_line out "s3control.account_public_access_block account: only in the original" &&
		test_line out "twins: 1 sources, 0 same, 1 differ, 0 could not apply"
	'

	test_expect_success 'a bucket'"'"'s inventory, metrics and Intelligent-Tiering configurations are listed by their own calls: left out by terrace, they differ' '
		twins "$here/bucket-configs" >out 2>err &&
		test_match out "^== tests/integration/convert/t1595/bucket-configs: differ \(11; 1 objects, 1 terrace.s\)" &&
		test_line out "s3.bucket twins-t1595-configs: inventory[0].Id: original daily, terrace <absent>" &&
		test_line out "s3.bucket twins-t1595-configs: metrics[0].Id: original all, terrace <absent>" &&
		test_line out "s3.bucket twins-t1595-configs: intelligent_tiering[0].Tierings[0].Days: original 90, terrace <absent>" &&
		test_line out "twins: 1 sources, 0 same, 1 differ, 0 could not apply"
	'
fi

test_done

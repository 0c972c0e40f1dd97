#!/usr/bin/env bash
# t1658-convert-corpus-tfmodules: issue 86's count, the examples of the
# twelve terraform-aws-modules repositories at their current commits
# (tests/corpus/tfmodules, pins.txt), each converted as convert's own
# advice says (the example, then every module folder it names), validated
# and planned on one moto, by tests/corpus/tfmodules/count.py: the run must
# say for every example what the reviewed results.txt says (ok, or the
# stage that failed first and its first error), so an example that comes
# in and one that falls back both fail here until the list is written again
# (`count.py --write`). Each example is taken as after `terraform init`:
# its registry modules installed from the corpus (count.py's
# terraform_init, .terraform/modules/modules.json as Terraform 1.11 writes
# it), none where no corpus folder meets a call's version. Issue 86 is done
# when 80 of the 84 examples are ok.
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto
# The modules' authors' accounts are in an organization: examples read
# aws_organizations_organization (eventbridge's with-permissions, lambda's
# event-source-mapping), which fails the plan of an account in none, as
# Terraform's does. So is this moto's account, as twins.py's
# organization_member makes each of its motos'.
s3 organizations create-organization --feature-set ALL >/dev/null ||
	test_fail_setup "the account's organization was not made"

count=$REPO_ROOT/tests/corpus/tfmodules/count.py
count () {
	"$count" --terrace "$TERRACE" --endpoint "$MOTO_ENDPOINT" "$@"
}

test_expect_success 'every example converts, validates and plans as results.txt says' '
	count --work "$TRASH/all" >all.out 2>&1 || { grep "^count:" all.out; false; } &&
	test_contains all.out "tfmodules: 84 examples, " &&
	tail -n 1 all.out
'

test_expect_success 'as after terraform init: registry modules from the corpus, modules.json as Terraform writes it' '
	count --only terraform-aws-sqs@cc15171 --work "$TRASH/sqs" >out 2>&1 &&
	ex=$TRASH/sqs/terraform-aws-sqs@cc15171/examples/complete &&
	test_contains $ex/.terraform/modules/modules.json "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},{\"Key\":\"cmk_encrypted_sqs\",\"Source\":\"../../\",\"Dir\":\"../..\"}," &&
	test_contains $ex/.terraform/modules/modules.json "{\"Key\":\"kms\",\"Source\":\"registry.terraform.io/terraform-aws-modules/kms/aws\",\"Version\":\"4.2.0\",\"Dir\":\".terraform/modules/kms\"}" &&
	test_contains $ex/.terraform/modules/kms/.pin " v4.2.0" &&
	test_line $ex/stack.yaml "source: ./.terraform/modules/kms" &&
	test -f $ex/.terraform/modules/kms/stack.yaml &&
	test_contains all.out "count: terraform-aws-rds@fa183b6/examples/role-association-postgres: terraform init (from the corpus) fails, converted without it: module rds_invoke_lambda_role: no corpus folder of terraform-aws-iam satisfies version ~> 5.28.0" &&
	test_contains all.out "count: terraform-aws-iam@981121b/examples/iam-role-for-service-accounts: terraform init (from the corpus) fails, converted without it: module eks: no corpus folder of terraform-aws-eks satisfies version ~> 21.0"
'

test_expect_success 'an example the list says otherwise of fails the count, either way' '
	grep "^terraform-aws-sqs@" "$REPO_ROOT/tests/corpus/tfmodules/results.txt" >sqs.txt &&
	test "$(wc -l <sqs.txt)" -eq 1 &&
	printf "terraform-aws-sqs@cc15171/examples/complete\tconvert\tnot this run'"'"'s\n" >other.txt &&
	test_expect_code 1 count --only terraform-aws-sqs@cc15171 --results other.txt >out 2>&1 &&
	test_contains out "count: results.txt has: terraform-aws-sqs@cc15171/examples/complete	convert	not this run'"'"'s" &&
	test_contains out "count: this run has:    $(cat sqs.txt)" &&
	count --only terraform-aws-sqs@cc15171 --results sqs.txt >out 2>&1 &&
	test_contains out "tfmodules: 1 examples, " &&
	: >empty.txt &&
	test_expect_code 1 count --only terraform-aws-sqs@cc15171 --results empty.txt >out 2>&1 &&
	test_contains out "count: this run has:    $(cat sqs.txt)" &&
	count --only terraform-aws-sqs@cc15171 --results empty.txt --write >out 2>&1 &&
	test_cmp sqs.txt empty.txt
'

test -f "$TRASH/all.out" && grep "^tfmodules: " "$TRASH/all.out" | sed "s/^/# figure: /"
test_done

#!/usr/bin/env bash
# time-limit: 1200 (18-42 s of CPU; 431 s seen under a full suite at load 10-12)
# t0713-docs-reference-iam: docs/real-aws.md's IAM table (one row per aws
# type, the operations its source sends) fails `docs/gen-reference.py
# --check`, naming the page and the type, when a type's code calls another
# operation or its row is missing; an operation sent by a shared helper
# reaches only the types that call it.
. "$(dirname "$0")/../lib.sh"

gen () {
	python3 "$REPO_ROOT/docs/gen-reference.py" --terrace "$TERRACE" "$@"
}

test_expect_success 'a stale IAM table fails, naming the page and the type' '
	cp -r "$REPO_ROOT/docs" iam && cp -r "$REPO_ROOT/provider/aws" src &&
	sed -i "/^| \`aws.ec2.vpc\` |/d" iam/real-aws.md &&
	sed -i "s/\"ModifySubnetAttribute\"/\"ModifyVpcAttribute\"/" src/ec2/subnet.c &&
	test_expect_code 1 gen --check --docs iam --source src 2>err &&
	test_contains err "real-aws.md: iam actions: type aws.ec2.vpc is missing" &&
	test_contains err "real-aws.md: iam actions: type aws.ec2.subnet differs from the source" &&
	test_contains err "source: | \`aws.ec2.subnet\` | \`ec2:CreateSubnet\`, \`ec2:CreateTags\`, \`ec2:DeleteSubnet\`, \`ec2:DeleteTags\`, \`ec2:DescribeSubnets\`, \`ec2:ModifyVpcAttribute\` |" &&
	test $(grep -c "^real-aws.md\|^iam/real-aws.md" err) = 2 &&
	gen --docs iam --source src >out &&
	test_contains out "wrote iam/real-aws.md" &&
	gen --check --docs iam --source src
'

test_expect_success 'a helper'"'"'s operation reaches only the types that call it' '
	cp -r "$REPO_ROOT/provider/aws" src2 &&
	sed -i "s/\"DeleteTags\"/\"DeleteVpcPeeringConnection\"/" src2/ec2/api.c &&
	test_expect_code 1 gen --check --source src2 2>err &&
	test_contains err "type aws.ec2.vpc differs from the source" &&
	test_contains err "type aws.ec2.eip differs from the source" &&
	# negatives: no run of terrace (the generator'"'"'s check, its two differences just read)
	! grep "aws.ec2.security_group_rule differs" err &&
	! grep "aws.s3.bucket differs" err # negatives: no run of terrace (as above)
'

test_done

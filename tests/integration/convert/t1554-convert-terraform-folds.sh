#!/usr/bin/env bash
# t1554-convert-terraform-folds: a configuration whose bucket, role, secret
# and queue are split over several Terraform resources (versioning,
# encryption, public access block, lifecycle, a policy naming the bucket's
# ARN through an aws_iam_policy_document; an inline policy and an
# attachment; a secret's version; a queue policy naming the queue's ARN),
# converted by terrace convert (stacks/convert_tf_types.c folds them into
# their owner), applies on moto: each object has what the split resources
# gave it, and the stack plans no change after. Security group rules of the
# security-group module's shapes (count over lists of maps, comma-joined
# CIDR blocks, IPv6 ranges, self, a for_each map, a group named by a
# condition) are a rule per source and apply to the same permissions, and
# a computed rule whose group is made in the same run plans (its keys the
# count index's, not the group's), and a rule whose CIDR is a module's
# VPC's cidr_block (the rds examples') has its sources counted at plan; a
# table of dynamic blocks (attributes, an index, a TTL) applies whole; split
# resources with count or for_each fold per instance into an owner of at
# most one instance (a role's policies, a bucket's versioning); attributes
# read through [0] that terrace's types name otherwise or build (ARNs,
# owners, a bucket's regional name) read what AWS has. Queues of the sqs
# module's shape: its redrive policies and its policy through [0] folded
# into the queue, hashicorp/aws's max_message_size default (262,144, not
# SQS's) asked as Terraform asks it; a redrive allow policy warned of.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

HERE=$TEST_HERE/t1554

test_expect_success 'the configuration converts with nothing left out and applies on moto' '
	mkdir stack &&
	terrace convert "$HERE" >stack/main.yaml 2>err &&
	test_empty err &&
	write_stack stack/provider.yaml &&
	(cd stack && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed."
'

test_expect_success 'each owner has what its split resources gave it' '
	s3 s3api get-bucket-versioning --bucket t1554-logs --query Status --output text >v &&
	test_line v Enabled &&
	s3 s3api get-bucket-encryption --bucket t1554-logs >enc &&
	test_contains enc AES256 &&
	s3 s3api get-public-access-block --bucket t1554-logs >pab &&
	test_contains pab "\"RestrictPublicBuckets\": true" &&
	s3 s3api get-bucket-lifecycle-configuration --bucket t1554-logs >life &&
	test_contains life "\"Days\": 30" &&
	s3 s3api get-bucket-policy --bucket t1554-logs --query Policy --output text >policy &&
	test_contains policy "arn:aws:s3:::t1554-logs/*" &&
	s3 iam list-role-policies --role-name t1554-app --query "PolicyNames[0]" --output text >inline &&
	test_line inline write &&
	s3 iam list-attached-role-policies --role-name t1554-app \
		--query "AttachedPolicies[0].PolicyName" --output text >attached &&
	test_line attached t1554-read &&
	s3 secretsmanager get-secret-value --secret-id t1554-token --query SecretString \
		--output text >secret &&
	test_line secret s3cret &&
	s3 sqs get-queue-attributes --queue-url "$(s3 sqs get-queue-url --queue-name t1554-jobs \
		--query QueueUrl --output text)" --attribute-names Policy >qp &&
	test_contains qp "t1554-jobs"
'

test_expect_success 'and plans no change' '
	(cd stack && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'security group rules as the security-group module writes them: a rule per source, IPv6 ranges beside, applied on moto' '
	mkdir rules &&
	terrace convert "$HERE/rules" >rules/main.yaml 2>err &&
	test_empty err &&
	write_stack rules/provider.yaml &&
	(cd rules && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 12 added, 0 changed, 0 destroyed." &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-rules \
		--query "SecurityGroups[0].IpPermissions[]" >perms &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-other \
		--query "SecurityGroups[0].GroupId" --output text >other_id &&
	python3 - perms "$(cat other_id)" >got <<-\EOT &&
	import json, sys
	other = sys.argv[2]
	for p in json.load(open(sys.argv[1])):
	    port = p.get("FromPort")
	    for r in p.get("IpRanges", []):
	        print(port, r["CidrIp"])
	    for r in p.get("Ipv6Ranges", []):
	        print(port, r["CidrIpv6"])
	    for g in p.get("UserIdGroupPairs", []):
	        print(port, "other" if g["GroupId"] == other else "self")
	EOT
	sort got >sorted &&
	printf "%s\n" "22 self" "443 10.0.0.0/8" "443 10.1.0.0/16" "443 10.3.0.0/16" \
		"443 2001:db8::/64" "5432 other" "80 10.2.0.0/16" "80 2001:db8::/64" >want &&
	test_cmp want sorted &&
	# the IPv6 ranges through Cloud Control too (the moto patch
	# cloudformation_security_group_rules.py makes them EC2 rules, as AWS does)
	s3 cloudcontrol list-resources --type-name AWS::EC2::SecurityGroupIngress \
		--query "ResourceDescriptions[].Properties" >six &&
	python3 -c "import json,sys; [print(p.get(\"FromPort\"), p[\"CidrIpv6\"], p[\"GroupId\"] == sys.argv[1]) for p in map(json.loads, json.load(open(\"six\")))]" \
		"$(s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-rules --query "SecurityGroups[0].GroupId" --output text)" | sort >got6 &&
	printf "%s\n" "443 2001:db8::/64 True" "80 2001:db8::/64 True" >want6 &&
	test_cmp want6 got6
'

test_expect_success 'and the rules plan no change' '
	(cd rules && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the module'\''s computed rule, its group made in the same run: keys known when planning, applied on moto' '
	mkdir computed &&
	terrace convert "$HERE/computed" >computed/main.yaml 2>err &&
	test_empty err &&
	write_stack computed/provider.yaml &&
	(cd computed && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	(cd computed && terrace state list >../out 2>../err) &&
	test_line out "computed_ingress_with_source_security_group_id[\"0/source_security_group_id/0\"]" &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-computed \
		--query "SecurityGroups[0].IpPermissions[0].[FromPort, UserIdGroupPairs[0].GroupId]" \
		--output text >perm &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-computed-source \
		--query "SecurityGroups[0].GroupId" --output text >source_id &&
	test_line perm "3306	$(cat source_id)" &&
	(cd computed && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'rules whose CIDR is a VPC module'\''s vpc_cidr_block (the rds examples'\''): the count of sources is known when planning, as Terraform plans a configured cidr_block, applied on moto' '
	mkdir -p vpcrule/tf/net &&
	cat >vpcrule/tf/net/main.tf <<-\EOT &&
	variable "cidr" {}
	resource "aws_vpc" "this" {
	  count      = 1
	  cidr_block = var.cidr
	}
	output "vpc_id" {
	  value = try(aws_vpc.this[0].id, null)
	}
	output "vpc_cidr_block" {
	  value = try(aws_vpc.this[0].cidr_block, null)
	}
	EOT
	cat >vpcrule/tf/main.tf <<-\EOT &&
	module "net" {
	  source = "./net"
	  cidr   = "10.61.0.0/16"
	}
	resource "aws_security_group" "this" {
	  name   = "t1554-vpc-rule"
	  vpc_id = module.net.vpc_id
	}
	locals {
	  ingress_with_cidr_blocks = [
	    { from_port = 3306, to_port = 3306, protocol = "tcp", cidr_blocks = module.net.vpc_cidr_block },
	  ]
	}
	resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
	  count             = length(local.ingress_with_cidr_blocks)
	  security_group_id = aws_security_group.this.id
	  type              = "ingress"
	  cidr_blocks       = compact(split(",", lookup(local.ingress_with_cidr_blocks[count.index], "cidr_blocks", "")))
	  from_port         = local.ingress_with_cidr_blocks[count.index]["from_port"]
	  to_port           = local.ingress_with_cidr_blocks[count.index]["to_port"]
	  protocol          = local.ingress_with_cidr_blocks[count.index]["protocol"]
	}
	EOT
	terrace convert vpcrule/tf/net -out vpcrule/tf/net/stack.yaml 2>err &&
	test_empty err &&
	terrace convert vpcrule/tf -out vpcrule/tf/stack.yaml 2>err &&
	write_stack vpcrule/tf/provider.yaml &&
	(cd vpcrule/tf && terrace apply -auto-approve >../../out 2>../../err) &&
	test_contains out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	(cd vpcrule/tf && terrace state list >../../out 2>../../err) &&
	test_contains out "ingress_with_cidr_blocks[\"0/cidr_block/0\"]" &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-vpc-rule \
		--query "SecurityGroups[0].IpPermissions[0].[FromPort, IpRanges[0].CidrIp]" \
		--output text >perm &&
	test_line perm "3306	10.61.0.0/16" &&
	(cd vpcrule/tf && terrace plan -detailed-exitcode >../../out 2>../../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a table of dynamic blocks (the dynamodb-table module'\''s) applies on moto with its attributes, index and TTL' '
	mkdir table &&
	terrace convert "$HERE/table" >table/main.yaml 2>err &&
	test_empty err &&
	write_stack table/provider.yaml &&
	(cd table && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	s3 dynamodb describe-table --table-name t1554-table \
		--query "[Table.AttributeDefinitions[].AttributeName, Table.GlobalSecondaryIndexes[].[IndexName, Projection.ProjectionType, Projection.NonKeyAttributes]]" \
		--output text >desc &&
	printf "%s\n" "age	id	title" "TitleIndex	INCLUDE" "id" >want &&
	test_cmp want desc &&
	s3 dynamodb describe-time-to-live --table-name t1554-table \
		--query TimeToLiveDescription.AttributeName --output text >ttl &&
	test_line ttl expires &&
	(cd table && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'split resources with count and for_each fold per instance into an owner of at most one (the lambda and s3-bucket modules'\'' shape), applied on moto' '
	mkdir instances &&
	terrace convert "$HERE/instances" >instances/main.yaml 2>err &&
	test_contains instances/main.yaml "resources:" &&
	test_empty err &&
	write_stack instances/provider.yaml &&
	(cd instances && terrace apply -auto-approve >../out7 2>../err7) &&
	test_contains out7 "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	s3 iam list-role-policies --role-name t1554-fn --query "sort(PolicyNames)" --output text >names &&
	test_line names "t1554-fn-0	t1554-fn-logs" &&
	s3 iam get-role-policy --role-name t1554-fn --policy-name t1554-fn-logs \
		--query PolicyDocument >logs &&
	test_contains logs "logs:PutLogEvents" &&
	s3 iam list-attached-role-policies --role-name t1554-fn \
		--query "AttachedPolicies[].PolicyArn" --output text >attached &&
	test_line attached arn:aws:iam::123456789012:policy/t1554-fn-read &&
	s3 s3api get-bucket-versioning --bucket t1554-instances --query Status --output text >v &&
	test_line v Enabled &&
	(cd instances && terrace plan -detailed-exitcode >../plan7 2>../err7) &&
	test_line plan7 "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'attributes the modules read through [0]: by the type'\''s name, or built of what it has, as AWS has them (moto); a partition'\''s dns_suffix; a name or a prefix chosen by a condition' '
	mkdir attrs &&
	terrace convert "$HERE/attrs" >attrs/main.yaml 2>err &&
	test_empty err &&
	write_stack attrs/provider.yaml &&
	(cd attrs && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	s3 iam list-roles --query "Roles[?starts_with(RoleName, '\''t1554-p'\'')].RoleName" \
		--output text | tr "\t" "\n" | sort >chosen &&
	test_line chosen t1554-plain &&
	grep -E "^t1554-pre-[0-9a-f]{8}$" chosen &&
	(cd attrs && terrace output -json >../outputs.json) &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-attrs \
		--query "SecurityGroups[0].[SecurityGroupArn, OwnerId, VpcId]" --output text >sg &&
	s3 s3api get-bucket-location --bucket t1554-attrs --query LocationConstraint --output text >loc &&
	python3 - outputs.json sg loc <<-\EOT >got &&
	import json, sys
	o = {k: v["value"] for k, v in json.load(open(sys.argv[1])).items()}
	arn, owner, vpc = open(sys.argv[2]).read().split()
	region = open(sys.argv[3]).read().strip()
	region = "us-east-1" if region in ("None", "null", "") else region
	print(o["security_group_arn"] == arn, o["security_group_owner_id"] == owner)
	print(o["vpc_arn"].endswith(":vpc/" + vpc), o["vpc_arn"].split(":")[4] == owner)
	print(o["bucket_regional_domain_name"] == "t1554-attrs.s3.%s.amazonaws.com" % region,
	      o["bucket_hosted_zone_id"])
	print(o["role_name"], o["service_principal"])
	EOT
	printf "%s\n" "True True" "True True" "True Z3AQBSTGFYJSTF" "t1554-attrs pipes.amazonaws.com" >want &&
	test_cmp want got
'

test_expect_success 'queues as the sqs module writes them: redrive policies, the dead-letter queue'\''s allow policy (its source queue'\''s ARN built of its name: no circle) and a policy through [0] folded into each queue (its statements'\'' null members left out, a null effect Allow), hashicorp/aws'\''s max_message_size asked, applied on moto' '
	mkdir queues &&
	terrace convert "$HERE/queues" >queues/main.yaml 2>err &&
	test_empty err &&
	write_stack queues/provider.yaml &&
	(cd queues && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	for q in t1554-work t1554-work-dlq t1554-plain; do
		s3 sqs get-queue-attributes --attribute-names All --query Attributes \
			--queue-url "$(s3 sqs get-queue-url --queue-name $q --query QueueUrl --output text)" \
			>attrs-$q || return 1
	done &&
	python3 - attrs-t1554-work attrs-t1554-work-dlq attrs-t1554-plain >got <<-\EOT &&
	import json, sys
	for path in sys.argv[1:]:
	    a = json.load(open(path))
	    redrive = json.loads(a.get("RedrivePolicy", "{}"))
	    allow = json.loads(a.get("RedriveAllowPolicy", "{}"))
	    policy = json.loads(a.get("Policy", "{}"))
	    print(path[6:], a["MaximumMessageSize"], redrive.get("deadLetterTargetArn", "-").split(":")[-1],
	          redrive.get("maxReceiveCount", "-"), allow.get("redrivePermission", "-"),
	          [q.split(":")[-1] for q in allow.get("sourceQueueArns", [])],
	          [(s["Sid"], s["Effect"], [r.split(":")[-1] for r in s["Resource"]], ",".join(sorted(s)))
	           for s in policy.get("Statement", [])])
	EOT
	cat >want <<-\EOT &&
	t1554-work 262144 t1554-work-dlq 5 - [] [('"'"'Owner'"'"', '"'"'Allow'"'"', ['"'"'t1554-work'"'"'], '"'"'Action,Effect,Principal,Resource,Sid'"'"')]
	t1554-work-dlq 2048 - - byQueue ['"'"'t1554-work'"'"'] []
	t1554-plain 262144 t1554-work-dlq 3 - [] []
	EOT
	test_cmp want got &&
	(cd queues && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a security group without vpc_id is made in the default VPC, as EC2 makes it (the rules-only example'\''s)' '
	mkdir novpc novpc/tf &&
	cat >novpc/tf/main.tf <<-\EOT &&
	resource "aws_security_group" "service_one" {
	  name        = "t1554-service-one"
	  description = "Allow access from service two"
	}
	EOT
	terrace convert novpc/tf >novpc/main.yaml 2>err &&
	test_contains novpc/main.yaml "resources:" &&
	test_empty err &&
	write_stack novpc/provider.yaml &&
	(cd novpc && terrace apply -auto-approve >../out 2>../err) &&
	s3 ec2 describe-security-groups --filters Name=group-name,Values=t1554-service-one \
		--query "SecurityGroups[0].VpcId" --output text >got &&
	s3 ec2 describe-vpcs --filters Name=is-default,Values=true --query "Vpcs[0].VpcId" \
		--output text >want &&
	test_cmp want got
'

test_done

#!/usr/bin/env bash
# t1650-convert-cdk: a template as `cdk synth` writes it
# (t1650/pipeline.template.json: a landing bucket whose uploads invoke a
# function, a Glue table, a Firehose stream logging to its own log stream,
# the CDK's custom resources, its bootstrap version check and metadata),
# converted as a CDK user expects (issue 86 point 5): the bootstrap version
# parameter and the rule that reads it alone are named and left out, not
# counted (they check the stack `cdk deploy` uses, which terrace does not),
# so plan does not stop on a variable nobody reads (nor is the condition
# only the CDK's metadata used a local nothing reads); a rule that reads
# another parameter is still left out and counted; Ref of a log stream is
# the stream's name, as CloudFormation's Ref of AWS::Logs::LogStream is;
# AWS::Glue::Table, which Cloud Control cannot make, is the written type
# types.def names its twin (aws.glue.table), its TableInput's members the
# type's attributes; Custom::S3BucketNotifications is
# aws.s3.bucket_notification (applied on moto: S3 holds the function's
# configuration with its filter, and a second plan has no change), and
# Custom::VpcRestrictDefaultSG of a VPC the template makes is
# aws.ec2.default_security_group (applied: the default group keeps no rule);
# every other CDK custom resource is named with what makes the same in terrace.
. "$(dirname "$0")/../lib.sh"

# The CDK's function role attaches AWS's managed AWSLambdaBasicExecutionRole,
# which every account has; moto holds AWS's managed policies only when asked
# (and Cloud Control now attaches a role's ManagedPolicyArns, as AWS does:
# cloudformation_iam_role_managed_policies.py).
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto

# The template converted again, for a step to read its run: c.yaml and err.
convert_cdk () {
	test_expect_code 3 terrace convert "$f" >c.yaml 2>err &&
	test_line err "5 constructs left out (the warnings above say which and why)"
}

here=$TEST_DIR/convert/t1650
f=$here/pipeline.template.json

test_expect_success 'convert the CDK template' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$f" >out 2>err
'

test_expect_success 'Ref of a log stream is its name, with no warning (the Firehose logs to the stream made)' '
	convert_cdk &&
	test_line c.yaml "log_stream_name: \${DeliveryLogsS3Destination2E3F4A5B.log_stream_name}" &&
	test_line c.yaml "value: \${DeliveryLogsS3Destination2E3F4A5B.log_stream_name}" &&
	test_not_contains err "Ref DeliveryLogsS3Destination2E3F4A5B"
'

test_expect_success 'the bootstrap version and its rule are named, not counted, and no variable; the metadata'\''s condition no local' '
	convert_cdk &&
	test_line err "$f:452:3: warning: parameter BootstrapVersion: the CDK'\''s bootstrap version (SSM Parameter Store'\''s /cdk-bootstrap/hnb659fds/version), which only the template'\''s rules read, for the bootstrap stack \`cdk deploy\` uses; terrace deploys without it, so it is no variable to give; left out" &&
	test_line err "$f:459:3: warning: rule CheckBootstrapVersion: checks the CDK'\''s bootstrap version, for the bootstrap stack \`cdk deploy\` uses, which terrace does not; left out" &&
	test_line err "$f:418:3: warning: condition CDKMetadataAvailable: only resources the stack does not carry use it; left out" &&
	test_not_contains err "Rules: rules over the parameters" &&
	test_not_contains c.yaml BootstrapVersion &&
	test_not_contains c.yaml CDKMetadataAvailable
'

test_expect_success 'the Glue table is aws.glue.table, TableInput unwrapped into its attributes' '
	convert_cdk &&
	test_line c.yaml "type: aws.glue.table" &&
	sed -n "/^  EventsTable1B2C3D4E:/,/^  [A-Z]/p" c.yaml >table &&
	for line in "database: \${CatalogDatabase9F8E7D6C.id}" "name: events" \
		"description: events landed as CSV" "table_type: EXTERNAL_TABLE" "classification: csv" \
		"- name: day" "location: \${join(\"\", [\"s3://\", LandingBucket7B8E1C2A.id, \"/incoming/\"])}" \
		"serialization_library: org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"; do
		test_line table "$line" || return 1
	done &&
	test_not_contains c.yaml TableInput &&
	test_not_contains err CatalogId &&
	test_not_contains err "Ref CatalogDatabase9F8E7D6C" &&
	test_not_contains err "EventsTable1B2C3D4E: AWS::Glue::Table: Cloud Control cannot make it" &&
	python3 -c "import json, sys; t = json.load(open(sys.argv[1])); t[\"Outputs\"][\"Table\"] = {\"Value\": {\"Ref\": \"EventsTable1B2C3D4E\"}}; json.dump(t, sys.stdout)" "$f" >ref.json &&
	test_expect_code 3 terrace convert ref.json >ref.yaml 2>/dev/null &&
	test_line ref.yaml "value: \${EventsTable1B2C3D4E.name}"
'

test_expect_success 'AWS::Glue::Connection and AWS::LakeFormation::Permissions are their written types, their blocks unwrapped, the account'\''s own CatalogId said by nothing; the stack validates' '
	mkdir catalog &&
	terrace convert -out catalog/stack.yaml "$here/catalog.yaml" >out 2>err3 &&
	test_empty err3 &&
	test_not_contains catalog/stack.yaml catalog_id &&
	for line in "type: aws.glue.connection" "name: warehouse" "connection_type: JDBC" \
		"subnet_id: subnet-0123456789abcdef0" "type: aws.lakeformation.permissions" \
		"principal: arn:aws:iam::123456789012:role/analyst" "database_name: lake" \
		"value: \${Conn.name}"; do
		test_line catalog/stack.yaml "$line" || return 1
	done &&
	(cd catalog && terrace validate -no-color) >out 2>err4 &&
	test_contains out "Success! The stack is valid (2 resources)." &&
	sed "s/CatalogId: !Ref AWS::AccountId/CatalogId: \"210987654321\"/" "$here/catalog.yaml" >other.yaml &&
	test_expect_code 3 terrace convert other.yaml >other.stack 2>err9 &&
	test_line err9 "other.yaml:7:18: warning: resource Conn: CatalogId may name another account; aws.glue.connection always takes the caller'\''s own; left out"
'

test_expect_success 'plan does not stop: every resource carried is planned' '
	write_stack s/moto.yaml &&
	sed -i "/^stack: /d" s/moto.yaml &&
	(cd s && terrace plan -input=false -no-color) >out 2>errp &&
	test_contains out "Plan: 11 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a rule that reads another parameter beside it is left out and counted' '
	python3 - "$f" >two.json <<-\PY &&
	import json, sys
	t = json.load(open(sys.argv[1]))
	t["Parameters"]["Stage"] = {"Type": "String", "Default": "dev"}
	t["Rules"]["StageKnown"] = {"Assertions": [{"Assert": {"Fn::Contains": [["dev", "prod"], {"Ref": "Stage"}]}}]}
	json.dump(t, sys.stdout, indent=1)
	PY
	test_expect_code 3 terrace convert two.json >two.yaml 2>err2 &&
	test_contains err2 "warning: rule CheckBootstrapVersion: checks the CDK" &&
	test_contains err2 "warning: Rules: rules over the parameters CloudFormation checks before a change set" &&
	test_line two.yaml "Stage:"
'

test_expect_success 'Custom::S3BucketNotifications is aws.s3.bucket_notification; the other CDK custom resources are named with what replaces them' '
	convert_cdk &&
	sed -n "/^  LandingBucketNotifications3F5C0E7D:/,/^  [A-Z]/p" c.yaml >notification &&
	for line in "type: aws.s3.bucket_notification" "bucket: \${LandingBucket7B8E1C2A.id}" \
		"- lambda_function_arn: \${IngestFunction2C3D4E5F.arn}" "- s3:ObjectCreated:*" \
		"filter_suffix: .csv" "filter_prefix: incoming/" \
		"- LandingBucketAllowBucketNotificationsToPipelineStackIngestFunction9A8B7C6D"; do
		test_line notification "$line" || return 1
	done &&
	test_not_contains err "Custom::S3BucketNotifications" &&
	test_line err "$f:52:12: warning: resource LandingBucketAutoDeleteObjectsCustomResource5D2E9F1B: Custom::S3AutoDeleteObjects is the CDK'\''s autoDeleteObjects: its handler empties the bucket before CloudFormation deletes it; terrace calls no handler; left out: write the bucket as aws.s3.bucket with force_destroy: true, which empties it on destroy" &&
	test_contains err "resource IngestFunctionLogRetention8E7F6A5B: Custom::LogRetention is the CDK'\''s logRetention: its handler sets a log group'\''s retention" &&
	test_contains err "left out: write the group as aws.logs.log_group with its name and retention_in_days" &&
	test_contains err "resource SeedParameter4C5D6E7F: Custom::AWS is the CDK'\''s AwsCustomResource: an AWS API call" &&
	test_not_contains err "is a custom resource: CloudFormation calls its provider"
'

test_expect_success 'the bucket notification applies on moto: S3 holds the function with its filter, and plans no change' '
	mkdir a && cp s/moto.yaml a/ && sed "/^outputs:/,\$d" s/stack.yaml >a/stack.yaml &&
	t=-target=LandingBucketNotifications3F5C0E7D &&
	(cd a && terrace apply $t -auto-approve -input=false -no-color) >out 2>err5 &&
	test_contains out "Apply complete! Resources: 5 added, 0 changed, 0 destroyed." &&
	bucket=$(json_get a/terrace.state.json "d[\"resources\"][\"LandingBucket7B8E1C2A\"][\"id\"]") &&
	s3 s3api get-bucket-notification-configuration --bucket "$bucket" >notification.json &&
	test_equal "s3:ObjectCreated:* .csv incoming/" "$(json_get notification.json "\" \".join(d[\"LambdaFunctionConfigurations\"][0][\"Events\"] + sorted(r[\"Value\"] for r in d[\"LambdaFunctionConfigurations\"][0][\"Filter\"][\"Key\"][\"FilterRules\"]))")" &&
	test_contains notification.json "function:" &&
	(cd a && test_expect_code 0 terrace plan $t -detailed-exitcode -input=false -no-color) >out 2>err6 &&
	test_contains out "No changes."
'

test_expect_success 'a Glue table the template leaves unnamed gets the name CloudFormation would make, in Glue'\''s lower case: it applies (its database made by the CLI) and plans no change' '
	python3 -c "import json, sys; t = json.load(open(sys.argv[1])); del t[\"Resources\"][\"EventsTable1B2C3D4E\"][\"Properties\"][\"TableInput\"][\"Name\"]; json.dump(t, sys.stdout)" "$f" >unnamed.json &&
	mkdir u && test_expect_code 3 terrace convert -out u/stack.yaml unnamed.json >out 2>err12 &&
	test_line u/stack.yaml "name: \${lower(terrace.stack)}-eventstable1b2c3d4e-\${substr(sha1(\"terrace:\${terrace.stack}/\${terrace.workspace}/EventsTable1B2C3D4E\"), 0, 8)}" &&
	write_stack u/moto.yaml && sed -i "s/^stack: .*/stack: Pipeline-CDK/" u/moto.yaml &&
	sed -i -e "/^outputs:/,\$d" -e "s/database: \${CatalogDatabase9F8E7D6C.id}/database: pipeline/" u/stack.yaml &&
	aws_server glue create-database --database-input Name=pipeline &&
	t=-target=EventsTable1B2C3D4E &&
	(cd u && terrace apply $t -auto-approve -input=false -no-color) >out 2>err13 &&
	test_contains out "Apply complete!" &&
	aws_server glue get-tables --database-name pipeline >tables.json &&
	name=$(json_get tables.json "d[\"TableList\"][0][\"Name\"]") &&
	case "$name" in pipeline-cdk-eventstable1b2c3d4e-????????) ;; *) echo "table named $name"; false;; esac &&
	(cd u && test_expect_code 0 terrace plan $t -detailed-exitcode -input=false -no-color) >out 2>err14 &&
	test_contains out "No changes."
'

test_expect_success 'code in the CDK'\''s asset bucket is warned of where it is named, counted' '
	test_expect_code 3 terrace convert "$here/asset.template.json" >asset.yaml 2>err8 &&
	test_line err8 "$here/asset.template.json:2:78: warning: cdk-hnb659fds-assets-\${AWS::AccountId}-\${AWS::Region}: the CDK'\''s asset bucket, the bootstrap stack'\''s, where \`cdk deploy\` uploads the app'\''s file assets (cdk.out/asset.*); terrace uploads none and makes no bootstrap stack: upload them (aws.s3.artifact) and name their bucket and key here" &&
	test_line err8 "1 construct left out (the warnings above say which and why)"
'

test_expect_success 'the custom resources'\'' handlers and what only they use are left out, named; what else reads stays' '
	h=$here/handlers.template.json &&
	test_expect_code 3 terrace convert -out handlers.yaml "$h" >out 2>err10 &&
	for r in CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F \
		BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691 \
		BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC \
		BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleDefaultPolicy2CF63D36; do
		test_contains err10 ": warning: resource $r: a custom resource'\''s handler, or what only a handler uses; CloudFormation calls it, terrace does not" &&
		test_not_contains handlers.yaml "$r:" || return 1
	done &&
	test_line err10 "1 construct left out (the warnings above say which and why)" &&
	for r in Landing LandingPolicy LandingNotifications LandingAllowNotifications IngestRole Ingest \
		CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092; do
		test_line handlers.yaml "$r:" || return 1
	done &&
	mkdir h && mv handlers.yaml h/stack.yaml &&
	(cd h && terrace validate -no-color) >out 2>err11 &&
	test_contains out "Success! The stack is valid (7 resources)."
'

bucket_of () {
	sed -n "s/.*bucket_name *= \"\(landing-[^\"]*\)\".*/\1/p" "$1"
}

test_expect_success 'a name made unique by AWS::StackId is unique per stack and workspace' '
	mkdir pipeline-prod && cp s/stack.yaml s/moto.yaml pipeline-prod/ &&
	(cd s && terrace plan -input=false -no-color) >p1 2>/dev/null &&
	(cd s && terrace workspace new dev && terrace plan -input=false -no-color) >p2 2>/dev/null &&
	(cd pipeline-prod && terrace plan -input=false -no-color) >p3 2>/dev/null &&
	(cd s && terrace workspace select default && terrace plan -input=false -no-color) >p4 2>/dev/null &&
	n1=$(bucket_of p1) && n2=$(bucket_of p2) && n3=$(bucket_of p3) &&
	for n in "$n1" "$n2" "$n3"; do
		echo "$n" | grep -Ex "landing-[0-9a-f]{8}" || return 1
	done &&
	test "$n1" != "$n2" && test "$n1" != "$n3" && test "$n2" != "$n3" &&
	test_equal "$n1" "$(bucket_of p4)" &&
	test_not_contains s/stack.yaml "element(split(\"/\", terrace.stack)" &&
	test_not_contains err "AWS::StackId"
'

test_expect_success 'Custom::VpcRestrictDefaultSG of a VPC the template makes is aws.ec2.default_security_group: applied, the group keeps no rule' '
	v=$here/vpc.template.json &&
	mkdir vpc && cp s/moto.yaml vpc/ &&
	test_expect_code 3 terrace convert -out vpc/stack.yaml "$v" >out 2>err &&
	sed -n "/^  VpcRestrictDefaultSecurityGroupCustomResourceC73DA2BE:/,/^  [A-Z]/p" vpc/stack.yaml >group &&
	test_line group "type: aws.ec2.default_security_group" &&
	test_line group "vpc_id: \${Vpc8378EB38.id}" &&
	test_contains err "resource ImportedRestrictDefaultSecurityGroup: Custom::VpcRestrictDefaultSG is the CDK'\''s restrictDefaultSecurityGroup of a VPC the template does not make" &&
	test_contains err "left out: write aws.ec2.default_security_group with that VPC'\''s vpc_id" &&
	test_line err "1 construct left out (the warnings above say which and why)" &&
	(cd vpc && terrace apply -auto-approve -input=false -no-color) >out 2>err7 &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	vpc=$(json_get vpc/terrace.state.json "d[\"resources\"][\"Vpc8378EB38\"][\"id\"]") &&
	s3 ec2 describe-security-groups --filters "Name=vpc-id,Values=$vpc" "Name=group-name,Values=default" \
		--output json >groups.json &&
	test_equal "0 0" "$(json_get groups.json "\"%d %d\" % (len(d[\"SecurityGroups\"][0][\"IpPermissions\"]), len(d[\"SecurityGroups\"][0][\"IpPermissionsEgress\"]))")" &&
	(cd vpc && test_expect_code 0 terrace plan -detailed-exitcode -input=false -no-color) >out 2>err8
'

test_done

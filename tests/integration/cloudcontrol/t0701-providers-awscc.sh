#!/usr/bin/env bash
# t0701-providers-awscc: every type seen from the CLI and named as people
# write it (issue 57, points 1 and 2). `terrace providers` lists the written
# and the awscc types sorted, by provider and service (-json too);
# `providers schema -json` carries each awscc type as a provider "awscc" of
# its own (configured by aws) in the written types' shape, with
# create-only, read-only and write-only properties and constraints (-written
# leaves them out; -awscc, which asked for them before, is still taken);
# `providers schema TYPE` prints one type for a person with the AWS
# documentation page of its CloudFormation type. A type written as
# Terraform's awscc provider or as CloudFormation names it, an enum value
# differing in case or separators and a CamelCase attribute each get their
# did-you-mean; an error masks a value only when it is write-only itself,
# and not then when its schema lists the values it may hold (a typo of one
# is no secret: shown, with its did-you-mean).
. "$(dirname "$0")/../lib.sh"

test_expect_success 'providers: sorted, by provider then service, awscc types among them' '
	terrace providers >list &&
	test_line list awscc &&
	# the awscc provider line, then its first service and type
	grep -A3 -x awscc list >head &&
	test_equal "awscc
  accessanalyzer
    awscc.accessanalyzer.analyzer
  acmpca" "$(cat head)" &&
	grep -B1 -x "    awscc.efs.access_point" list | head -1 >svc &&
	test_equal "  efs" "$(cat svc)" &&
	sed -n "s/^ *\([a-z0-9_]*\.[a-z0-9_.]*\)$/\1/p" list >types &&
	LC_ALL=C sort types >sorted &&
	test_cmp sorted types &&
	test $(grep -c "^awscc\." types) -gt 1500 &&
	test $(grep -c "^aws\." types) -gt 50 &&
	test_line list "postgres.role"
'

test_expect_success 'providers -json: the same types, grouped and flat' '
	terrace providers -json >list.json &&
	json_get list.json "\" \".join(d[\"providers\"][\"awscc\"][\"services\"][\"efs\"])" >efs &&
	test_equal "awscc.efs.access_point awscc.efs.file_system awscc.efs.mount_target" "$(cat efs)" &&
	test_equal aws "$(json_get list.json "d[\"providers\"][\"awscc\"][\"configured_by\"]")" &&
	json_get list.json "\"\\n\".join(t[\"name\"] for t in d[\"types\"])" >json-types &&
	test_cmp types json-types
'

# cc TYPE PATH: an awscc type's attribute at PATH (python subscripts), as
# JSON, from cc.json (the types the steps read, out of the 18 MB schema).
cc () {
	json_get cc.json "d[\"$1\"]$2"
}

test_expect_success 'providers schema -json: every awscc type, in the written types'\'' shape' '
	terrace providers schema -json >schema.json &&
	terrace providers schema -json -awscc >said.json &&
	cmp schema.json said.json &&
	terrace providers schema -json -written >written.json &&
	python3 -c "import json; assert \"awscc\" not in json.load(open(\"written.json\"))[\"provider_schemas\"]" &&
	test_expect_code 1 terrace providers schema -json -written -awscc >out 2>err &&
	test_contains err "-written leaves the awscc types out, -awscc asks for them: choose one" &&
	test_empty out &&
	python3 -S - schema.json >cc.json <<-\PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))["provider_schemas"]
	cc = d["awscc"]["resource_schemas"]
	out = {t: cc[t] for t in ("awscc.kinesis.stream", "awscc.ec2.security_group")}
	out["count"] = len(cc)
	out["configured_by"] = d["awscc"]["configured_by"]
	out["same_config"] = d["awscc"]["provider"] == d["aws"]["provider"]
	out["required"] = "\n".join(t + " " + ",".join(sorted(a for a, s in v["attributes"].items() if s.get("required")))
	                            for i, (t, v) in enumerate(sorted(cc.items())) if i % 80 == 0)
	json.dump(out, sys.stdout)
	PY
	test_equal 1582 "$(json_get cc.json "d[\"count\"]")" &&
	test_equal aws "$(json_get cc.json "d[\"configured_by\"]")" &&
	test_equal true "$(json_get cc.json "d[\"same_config\"]")" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"name\"]" >out &&
	test_contains out "\"force_new\": true" &&
	test_contains out "\"create_only\": true" &&
	test_contains out "\"pattern\": \"^[a-zA-Z0-9_.-]+\$\"" &&
	test_contains out "\"max_length\": 128" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"arn\"]" >out &&
	test_contains out "\"computed\": true" &&
	test_contains out "\"read_only\": true" &&
	test_not_contains out "\"optional\"" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"max_record_size_in_ki_b\"]" >out &&
	test_contains out "\"cloudformation_name\": \"MaxRecordSizeInKiB\"" &&
	test_contains out "\"minimum\": 1024" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"warm_throughput_mi_bps\"]" >out &&
	test_contains out "\"write_only\": true" &&
	test_contains out "\"sensitive\": true" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"stream_mode_details\"][\"nested\"][\"stream_mode\"]" >out &&
	test_contains out "\"enum\": [\"ON_DEMAND\", \"PROVISIONED\"]" &&
	test_contains out "\"required\": true" &&
	cc awscc.kinesis.stream "[\"attributes\"][\"tags\"]" >out &&
	test_contains out "\"type\": \"object_list\"" &&
	test_contains out "\"max_items\": 50" &&
	# a block holding a write-only property is kept as a secret, but only
	# that property is write-only
	cc awscc.ec2.security_group "[\"attributes\"][\"security_group_ingress\"]" >out &&
	test_contains out "\"sensitive\": true" &&
	test_equal "None" "$(json_get cc.json "repr(d[\"awscc.ec2.security_group\"][\"attributes\"][\"security_group_ingress\"].get(\"write_only\"))")" &&
	cc awscc.ec2.security_group "[\"attributes\"][\"security_group_ingress\"][\"nested\"][\"from_port\"]" >out &&
	test_contains out "\"type\": \"number\"" &&
	test_not_contains out "write_only" &&
	cc awscc.kinesis.stream "" >out &&
	test_contains out "\"cloudformation_type\": \"AWS::Kinesis::Stream\"" &&
	test_contains out "\"documentation\": \"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesis-stream.html\""
'

test_expect_success 'providers schema TYPE: one awscc type for a person' '
	terrace providers schema awscc.kinesis.stream >out &&
	test_contains out "awscc.kinesis.stream: CloudFormation'\''s AWS::Kinesis::Stream, through AWS Cloud Control API (provider aws)" &&
	test_line out "documentation: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesis-stream.html" &&
	grep -E "^  name +string +optional \(the server.s when unset\), create-only \(a change replaces it\); length 1 to 128; pattern " out >line &&
	test_contains line "pattern ^[a-zA-Z0-9_.-]+$" &&
	grep -E "^  arn +string +read-only$" out &&
	grep -E "^    stream_mode +string +required; one of \"ON_DEMAND\", \"PROVISIONED\"$" out &&
	grep -E "^  retention_period_hours +number +optional \(the server.s when unset\); value 1 to 8760$" out &&
	grep -E "^  warm_throughput_mi_bps +number +optional, write-only \(never read back\); value at least 0$" out &&
	grep -E "^  tags +list of blocks +.*items at most 50$" out
'

test_expect_success 'providers schema TYPE: a written type, and -json of one type' '
	terrace providers schema aws.sqs.queue >out &&
	test_contains out "aws.sqs.queue (provider aws)" &&
	grep -E "^  name +string +required, create-only \(a change replaces it\)$" out &&
	grep -E "^  visibility_timeout_seconds +number +optional; default 30$" out &&
	terrace providers schema awscc.efs.file_system -json >one.json &&
	test_equal awscc.efs.file_system "$(json_get one.json "d[\"name\"]")" &&
	test_equal AWS::EFS::FileSystem "$(json_get one.json "d[\"schema\"][\"cloudformation_type\"]")"
'

test_expect_success 'providers schema with an unknown type: did you mean, written type first' '
	test_expect_code 1 terrace providers schema awscc_kinesis_stream >out 2>err &&
	test_contains err "unknown resource type \"awscc_kinesis_stream\"; did you mean \"aws.kinesis.stream\" (terrace'\''s own type) or \"awscc.kinesis.stream\" (through Cloud Control API)?" &&
	test_equal 0 $(wc -c <out) &&
	test_expect_code 1 terrace providers schema AWS::EFS::AccessPoint 2>err &&
	test_contains err "did you mean \"awscc.efs.access_point\"?" &&
	test_expect_code 1 terrace providers schema nothing.like.it 2>err &&
	test_contains err "unknown resource type \"nothing.like.it\"; \`terrace providers\` lists them all"
'

cat >names.yaml <<-'END'
stack: names
resources:
  tf:
    type: awscc_kinesis_stream
  cfn:
    type: AWS::S3::Bucket
  cfn_only:
    type: AWS::EFS::AccessPoint
  repo:
    type: awscc.ecr.repository
    image_tag_mutability: immutable
  machine:
    type: awscc.stepfunctions.state_machine
    role_arn: arn:aws:iam::123456789012:role/r
    state_machine_type: standard
  stream:
    type: awscc.kinesis.stream
    MaxRecordSizeInKiB: 2048
    stream_mode_details:
      stream_mode: ondemand
  written:
    type: aws.ecr.repository
    name: repo
    image_tag_mutability: immutable
END
cat >names.yaml.expect <<-'END'
names.yaml:4:11: error: unknown resource type "awscc_kinesis_stream"
  did you mean "aws.kinesis.stream" (terrace's own type) or "awscc.kinesis.stream" (through Cloud Control API)?
names.yaml:6:11: error: unknown resource type "AWS::S3::Bucket"
  did you mean "aws.s3.bucket" (terrace's own type) or "awscc.s3.bucket" (through Cloud Control API)?
names.yaml:8:11: error: unknown resource type "AWS::EFS::AccessPoint"
  did you mean "awscc.efs.access_point"?
names.yaml:11:5: error: resource "repo" (awscc.ecr.repository): image_tag_mutability: "immutable" is not one of "MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION" (did you mean "IMMUTABLE"?) (AWS::ECR::Repository's schema)
names.yaml:15:5: error: resource "machine" (awscc.stepfunctions.state_machine): state_machine_type: "standard" is not one of "STANDARD", "EXPRESS" (did you mean "STANDARD"?) (AWS::StepFunctions::StateMachine's schema)
names.yaml:18:5: error: unknown attribute "MaxRecordSizeInKiB" of resource "stream"
  did you mean "max_record_size_in_ki_b"?
names.yaml:24:5: error: resource "written" (aws.ecr.repository): image_tag_mutability: "immutable" is not one of MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION (did you mean "IMMUTABLE"? ecr CreateRepository imageTagMutability)
END

test_expect_success 'validate: types, enum values and attributes as people write them' '
	mkdir names && cp names.yaml names/stack.yaml && (
		cd names &&
		test_expect_code 1 terrace validate -no-color >../out 2>../err
	) &&
	sed "s|^\./stack\.yaml|names.yaml|" err >got &&
	test_cmp names.yaml.expect got
'

test_expect_success 'an error masks a value only when it is write-only itself, not a listed value'"'"'s typo' '
	mkdir mask && cat >mask/stack.yaml <<-\END &&
	stack: mask
	resources:
	  delivery:
	    type: awscc.kinesisfirehose.delivery_stream
	    extended_s3_destination_configuration:
	      bucket_arn: arn:aws:s3:::b
	      role_arn: arn:aws:iam::123456789012:role/r
	      compression_format: gzip
	  fleet:
	    type: awscc.ec2.ec2_fleet
	    target_capacity_specification:
	      total_target_capacity: 1
	    launch_template_configs:
	      - launch_template_specification:
	          launch_template_id: lt-0123456789abcdef0
	          version: "1"
	        overrides:
	          - placement:
	              tenancy: dedicatedx
	END
	(cd mask && test_expect_code 1 terrace validate -no-color 2>../err) &&
	test_contains err "extended_s3_destination_configuration.compression_format: \"gzip\" is not one of \"UNCOMPRESSED\", \"GZIP\"" &&
	test_contains err "did you mean \"GZIP\"?" &&
	test_contains err "launch_template_configs[0].overrides[0].placement.tenancy: \"dedicatedx\" is not one of \"dedicated\", \"default\", \"host\" (did you mean \"dedicated\"?)"
'

test_expect_success 'validate asks for the attributes the schema requires, for a sample of awscc types' '
	json_get cc.json "d[\"required\"]" >required &&
	test $(wc -l <required) -eq 20 &&
	mkdir sample && cd sample &&
	while read type names; do
		printf "stack: s\nresources:\n  r:\n    type: %s\n" "$type" >stack.yaml &&
		test_expect_code $(test -n "$names" && echo 1 || echo 0) terrace validate 2>err &&
		sed -n "s/.*resource \"r\" is missing required attribute \"\\(.*\\)\"/\\1/p" err | sort | paste -sd, >got &&
		test_equal "$names" "$(cat got)" || { echo "$type: schema requires [$names], validate asked for [$(cat got)]"; return 1; }
	done <../required
'

test_done

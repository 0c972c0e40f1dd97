#!/usr/bin/env bash
# t0400-functions: functions inside ${...} against moto. Bucket names and
# tags made with lower/upper/replace/format/lookup/sha256/join, an IAM policy
# whose document is built with jsonencode and a trust policy read by file();
# the aws CLI sees the computed values. A reference inside a function
# argument is a dependency (graph, creation order, "known after apply" in the
# plan). Bad calls fail at load time with file:line:col: an unknown function
# with a suggestion, a wrong number of arguments, a literal of the wrong
# kind, an unknown resource inside a call; a missing file() names the file;
# a function refusing a variable's value fails the plan at the attribute's
# file:line:col, naming the value (a sensitive one only as such).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

POL_ARN=arn:aws:iam::123456789012:policy/dev-data-eng-lake-read
DIGEST=$(printf %s acme | sha256sum | cut -d" " -f1)

cat >trust.json <<'JSON'
{"Version": "2012-10-17",
 "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"},
                "Action": "sts:AssumeRole"}]}
JSON

write_stack stack.yaml '  env: {type: string, default: Dev}
  team: {type: string, default: data_eng}
  owners: {type: map, default: {dev: alice, prod: bob}}'
cat >>stack.yaml <<-'YAML'
resources:
  lake:
    type: aws.s3.bucket
    name: ${lower(var.env)}-${replace(var.team, "_", "-")}-lake
    tags:
      env: ${upper(var.env)}
      label: ${format("%s-%03d", var.team, 7)}
      owner: ${lookup(var.owners, lower(var.env), "nobody")}
      oncall: ${lookup(var.owners, "qa", "nobody")}
      digest: ${sha256("acme")}
  logs:
    type: aws.s3.bucket
    name: ${join("-", [lake.name, "logs"])}
  reader:
    type: aws.iam.policy
    name: ${format("%s-read", lake.name)}
    policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${jsonencode(["s3:GetObject", "s3:ListBucket"])}, "Resource": ${jsonencode([lake.arn, format("%s/*", lake.arn)])}}]}'
  runner:
    type: aws.iam.role
    name: ${upper(var.env)}-runner
    assume_role_policy: ${file("trust.json")}
    managed_policy_arns: ["${reader.arn}"]
    tags:
      stack: ${terrace.stack}
YAML

test_expect_success 'references inside function arguments are dependencies' '
	terrace graph >graph.dot 2>err &&
	test_contains graph.dot "\"logs\" -> \"lake\"" &&
	test_contains graph.dot "\"reader\" -> \"lake\"" &&
	test_contains graph.dot "\"runner\" -> \"reader\""
'

test_expect_success 'plan computes names from functions; an unknown argument is known after apply' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *\+ name *= \"dev-data-eng-lake\"$" &&
	test_match out "^ *\+ name *= \"dev-data-eng-lake-logs\"$" &&
	test_match out "^ *\+ name *= \"dev-data-eng-lake-read\"$" &&
	test_match out "^ *\+ name *= \"DEV-runner\"$" &&
	test_match out "^ *\+ policy *= \(known after apply\)$" &&
	test_line out "Plan: 4 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply creates lake before what uses it through a function' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	lake_done=$(grep -n "^lake: Creation complete" out | cut -d: -f1) &&
	logs_start=$(grep -n "^logs: Creating..." out | cut -d: -f1) &&
	reader_start=$(grep -n "^reader: Creating..." out | cut -d: -f1) &&
	test "$lake_done" -lt "$logs_start" &&
	test "$lake_done" -lt "$reader_start"
'

test_expect_success 'the aws CLI sees the computed bucket names and tags' '
	bucket_names >names &&
	printf "%s\n" dev-data-eng-lake dev-data-eng-lake-logs >expect &&
	test_cmp expect names &&
	bucket_tags dev-data-eng-lake >tags &&
	{ printf "%s\n" digest=$DIGEST env=DEV label=data_eng-007 oncall=nobody owner=alice &&
		stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 'the aws CLI sees the jsonencode-built policy and the file() trust policy' '
	s3 iam get-policy --policy-arn "$POL_ARN" --query Policy.DefaultVersionId \
		--output text >version &&
	s3 iam get-policy-version --policy-arn "$POL_ARN" --version-id "$(cat version)" \
		--query PolicyVersion.Document --output json >doc.json &&
	test_equal "[\"s3:GetObject\", \"s3:ListBucket\"]" \
		"$(json_get doc.json "d[\"Statement\"][0][\"Action\"]")" &&
	test_equal "[\"arn:aws:s3:::dev-data-eng-lake\", \"arn:aws:s3:::dev-data-eng-lake/*\"]" \
		"$(json_get doc.json "d[\"Statement\"][0][\"Resource\"]")" &&
	s3 iam get-role --role-name DEV-runner --query Role.AssumeRolePolicyDocument \
		--output json >trust.out &&
	test_equal glue.amazonaws.com \
		"$(json_get trust.out "d[\"Statement\"][0][\"Principal\"][\"Service\"]")" &&
	s3 iam list-attached-role-policies --role-name DEV-runner \
		--query "AttachedPolicies[].PolicyArn" --output text >attached &&
	test_equal "$POL_ARN" "$(cat attached)"
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a changed function argument plans an update of the tag' '
	test_expect_code 2 terrace plan -detailed-exitcode -var env=Dev \
		-var team=data_eng -var "owners={dev: carol}" >out 2>err &&
	test_match out "~ \"owner\" *= \"alice\" -> \"carol\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

# Load-time errors: each stack is one bad call in an otherwise valid stack.
bad_stack () {
	mkdir -p "$1" &&
	write_stack "$1/stack.yaml" '  env: {type: string, default: dev}' &&
	cat >>"$1/stack.yaml"
}

test_expect_success 'an unknown function fails at load time with a suggestion' '
	bad_stack typo <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${uper(var.env)}-lake
	YAML
	test_expect_code 1 terrace validate -stack typo >out 2>err &&
	test_contains err "typo/stack.yaml:17:11: error: invalid expression \"\${uper(var.env)}\": unknown function \"uper\"" &&
	test_contains err "did you mean \"upper\"?"
'

test_expect_success 'a wrong number of arguments fails at load time' '
	bad_stack arity <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${join("-", ["a"], "x")}
	YAML
	test_expect_code 1 terrace plan -stack arity >out 2>err &&
	test_contains err "arity/stack.yaml:17:11: error: invalid expression \"\${join(\"-\", [\"a\"], \"x\")}\": join takes 2 arguments, got 3"
'

test_expect_success 'a literal argument of the wrong kind fails at load time' '
	bad_stack kind <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${join("-", "abc")}
	YAML
	test_expect_code 1 terrace validate -stack kind >out 2>err &&
	test_contains err "kind/stack.yaml:17:11: error: invalid expression \"\${join(\"-\", \"abc\")}\": join: argument 2 must be a list, got \"abc\""
'

test_expect_success 'an unknown resource inside a call is reported where it is used' '
	bad_stack ref <<-'\''YAML'\'' &&
	resources:
	  lake: {type: aws.s3.bucket, name: x-lake}
	  b:
	    type: aws.s3.bucket
	    name: ${upper(format("%s-b", lakee.name))}
	YAML
	test_expect_code 1 terrace validate -stack ref >out 2>err &&
	test_contains err "ref/stack.yaml:18:11: error: unknown resource \"lakee\" in \"\${lakee.name}\"" &&
	test_contains err "did you mean \"lake\"?"
'

test_expect_success 'a missing file() fails the plan naming the file, and changes nothing' '
	bad_stack nofile <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: nofile-bucket
	    tags:
	      doc: ${file("missing/notes.txt")}
	YAML
	test_expect_code 1 terrace plan -stack nofile >out 2>err &&
	test_contains err "file: cannot read \"missing/notes.txt\": No such file or directory" &&
	! bucket_exists nofile-bucket
'

test_expect_success 'a function refusing a value fails the plan where the call is written, naming the value but never a secret' '
	bad_stack badarg <<-'\''YAML'\'' &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: ${format("b-%d", abs(var.env))}
	  c:
	    type: aws.s3.bucket
	    name: c-${cidrhost("10.0.0.0/24", tonumber(var.secret_key))}
	YAML
	test_expect_code 1 terrace plan -stack badarg >out 2>err &&
	test_contains err "badarg/stack.yaml:17:5: error: resource b, attribute name: abs: argument 1 must be a number, got \"dev\"" &&
	test_contains err "badarg/stack.yaml:20:5: error: resource c, attribute name: tonumber: argument 1 must be a number or a string that reads as one, got a string (sensitive)"
'

test_expect_success 'destroy removes everything' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	bucket_names >names &&
	test_empty names
'

test_done

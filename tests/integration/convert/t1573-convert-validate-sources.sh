#!/usr/bin/env bash
# t1573-convert-validate-sources: `terrace validate` in a folder that holds
# what `terrace convert` reads says what it is and what to run: a
# CloudFormation template (YAML with its short tags, or JSON) and a
# Terraform configuration, without the template's tags as errors when the
# folder has no stack file; beside a stack file that fails to load, its
# errors and the same note; a stack file whose text names Resources is no
# template. A folder whose stack loads says nothing of them. Several
# stacks at once (validate STACK...) and several sources at once (convert
# -out-dir DIR PATH...): each on its own in one run, its line after its
# messages (tests/corpus/judge.py reads t1270's corpora so).
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1572

test_expect_success 'a folder with a CloudFormation template: what it is and the convert to run, not its tags' '
	mkdir cfn && cp "$here/set/app.yaml" cfn/app.yaml &&
	printf "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}\n" >cfn/queue.json &&
	(cd cfn && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_cmp - err <<-\EOF
	Error: app.yaml is a CloudFormation template, not a stack file: `terrace convert -out stack/stack.yaml app.yaml` writes the stack it means (docs/convert.md); validate that
	Error: queue.json is a CloudFormation template, not a stack file: `terrace convert -out stack/stack.yaml queue.json` writes the stack it means (docs/convert.md); validate that
	EOF
'

test_expect_success 'with -json: the same, as one error each' '
	(cd cfn && test_expect_code 1 terrace validate -json) >out 2>err &&
	test_contains out "\"error_count\": 2" &&
	test_contains out "app.yaml is a CloudFormation template, not a stack file" &&
	test_not_contains out "unsupported tag"
'

test_expect_success 'a folder with Terraform files: what it is and the convert to run' '
	mkdir tf && printf "resource \"aws_sqs_queue\" \"q\" {}\n" >tf/main.tf &&
	(cd tf && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_line err "Error: this folder holds a Terraform configuration (.tf files), not a stack: \`terrace convert -out stack/stack.yaml .\` writes the stack it means (docs/convert.md); validate that" &&
	test_equal 1 "$(wc -l <err)" &&
	test_expect_code 1 terrace validate -stack tf -no-color >out 2>err &&
	test_contains err "Error: tf holds a Terraform configuration"
'

test_expect_success 'a template beside a stack file: the load'\''s errors, then the note' '
	mkdir mixed && cp "$here/set/app.yaml" mixed/app.yaml &&
	printf "resources:\n  q:\n    type: awscc.sqs.queue\n" >mixed/stack.yaml &&
	(cd mixed && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_contains err "app.yaml:12:25: error: unsupported tag \"!Join\"" &&
	test_line err "Error: app.yaml is a CloudFormation template, not a stack file: \`terrace convert -out stack/stack.yaml app.yaml\` writes the stack it means (docs/convert.md); validate that"
'

test_expect_success 'a stack file that names Resources in its text is no template: its own errors alone' '
	mkdir own &&
	printf "# Converted from a template: Resources, AWSTemplateFormatVersion\nresources:\n  q:\n    type: awscc.sqs.nothing\n" >own/stack.yaml &&
	(cd own && test_expect_code 1 terrace validate -no-color) >out 2>err &&
	test_contains err "unknown resource type" &&
	test_not_contains err "CloudFormation template"
'

test_expect_success 'a stack that loads, with a .tf file beside it: nothing said of it' '
	mkdir ok && printf "resources:\n  q:\n    type: awscc.sqs.queue\n" >ok/stack.yaml &&
	cp tf/main.tf ok/ &&
	(cd ok && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)." &&
	test_empty err
'

test_expect_success 'validate STACK...: each stack on its own in one run, its errors then its line, in order; exit 1 when any is not valid' '
	mkdir -p many/bad many/good && cp ok/stack.yaml many/good/ &&
	printf "resources:\n  q:\n    type: awscc.sqs.queue\n    queue_nam: a\n" >many/bad/stack.yaml &&
	test_expect_code 1 terrace validate -no-color many/good many/bad many/none >out 2>&1 &&
	test_cmp - out <<-\EOF &&
	many/good: Success! The stack is valid (1 resources).
	many/bad/stack.yaml:4:5: error: unknown attribute "queue_nam" of resource "q"
	  did you mean "queue_name"?
	many/bad: not valid (1 error above)
	Error: cannot read many/none: No such file or directory
	many/none: not valid (1 error above)
	validate: 3 stacks: 1 valid, 2 not
	EOF
	terrace validate -no-color many/good ok >out 2>err &&
	test_contains out "validate: 2 stacks: 2 valid, 0 not" &&
	test_empty err &&
	test_expect_code 1 terrace validate -no-color -stack ok many/good >out 2>err &&
	test_contains err "Error: validate: -stack names one stack, the arguments several: give them as arguments only"
'

test_expect_success 'validate STACK... -json: one document, each stack'\''s own in "stacks"; -strict fails a stack on its warnings' '
	test_expect_code 1 terrace validate -json many/good many/bad >out 2>err &&
	python3 -c "import json, sys; d = json.load(open(\"out\")); print(d[\"valid\"], [(s[\"stack\"], s[\"valid\"], s[\"error_count\"]) for s in d[\"stacks\"]])" >got &&
	test_line got "False [('"'"'many/good'"'"', True, 0), ('"'"'many/bad'"'"', False, 1)]" &&
	mkdir -p many/warn &&
	printf "resources:\n  pol:\n    type: aws.iam.policy\n    name: p\n    policy:\n      Version: \"2012-10-17\"\n      Statement:\n      - Effect: Allow\n        Action: s4:GetObject\n        Resource: \"*\"\n" >many/warn/stack.yaml &&
	terrace validate -no-color many/warn many/good >out 2>&1 &&
	test_contains out "many/warn: Success!" &&
	test_expect_code 1 terrace validate -strict -no-color many/warn many/good >out 2>&1 &&
	test_contains out "many/warn: not valid (-strict: 1 warning above)" &&
	test_contains out "many/good: Success!"
'

test_expect_success 'convert -out-dir: each source alone in one run, a stack each where its line says, as convert writes it alone' '
	mkdir -p src/app src/q && cp "$here/set/app.yaml" src/app/app.yaml &&
	cp cfn/queue.json src/q/queue.json && cp -r tf src/tf &&
	printf "Resources: [\n" >src/q/broken.yaml &&
	test_expect_code 1 terrace convert -out-dir stacks src/app/app.yaml src/q/queue.json src/tf src/q/broken.yaml >out 2>err &&
	test_empty out &&
	grep -v ": warning: " err >lines &&
	test_cmp - lines <<-\EOF &&
	src/app/app.yaml: converted to stacks/app/app/stack.yaml, 4 constructs left out (the warnings above say which and why)
	src/q/queue.json: converted to stacks/q/queue/stack.yaml
	src/tf: converted to stacks/tf/stack.yaml, 1 construct left out (the warnings above say which and why)
	src/q/broken.yaml:2:1: error: did not find expected node content
	  while parsing a flow node at 2:1
	src/q/broken.yaml: not converted (the errors above say why)
	3 of 4 converted into stacks under stacks; 5 constructs left out
	EOF
	# each file'\''s warnings just before its line
	sed -n "1,4p" err | grep -c "^src/app/app.yaml:[0-9]*:[0-9]*: warning: Fn::ImportValue" >n &&
	test_line n 4 &&
	sed -n "7p" err | grep "^src/tf/main.tf:1:1: warning: resource \"aws_sqs_queue\" left out" &&
	for s in app/app.yaml:app/app q/queue.json:q/queue tf:tf; do
		{ terrace convert -out alone.yaml "src/${s%%:*}" 2>/dev/null; test $? -ne 1; } &&
		test_cmp alone.yaml "stacks/${s#*:}/stack.yaml" &&
		rm alone.yaml || return 1
	done &&
	terrace validate -no-color stacks/q/queue stacks/tf >out 2>&1 &&
	test_contains out "validate: 2 stacks: 2 valid, 0 not" &&
	terrace convert -out-dir one src/q/queue.json 2>err &&
	test_line err "src/q/queue.json: converted to one/queue/stack.yaml" &&
	test_expect_code 3 terrace convert -out-dir three src/app/app.yaml src/q/queue.json 2>err &&
	test_contains err "2 of 2 converted into stacks under three; 4 constructs left out" &&
	# the folders shared end where a folder of each ends (src, not src/q for
	# src/qq); a folder keeps its name whole (v1.2)
	mkdir -p src/qq && cp src/q/queue.json src/qq/ && cp -r src/tf src/v1.2 &&
	terrace convert -out-dir four src/q/queue.json src/qq/queue.json >out 2>err &&
	test_contains err "src/q/queue.json: converted to four/q/queue/stack.yaml" &&
	test_contains err "src/qq/queue.json: converted to four/qq/queue/stack.yaml" &&
	test_expect_code 3 terrace convert -out-dir five src/v1.2 >out 2>err &&
	test_contains err "src/v1.2: converted to five/v1.2/stack.yaml"
'

test_expect_success 'convert: several sources need -out-dir (a new folder), alone; a stack outside it or a folder of templates among them is refused' '
	test_expect_code 1 terrace convert -out x.yaml src/q/queue.json src/tf 2>err &&
	test_line err "Error: convert: several PATHs convert each to a stack of its own: give -out-dir DIR (a new folder)" &&
	test_expect_code 1 terrace convert src/q/queue.json src/tf 2>err &&
	test_contains err "give -out-dir DIR" &&
	test_expect_code 1 terrace convert -out-dir d -out x.yaml src/tf 2>err &&
	test_line err "Error: convert: -out-dir writes a stack for each PATH; -out writes one: give one of them" &&
	test_expect_code 1 terrace convert -out-dir d -existing x.json src/tf 2>err &&
	test_contains err "-existing names what one source made" &&
	test_expect_code 1 terrace convert -out-dir stacks src/tf 2>err &&
	test_line err "Error: convert: cannot make -out-dir stacks: it exists (convert never writes into one)" &&
	(cd src && test_expect_code 1 terrace convert -out-dir ../d2 tf ../cfn/queue.json) 2>err &&
	test_contains err "Error: convert: ../cfn/queue.json: its stack would be written outside -out-dir ../d2" &&
	test_contains err "tf: converted to ../d2/tf/stack.yaml" &&
	test_expect_code 1 terrace convert -out-dir d3 src/q src/tf 2>err &&
	test_contains err "Error: convert: src/q: a folder of templates converts by itself (its templates together, a stack each): give it alone" &&
	test_contains err "src/q: not converted"
'

test_done

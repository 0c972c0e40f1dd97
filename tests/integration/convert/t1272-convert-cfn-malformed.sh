#!/usr/bin/env bash
# t1272-convert-cfn-malformed: `terrace convert` of CloudFormation functions
# written with the wrong arguments, as cfn-lint's bad fixtures write them
# (functions_select.yaml): an Fn::Select or Fn::Split that is not a list of
# two is named at its file:line:col and written as null (exit 3), where it
# read past the list before (UBSan: member access within null pointer, exit
# 1); a well-formed pair beside them is carried. A parameter's bound that is
# not a number (MinValue: a) and AllowedValues that is not a list
# (parameters/configuration.yaml) are named and left out, where the bound
# was written into the validation condition as an expression (`var.Size >=
# a`, which validate refused as an unknown resource) and the list dropped
# without a word; a bound written as a string of digits is carried.
. "$(dirname "$0")/../lib.sh"

here=$(cd "$(dirname "$0")/t1272" && pwd)

test_expect_success 'Fn::Select and Fn::Split not of two: named, written as null, exit 3' '
	mkdir s &&
	test_expect_code 3 terrace convert -from cloudformation -out s/stack.yaml "$here/select-split.yaml" >out 2>err &&
	test_contains err "$here/select-split.yaml:7:9: warning: Fn::Select takes [INDEX, LIST]; written as null" &&
	test_contains err "$here/select-split.yaml:9:9: warning: Fn::Split takes [DELIMITER, TEXT]; written as null" &&
	test_contains err "2 constructs left out (the warnings above say which and why)" &&
	test_line s/stack.yaml "queue_name: \${element(split(\",\", \"a,b\"), 1)}" &&
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)."
'

test_expect_success 'a bound that is not a number, AllowedValues not a list: named, left out' '
	mkdir p &&
	test_expect_code 3 terrace convert -from cloudformation -out p/stack.yaml "$here/parameters.yaml" >out 2>err &&
	test_contains err "$here/parameters.yaml:5:15: warning: parameter Size: MinValue is not a number; left out" &&
	test_contains err "$here/parameters.yaml:9:20: warning: parameter Env: AllowedValues is not a list; left out" &&
	test_contains err "2 constructs left out (the warnings above say which and why)" &&
	test_line p/stack.yaml "- condition: \${var.Size <= 10}" &&
	test_not_contains p/stack.yaml ">= a" &&
	(cd p && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 "
'

test_expect_success 'a DeletionPolicy that is not a name of CloudFormation'\''s, or a function: named, left out' '
	mkdir d &&
	test_expect_code 3 terrace convert -from cloudformation -out d/stack.yaml "$here/deletion-policy.yaml" >out 2>err &&
	test_contains err "$here/deletion-policy.yaml:13:21: warning: resource Function: DeletionPolicy is a function (Fn::If), and prevent_destroy takes a constant; left out: write lifecycle: prevent_destroy: true by hand where it is Retain" &&
	for at in 7:21:Listed 10:21:MadeUp; do
		test_contains err "$here/deletion-policy.yaml:${at%:*}: warning: resource ${at##*:}: DeletionPolicy is not one of CloudFormation'\''s (Delete, Retain, RetainExceptOnCreate, Snapshot); left out" || return 1
	done &&
	test_contains err "3 constructs left out (the warnings above say which and why)" &&
	test_line d/stack.yaml "prevent_destroy: true" &&
	test $(grep -c "prevent_destroy" d/stack.yaml) = 1 &&
	(cd d && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (4 "
'

test_expect_success 'an output without a Value (an Fn::ForEach loop, a Condition alone): named, left out' '
	mkdir o &&
	test_expect_code 3 terrace convert -from cloudformation -out o/stack.yaml "$here/outputs.yaml" >out 2>err &&
	test_contains err "$here/outputs.yaml:8:3: warning: outputs'\'' key Fn::ForEach::Loop: the AWS::LanguageExtensions transform expands it, which terrace does not run; left out: write it with for_each" &&
	test_contains err "$here/outputs.yaml:14:5: warning: output NoValue has no Value; left out" &&
	test_contains err "2 constructs left out (the warnings above say which and why)" &&
	test_line o/stack.yaml "value: \${Topic.id}" &&
	test_not_contains o/stack.yaml "NoValue" &&
	(cd o && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 "
'

# A FIFO given as the source waited for a writer forever, with no message:
# what is no regular file is refused before it is read, named for what it is
# (provider/base/input_file.c), as a template, a .tf file or -existing.
test_expect_success 'a FIFO as the template, a .tf file or -existing: named, never waited on' '
	said="a FIFO (named pipe), not a regular file: it would be read only while something writes it" &&
	mkfifo pipe.yaml pipe.tf &&
	test_expect_code 1 timeout 20 "$TERRACE" convert pipe.yaml >out 2>err &&
	test_line err "Error: convert: pipe.yaml: $said" &&
	test_expect_code 1 timeout 20 "$TERRACE" convert -from cloudformation pipe.yaml >out 2>err &&
	test_line err "Error: cannot read pipe.yaml: $said" &&
	test_expect_code 1 timeout 20 "$TERRACE" convert pipe.tf >out 2>err &&
	test_line err "Error: cannot read pipe.tf: $said" &&
	test_expect_code 1 timeout 20 "$TERRACE" convert -existing pipe.yaml "$here/outputs.yaml" >out 2>err &&
	test_line err "Error: convert: -existing pipe.yaml: $said" &&
	test ! -s out
'

# carried TEMPLATE STACK: the stack's resource Queue, as python3's yaml
# reads it, holds the template's QueueName and Tags (read by python3's json
# for a .json, else its yaml) as queue_name and tags.
carried () {
	python3 - "$1" "$2" <<-'PY'
	import json, sys, yaml
	load = json.load if sys.argv[1].endswith(".json") else yaml.safe_load
	props = load(open(sys.argv[1], encoding="utf-8"))["Resources"]["Queue"]["Properties"]
	queue = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))["resources"]["Queue"]
	want = {"queue_name": props["QueueName"],
	        "tags": [{"key": t["Key"], "value": t["Value"]} for t in props["Tags"]]}
	got = {k: queue.get(k) for k in want}
	if got != want:
	    sys.exit("the stack holds %r, the template %r" % (got, want))
	PY
}

# What convert writes from a template reads back, by terrace and by another
# YAML reader (python3's yaml), as what the template holds: a file name
# with a newline (its comment ended in "the stack written is not valid
# YAML"), a tab (written plain: PyYAML refuses it), bidi controls (written
# raw: a reviewer reads another text than the stack holds); in a value, a
# key and a Description.
test_expect_success 'a newline in the file name, a tab and bidi controls: written escaped, read back the same' '
	name="$(printf "odd\nname.yaml")" &&
	printf "Description: \"line\\\\r2 \\\\u202e end\"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: \"a\\\\tb\"\n      Tags:\n        - Key: \"k\\\\u2066\"\n          Value: \"pay\\\\u202etxt.exe\\\\u2069\"\n" >"$name" &&
	mkdir w &&
	terrace convert -out w/stack.yaml "$name" >out 2>err &&
	test_line w/stack.yaml "# Converted by terrace convert from \"odd\\nname.yaml\"." &&
	test_line w/stack.yaml "# line\\u000D2 \\u202E end" &&
	test_line w/stack.yaml "queue_name: \"a\\tb\"" &&
	test_line w/stack.yaml "value: \"pay\\u202Etxt.exe\\u2069\"" &&
	(cd w && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)." &&
	test_not_contains w/stack.yaml "$(printf "\t")" &&
	test_not_contains w/stack.yaml "$(printf "\342\200\256")" &&
	carried "$name" w/stack.yaml
'

# A JSON template is read by jansson, then as YAML for the positions:
# libyaml refused a valid surrogate pair's escape ("found invalid Unicode
# character escape code") and turned a raw U+0085 into a space. Both carry
# as the characters they are (stacks/yaml.c, yaml_load_json_string).
test_expect_success 'JSON: a surrogate pair and a raw U+0085 carry as the characters they are' '
	printf "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\",\n  \"Properties\": {\"QueueName\": \"q\\\\ud83d\\\\ude00\",\n  \"Tags\": [{\"Key\": \"nel\", \"Value\": \"a\302\205b\342\200\250c\"}]}},\n \"Bad\": {\"Type\": 1}}}\n" >odd.json &&
	mkdir j &&
	test_expect_code 3 terrace convert -out j/stack.yaml odd.json >out 2>err &&
	test_line err "odd.json:4:9: warning: resource Bad has no Type; left out" &&
	test_line j/stack.yaml "queue_name: q$(printf "\360\237\230\200")" &&
	test_line j/stack.yaml "value: \"a\Nb\Lc\"" &&
	carried odd.json j/stack.yaml
'

# A logical id no name of a stack can carry ("a b", "R.x") converted with
# exit 0 into a stack validate refused. CloudFormation takes letters and
# digits alone, and refuses such a template: so does convert, at the key.
test_expect_success 'a logical id CloudFormation refuses ("a b"): an error at its key, nothing written' '
	printf "Parameters:\n  \"P q\": {Type: String}\nResources:\n  \"a b\":\n    Type: AWS::SQS::Queue\n  R.x:\n    Type: AWS::SQS::Queue\n  1st:\n    Type: AWS::SQS::Queue\nOutputs:\n  \"O p\": {Value: !Ref 1st}\n" >names.yaml &&
	mkdir n &&
	test_expect_code 1 terrace convert -out n/stack.yaml names.yaml >out 2>err &&
	for at in "2:3:parameter:P q" "4:3:resource:a b" "6:3:resource:R.x" "11:3:output:O p"; do
		rest=${at#*:*:} &&
		test_line err "names.yaml:${at%%:*}:$(echo "$at" | cut -d: -f2): error: ${rest%%:*} logical id \"${rest#*:}\" is not one CloudFormation takes (letters and digits alone, A-Za-z0-9), nor a name of a stack'\''s: rename it in the template" || return 1
	done &&
	test_not_contains err 1st &&
	test ! -e n/stack.yaml
'

test_done

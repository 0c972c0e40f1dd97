#!/usr/bin/env bash
# t1571-convert-cfn-constructs: the CloudFormation constructs issue 80
# point 3 names, each carried with its meaning (t1571/constructs.yaml): a
# nested Fn::FindInMap (a key from another, the mapping's name from a
# parameter) and the DefaultValue form; dynamic references inside Fn::Join,
# Fn::Sub and as a whole value, one variable each (sensitive for a secret
# and ssm-secure), warned of once; a String parameter whose AllowedValues
# are [true, false] and whose default passes its own rule; logical ids that
# begin with a digit made names ("_" and the id) under a comment naming the
# id, and every reference to them. The values are checked in `terrace
# console`.
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1571
f=$here/constructs.yaml
# the dynamic references' stand-ins, for console
export TERRACE_VAR_app_name=orders TERRACE_VAR_db_password=pw TERRACE_VAR_app_token=tk

test_expect_success 'convert: the dynamic references are the only constructs left out, each once; the stack validates' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$f" >out 2>err &&
	test_line err "$f:23:34: warning: a dynamic reference {{resolve:ssm:/app/name}}: CloudFormation resolves it at deploy time, and Cloud Control does not; written as var.app_name, a variable to give its value" &&
	test_line err "$f:23:63: warning: a dynamic reference {{resolve:secretsmanager:db:SecretString:password}}: CloudFormation resolves it at deploy time, and Cloud Control does not; written as var.db_password, a variable to give its value" &&
	test_line err "$f:29:18: warning: a dynamic reference {{resolve:ssm-secure:/app/token:2}}: CloudFormation resolves it at deploy time, and Cloud Control does not; written as var.app_token, a variable to give its value" &&
	test_line err "3 constructs left out (the warnings above say which and why)" &&
	test_not_contains s/stack.yaml "\${null}" &&
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)."
'

test_expect_success 'Fn::FindInMap nested, of a mapping a parameter names, and with a DefaultValue: the values CloudFormation finds' '
	for e in message_retention_period delay_seconds maximum_message_size; do
		sed -n "s/^ *$e: \${\(.*\)}$/\1/p" s/stack.yaml || return 1
	done >exprs &&
	test_line exprs "local.Seconds[local.EnvToSize[var.Env][\"Size\"]][\"Retention\"]" &&
	(cd s && terrace console -no-color) <exprs >out 2>err &&
	test_cmp - out <<-\EOF &&
	60
	5
	60
	EOF
	(cd s && terrace console -var Env=prod -no-color) <exprs >out 2>err &&
	test_line out 600
'

test_expect_success 'dynamic references: inside Join and Sub and whole, one variable each, secrets sensitive' '
	test_line s/stack.yaml "queue_name: \${join(\"-\", [\"q\", var.app_name, \"x\${var.db_password}y\"])}" &&
	test_line s/stack.yaml "queue_name: \${_1stQueue.queue_name}-\${var.app_name}-\${var.app_token}" &&
	test_line s/stack.yaml "value: \${var.app_name}" &&
	test_equal 2 "$(grep -c "sensitive: true" s/stack.yaml)" &&
	echo "join(\"-\", [\"q\", var.app_name, \"x\"])" >exprs &&
	(cd s && terrace console -no-color) <exprs >out 2>err &&
	test_line out "\"q-orders-x\""
'

test_expect_success 'AllowedValues [true, false]: text, and the defaults pass their own rule; another value is refused' '
	test_line s/stack.yaml "- condition: \${contains([\"true\", \"false\"], var.Debug)}" &&
	test_line s/stack.yaml "default: \"true\"" &&
	echo "local._2Debug" >exprs &&
	(cd s && terrace console -no-color) <exprs >out 2>err &&
	test_line out false &&
	(cd s && terrace console -var Debug=true -no-color) <exprs >out 2>err &&
	test_line out true &&
	(cd s && test_expect_code 1 terrace console -var Verbose=yes -no-color) <exprs >out 2>err &&
	test_contains err "Verbose must be one of [\"true\", \"false\"]"
'

test_expect_success 'a logical id that begins with a digit: "_" and the id, the id in a comment, every reference renamed' '
	for line in \
		"# _1stQueue: the logical id 1stQueue (a name here begins with a letter or _)" \
		"_1stQueue:" \
		"# _2Debug: the logical id 2Debug (a name here begins with a letter or _)" \
		"count: \"\${local._2Debug ? 1 : 0}\"" \
		"- _1stQueue" \
		"_1stUrl:" \
		"value: \${_1stQueue.id}" \
		"value: \"\${local._2Debug ? one(_2ndQueue[*].id) : null}\""; do
		test_line s/stack.yaml "$line" || return 1
	done
'

test_done

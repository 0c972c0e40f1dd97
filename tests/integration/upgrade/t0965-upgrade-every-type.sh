#!/usr/bin/env bash
# t0965-upgrade-every-type: upgrading terrace changes no deployment, for one
# resource of every aws type the previous release has. The previous release
# (tests/integration/previous_release.sh: the last one that landed) applies
# its own every-type stack (its t0435/all_types.py, wired to apply by its
# every_type/applied_stack.py, from its own schema) against moto; the build
# under test then plans "No changes." (every attribute added since is
# optional and computed, every read of what the previous release made agrees
# with its state), also with -refresh=false (the state as the previous release
# wrote it, which a type's upgrade_stored hook brings to the new form), applies
# it with reads alone (no request that writes: issue 59 point 1), and
# destroys it all: nothing of the stack is left
# (counted with botocore straight against moto).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
. "$REPO_ROOT/tests/integration/every_type/counts.sh"
previous_release_build || test_fail_setup "the previous release did not build"
P=t0965
TEST_SECRETS=("Secret-Pa55word") # all_types.py's passwords and secret values

test_expect_success 'the previous release applies one resource of each of its aws types' '
	previous_terrace providers schema -json >schema.json &&
	printf "def handler(e, c):\n    return 1\n" >app.py &&
	ssh-keygen -q -t ed25519 -N "" -C upgrade -f deploy &&
	write_stack stack.yaml &&
	python3 "$PREVIOUS_SRC/tests/integration/every_type/applied_stack.py" \
		schema.json $P >>stack.yaml &&
	previous_terrace apply -auto-approve >apply.out 2>apply.err &&
	test_match apply.out "^Apply complete! Resources: [0-9]+ added, 0 changed, 0 destroyed\.\$" &&
	test "$(previous_terrace state list | wc -l)" -ge "$(python3 -c "import json; print(len(json.load(open(\"schema.json\"))[\"provider_schemas\"][\"aws\"][\"resource_schemas\"]))")"
'

test_expect_success 'the build under test plans no change for what it applied, refreshed or not' '
	upgrade_plans_no_change &&
	no_secret upgrade-plan.out upgrade-plan.err terrace.state.json &&
	terrace plan -refresh=false -detailed-exitcode -no-color >norefresh.out 2>norefresh.err ||
	{ cat norefresh.out norefresh.err >&5; false; } &&
	test_line norefresh.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the build under test applies it unchanged with reads alone: no request that writes' '
	TERRACE_LOG=debug terrace apply -auto-approve -no-color >same.out 2>same.err &&
	test_line same.out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	python3 - same.err >writes <<-\PY &&
	import re, sys
	reads = re.compile(r"(Get|Describe|List|Head|Lookup|Query|Scan|Search|Select)[A-Z]?")
	seen = writes = 0
	for line in open(sys.argv[1]):
	    m = re.match(r"^\[debug\] ([a-z0-9-]+) ([A-Za-z0-9]+) .*: HTTP \d+ in", line)
	    if m:
	        seen += 1
	        if not reads.match(m.group(2)):
	            writes += 1
	            print("a write:", line.strip())
	print("requests", seen, "writes", writes)
	PY
	test_match writes "^requests [1-9][0-9]* writes 0\$"
'

test_expect_success 'the build under test destroys it all: nothing of the stack is left' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_match destroy.out "^Destroy complete! Resources: [0-9]+ destroyed\.\$" &&
	count_all $P >gone &&
	! grep -v " 0\$" gone
'

test_done

#!/usr/bin/env bash
# t0491-stack-output-removed: an apply that removes an output another
# stack's state uses is refused, naming the users and the outputs, unless
# -force. Each reader's state records which outputs of the other stack it
# uses (its terrace.stack lookup's outputs_used); a network stack with
# three outputs, one pipeline using vpc (a), one using vpc and bucket (b),
# none using spare. Removing spare applies; removing bucket is refused
# naming b alone (a saved plan too); vpc and bucket at once name both;
# once b stops using bucket (and is applied) the removal goes through;
# -force removes an output still used. The plan says beforehand what apply
# will refuse: the outputs it removes under "Changes to Outputs:" (exit 2
# with -detailed-exitcode), and a warning naming the readers and outputs; a
# plan -destroy of the network names its readers as destroy does, and a
# saved destroy plan is refused as destroy is (unless -force).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p network a b
new_stack () { # FILE NAME
	write_stack "$1" && sed -i "1s/.*/stack: $2/" "$1"
}
new_stack network/stack.yaml network
cat >>network/stack.yaml <<'YAML'
resources:
  shared: {type: aws.s3.bucket, name: t0491-net, force_destroy: true}
outputs:
  vpc: vpc-t0491
  bucket: ${shared.name}
  spare: nothing
YAML
new_stack a/stack.yaml pipeline-a
cat >>a/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../network}
resources:
  own: {type: aws.s3.bucket, name: "t0491-a", tags: {vpc: "${data.net.outputs.vpc}"}, force_destroy: true}
YAML
new_stack b/stack.yaml pipeline-b
cat >>b/stack.yaml <<'YAML'
data:
  net: {type: terrace.stack, path: ../network}
resources:
  own: {type: aws.s3.bucket, name: "${data.net.outputs.bucket}-b", tags: {vpc: "${data.net.outputs.vpc}"}, force_destroy: true}
YAML

drop_output () { # NAME: the network stack no longer declares it
	sed -i "/^  $1: /d" network/stack.yaml
}

test_expect_success 'each reader state records the outputs it uses' '
	terrace apply -all -auto-approve >out 2>err &&
	test_line out "Applied: a, b, network. Failed: none. Not applied: none." &&
	test_equal vpc "$(json_get a/terrace.state.json "\",\".join(d[\"data\"][\"data.net\"][\"attributes\"][\"outputs_used\"])")" &&
	test_equal bucket,vpc "$(json_get b/terrace.state.json "\",\".join(d[\"data\"][\"data.net\"][\"attributes\"][\"outputs_used\"])")"
'

test_expect_success 'removing an output no state uses applies; its plan lists it and warns of nothing' '
	drop_output spare &&
	(cd network && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "Changes to Outputs:" &&
	test_match out "^  - spare  = \"nothing\" -> null$" &&
	test_not_contains out "No changes." &&
	test_not_contains err "will refuse" &&
	(cd network && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete!" &&
	test_not_contains network/terrace.state.json "\"spare\""
'

test_expect_success 'removing an output pipeline-b uses is refused naming it, applied or from a saved plan' '
	cp network/stack.yaml net.good &&
	drop_output bucket &&
	(cd network && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "this apply removes output \"bucket\" of this stack (workspace default), which the state of pipeline-b (default) still uses: remove its use there and apply it first, or give -force to remove it anyway" &&
	test_not_contains err "stack \"pipeline-a\"" &&
	test_contains network/terrace.state.json "\"bucket\"" &&
	(cd network && terrace plan -out tfplan >../out 2>../err &&
	 test_expect_code 1 terrace apply tfplan >../out 2>../err) &&
	test_contains err "removes output \"bucket\"" &&
	test_contains network/terrace.state.json "\"bucket\""
'

test_expect_success 'the plan removing it says apply will refuse it, naming pipeline-b and the output' '
	(cd network && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err) &&
	test_match out "^  - bucket = \"t0491-net\" -> null$" &&
	test_not_contains out "No changes." &&
	test_contains err "terrace apply will refuse this plan: this apply removes output \"bucket\" of this stack (workspace default), which the state of pipeline-b (default) still uses: remove its use there and apply it first, or give -force to remove it anyway" &&
	(cd network && terrace plan -json >../out 2>../err) &&
	test_contains out "\"@level\":\"warn\"" &&
	test_contains out "terrace apply will refuse this plan: this apply removes output"
'

test_expect_success 'plan -destroy of the network says destroy will refuse it, naming both readers; its saved plan is refused' '
	(cd network && terrace plan -destroy -out d.plan >../out 2>../err) &&
	test_contains err "terrace destroy will refuse this plan: the outputs of this stack (workspace default) are used by pipeline-a (default), pipeline-b (default): destroy those first" &&
	(cd network && test_expect_code 1 terrace apply d.plan >../out 2>../err) &&
	test_contains err "the outputs of this stack (workspace default) are used by pipeline-a (default), pipeline-b (default)" &&
	bucket_exists t0491-net &&
	test_contains network/terrace.state.json "\"bucket\""
'

test_expect_success 'removing two outputs used by both names both readers and both outputs' '
	drop_output vpc &&
	(cd network && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "this apply removes outputs \"bucket\", \"vpc\" of this stack (workspace default), which the state of pipeline-a (default), pipeline-b (default) still uses: remove their use there and apply them first"
'

test_expect_success 'once pipeline-b no longer uses it, the output goes' '
	cp net.good network/stack.yaml && drop_output bucket &&
	sed -i "s/\${data.net.outputs.bucket}-b/t0491-b/" b/stack.yaml &&
	(cd b && terrace apply -auto-approve >../out 2>../err) &&
	test_equal vpc "$(json_get b/terrace.state.json "\",\".join(d[\"data\"][\"data.net\"][\"attributes\"][\"outputs_used\"])")" &&
	(cd network && terrace apply -auto-approve >../out 2>../err) &&
	test_contains out "Apply complete!" &&
	test_not_contains network/terrace.state.json "\"bucket\""
'

test_expect_success '-force removes an output still used' '
	drop_output vpc &&
	(cd network && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "removes output \"vpc\"" &&
	(cd network && terrace apply -auto-approve -force >../out 2>../err) &&
	test_contains out "Apply complete!" &&
	test_not_contains network/terrace.state.json "\"vpc\""
'

test_expect_success 'cleanup: destroy -all' '
	terrace destroy -all -auto-approve >out 2>err &&
	test_match out "^Destroyed: .*network.*\. Failed: none\. Not destroyed: none\.$" &&
	! bucket_exists t0491-net && ! bucket_exists t0491-a && ! bucket_exists t0491-b
'

test_done

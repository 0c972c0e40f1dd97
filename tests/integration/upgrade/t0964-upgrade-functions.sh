#!/usr/bin/env bash
# t0964-upgrade-functions: the function results a deployment gets are the
# edition its state records (plan/state.h "functions"). The release before
# Terraform's results (FUNCTIONS_RELEASE, 186eb26 by default: upper changed ASCII
# letters only, replace read "/raw/" as text where Terraform reads the
# pattern raw, length counted code points)
# applies a stack using upper("über"), replace(..., "/raw/", ...) and
# length("👾🕹️") in a bucket's tags, a local and an object's content, and
# jsonencode (17-digit fractions, "&" as it is) in another's (moto); the build under test then plans no change, applies a change
# elsewhere keeping the state unmarked and the old results, until
# `apply -functions=terraform-2` moves it to the newest edition (its plan
# shows the changes first); a fresh deployment of the same stack gets
# Terraform's results and the newest marker (t0481: 85f6d4a's "terraform"); console follows the state; the earlier release still reads a
# marked state.
. "$(dirname "$0")/../lib.sh"
PREVIOUS_RELEASE=${FUNCTIONS_RELEASE:-186eb26}
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

mkdir old new
write_stack old/stack.yaml '  site: {type: string}'
cat >>old/stack.yaml <<-'YAML'
locals:
  city: '${upper("über")}'
resources:
  raw:
    type: aws.s3.bucket
    name: fn-${var.site}
    tags:
      city: '${local.city}'
      path: '${replace("data/raw/x", "/raw/", "/clean/")}'
      chars: '${length("👾🕹️")} chars'
  note:
    type: aws.s3.object
    bucket: ${raw.name}
    key: note.txt
    content: '${upper("über")} ${replace("data/raw/x", "/raw/", "/clean/")} ${length("👾🕹️")}'
  doc:
    type: aws.s3.object
    bucket: ${raw.name}
    key: doc.json
    content: '${jsonencode({share = 0.1, rule = "a&b"})}'
YAML
cp old/stack.yaml new/stack.yaml

# The tag KEY of bucket fn-$1.
tag () {
	s3 s3api get-bucket-tagging --bucket "fn-$1" >tags.json &&
	json_get tags.json "[t[\"Value\"] for t in d[\"TagSet\"] if t[\"Key\"] == \"$2\"][0]"
}

# The state's "functions" ("absent" when it has none).
state_functions () {
	json_get terrace.state.json 'd.get("functions", "absent")'
}

test_expect_success 'the previous release applies it with its results' '
	cd "$TRASH/old" &&
	export TERRACE_VAR_site=old &&
	previous_terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal absent "$(state_functions)" &&
	test_equal "üBER" "$(tag old city)" &&
	test_equal "data/clean/x" "$(tag old path)" &&
	test_equal "3 chars" "$(tag old chars)" &&
	s3 s3api get-object --bucket fn-old --key note.txt note >/dev/null &&
	test_equal "üBER data/clean/x 3" "$(cat note)" &&
	s3 s3api get-object --bucket fn-old --key doc.json doc >/dev/null &&
	test_equal "{\"rule\":\"a&b\",\"share\":0.10000000000000001}" "$(cat doc)"
'

test_expect_success 'the build under test plans no change for it' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	upgrade_plans_no_change
'

test_expect_success 'a plan the previous release saved applies with its results' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	cat >>stack.yaml <<-YAML &&
	  saved:
	    type: aws.s3.object
	    bucket: \${raw.name}
	    key: saved.txt
	    content: \${upper("über")}-\${length("👾🕹️")}
	YAML
	previous_terrace plan -out old.plan >out 2>err &&
	terrace apply old.plan >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal absent "$(state_functions)" &&
	s3 s3api get-object --bucket fn-old --key saved.txt saved >/dev/null &&
	test_equal "üBER-3" "$(cat saved)"
'

test_expect_success 'a change elsewhere, by a saved plan, keeps the earlier results and the unmarked state' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	cat >>stack.yaml <<-YAML &&
	  more:
	    type: aws.s3.object
	    bucket: \${raw.name}
	    key: more.txt
	    content: more
	YAML
	terrace plan -out more.plan >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply more.plan >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal absent "$(state_functions)" &&
	test_equal "üBER" "$(tag old city)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'console gives the deployment its results' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	printf "%s\n" "upper(\"über\")" "length(\"👾🕹️\")" "local.city" | terrace console >out 2>err &&
	test_line out "\"üBER\"" &&
	test_line out "3"
'

test_expect_success 'plan -functions=terraform-2 shows what moving changes, and moves nothing' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	test_expect_code 2 terrace plan -functions=terraform-2 -detailed-exitcode -no-color >out 2>err &&
	test_match out "^ *~ content *= \"üBER data/clean/x 3\" -> \"ÜBER data//clean//x 2\"\$" &&
	test_match out "^ *~ \"city\" *= \"üBER\" -> \"ÜBER\"\$" &&
	test_match out "^ *~ \"chars\" *= \"3 chars\" -> \"2 chars\"\$" &&
	test_match out "^ *~ \"path\" *= \"data/clean/x\" -> \"data//clean//x\"\$" &&
	test_match out "^ *~ content *= .*a&b.*:0[.]10000000000000001.* -> .*a.*u0026b.*:0[.]1[}]" &&
	test_line out "Plan: 0 to add, 4 to change, 0 to destroy." &&
	test_equal absent "$(state_functions)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a name that is no Terraform edition is refused; -functions=terraform (85f6d4a'"'"'s command line) plans the move there' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	test_expect_code 1 terrace plan -functions=terraformm >out 2>err &&
	test_match err "-functions: \"terraformm\" is not an edition of Terraform.s function results: \"terraform-2\" \(the newest\) or \"terraform\"" &&
	test_expect_code 2 terrace plan -functions=terraform -detailed-exitcode -no-color >out 2>err &&
	test_contains out "to change"
'

test_expect_success 'apply -functions=terraform-2 moves it and records it' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	terrace apply -functions=terraform-2 -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 4 changed, 0 destroyed." &&
	s3 s3api get-object --bucket fn-old --key doc.json doc >/dev/null &&
	test_equal "{\"rule\":\"a\\u0026b\",\"share\":0.1}" "$(cat doc)" &&
	test_equal terraform-2 "$(state_functions)" &&
	test_equal "ÜBER" "$(tag old city)" &&
	test_equal "2 chars" "$(tag old chars)" &&
	test_equal "data//clean//x" "$(tag old path)" &&
	s3 s3api get-object --bucket fn-old --key note.txt note >/dev/null &&
	test_equal "ÜBER data//clean//x 2" "$(cat note)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	printf "%s\n" "upper(\"über\")" | terrace console >out 2>err &&
	test_line out "\"ÜBER\""
'

test_expect_success 'the earlier release still reads a marked state' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	previous_terrace state list >out 2>err &&
	test_line out "raw"
'

test_expect_success 'a fresh deployment gets Terraform results and the marker' '
	cd "$TRASH/new" && export TERRACE_VAR_site=new &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal terraform-2 "$(state_functions)" &&
	s3 s3api get-object --bucket fn-new --key doc.json doc >/dev/null &&
	test_equal "{\"rule\":\"a\\u0026b\",\"share\":0.1}" "$(cat doc)" &&
	test_equal "ÜBER" "$(tag new city)" &&
	test_equal "data//clean//x" "$(tag new path)" &&
	test_equal "2 chars" "$(tag new chars)" &&
	s3 s3api get-object --bucket fn-new --key note.txt note >/dev/null &&
	test_equal "ÜBER data//clean//x 2" "$(cat note)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_done

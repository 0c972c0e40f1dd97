#!/usr/bin/env bash
# t0097-controls-accepted: the controls corpus tests/corpus/controls/, the
# other side of t0096's refusals: stacks AWS accepts, each at the edges of
# the rules terrace checks (a length's ends, a range's ends, enum values, a
# pattern's edge characters, 50 tags with terrace's own two, policies at
# their size quotas, each schedule dialect's ends, CIDR blocks at /16 and
# /28) and with ${...} in every checked place (a variable, known at plan, or
# another resource's attribute, known only at apply: inside names, a
# policy's Sid, Action, Resource and Condition, a state machine's
# definition, tag keys and values). Each `# control: ` line of a case names
# one checked place and the rule and AWS's page it sits at the edge of
# (a control without a page fails its case).
# Each case is validated (one `terrace validate DIR...` over them all, each
# stack on its own), then planned with `terrace plan` against moto; the
# case is one step, which fails on any refusal and prints it. The
# `# figure:` lines count the cases, their controls, and the cases refused
# at validate and at plan (docs/validation.md). A false refusal found
# anywhere becomes a case here.
. "$(dirname "$0")/../lib.sh"

CORPUS=${CONTROLS_CORPUS:-$REPO_ROOT/tests/corpus/controls}

# Plan's reads of what a literal names are off here: the corpus's stacks
# are at the edges of the controls, written with identifiers at their
# patterns' edges (a KMS key ARN of the most length, sg-00000001,
# subnet-0a1b2c3d) that name no object and that moto cannot be made to
# have by those ids; what the controls judge is the values' form, and
# whether a literal names an object is t0952's and t1260's to prove.
export TERRACE_AWS_READ_LITERALS=0

# A role's AWS managed policies are asked of IAM at plan (GetPolicy): moto
# knows them when asked to load them.
start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || exit 1
use_server moto

# Every case in a folder of its own, validated by one run over them all
# (lib.sh's validate_each).
names=
for case_file in "$CORPUS"/*.yaml; do
	dir=$TRASH/$(basename "$case_file" .yaml)
	mkdir -p "$dir" && cp "$case_file" "$dir/stack.yaml" &&
	printf 'def handler(event, context):\n    return event\n' >"$dir/main.py" ||
		test_fail_setup "the cases' folders could not be made"
	names="$names $(basename "$case_file" .yaml)"
done
(cd "$TRASH" && validate_each $names)

# run_case FILE: plan in the case's folder when validate passed it; sets
# `stage` (validate, plan, passed, or setup when validate did not reach it)
# and leaves what the refusing command wrote in err.
run_case () {
	local dir
	dir=$TRASH/$(basename "$1" .yaml)
	cd "$dir" || return 1
	stage=passed
	if ! test -f validated; then
		echo "validate ended before this case (validate-each.out)" >err
		stage=setup
	elif test "$(cat validated)" = refused; then
		stage=validate
	elif ! terrace plan -no-color -input=false >out 2>err; then
		stage=plan
	fi
	cd "$TRASH" || return 1
}

refused_validate=0 refused_plan=0 total=0 controls=0

for case_file in "$CORPUS"/*.yaml; do
	name=$(basename "$case_file" .yaml)
	places=$(grep -c '^# control: ' "$case_file")
	uncited=$(grep '^# control: ' "$case_file" | grep -vc 'https://')
	run_case "$case_file"
	total=$((total + 1))
	controls=$((controls + places))
	case "$stage" in
	validate) refused_validate=$((refused_validate + 1)) ;;
	plan) refused_plan=$((refused_plan + 1)) ;;
	esac
	dir=$TRASH/$name
	echo "# control case: $name ($places controls): $stage"
	test_expect_success "$name: $places controls pass validate and plan" '
		test "$places" -gt 0 &&
		if test "$uncited" -gt 0; then
			echo "$uncited controls cite no page (https://...)"
			return 1
		fi &&
		if test "$stage" != passed; then
			echo "refused at $stage, a stack AWS accepts:"
			head -n 20 "$dir/err"
			return 1
		fi &&
		test_contains "$dir/out" "Plan: "
	'
done

echo "# figure: $total control cases, $controls controls, with $(basename "$TERRACE") ($TERRACE)"
echo "# figure: refused at validate: $refused_validate"
echo "# figure: refused at plan: $refused_plan"
test_done

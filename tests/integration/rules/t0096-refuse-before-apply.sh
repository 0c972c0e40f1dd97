#!/usr/bin/env bash
# time-limit: 1200 (121 s of CPU; 530 s seen under a full suite at load 10-13)
# t0096-refuse-before-apply: the corpus tests/corpus/refuse/, one stack per
# file with one mistake that real AWS refuses (its `# rule:` line cites the
# rule). Each case is validated (one `terrace validate DIR...` over them
# all, each stack on its own); if that passes, `plan` against
# moto; if that passes, `apply` (then `destroy`, so that the next case finds
# moto as it was). The stage that refused it is recorded, and the case is
# one step, which passes when it was refused at its `# expect:` stage or
# earlier, with its `# error:` text in the message, at its `# at:
# LINE:COL` when given. The `# figure:` lines at the end count the cases
# refused at validate, at plan, at apply and never (docs/validation.md).
# Moto starts only when a case gets past validate, once for the file.
. "$(dirname "$0")/../lib.sh"

CORPUS=${REFUSE_CORPUS:-$REPO_ROOT/tests/corpus/refuse}
moto_started=

need_moto () {
	test -n "$moto_started" && return 0
	start_moto || return 1
	use_server moto
	moto_started=yes
}

stage_rank () {
	case "$1" in
	validate) echo 1 ;;
	plan) echo 2 ;;
	apply) echo 3 ;;
	*) echo 4 ;;
	esac
}

# header FILE KEY: the value of the case's "# KEY: " line.
header () {
	sed -n "s/^# $2: //p" "$1" | head -n 1
}

# validate_all: every case copied into a folder of its own, then one
# validate over them all (lib.sh's validate_each: each folder's err and
# validated, none for a case the run did not reach).
validate_all () {
	local f d names=
	for f in "$CORPUS"/*.yaml; do
		d=$(basename "$f" .yaml)
		mkdir -p "$TRASH/$d" && cp "$f" "$TRASH/$d/stack.yaml" &&
		printf 'def handler(event, context):\n    return event\n' >"$TRASH/$d/main.py" || return 1
		names="$names $d"
	done
	(cd "$TRASH" && validate_each $names)
}
# run_case FILE: the stages after validate in the case's folder; sets `stage`
# (validate, plan, apply, never, or setup when validate did not reach it)
# and leaves what the refusing command wrote in err.
run_case () {
	local dir
	dir=$TRASH/$(basename "$1" .yaml)
	cd "$dir" || return 1
	stage=never
	if ! test -f validated; then
		echo "validate ended before this case (validate-each.out)" >err
		stage=setup
	elif test "$(cat validated)" = refused; then
		stage=validate
	elif ! need_moto; then
		echo "moto did not start" >err
		stage=setup
	elif ! terrace plan -no-color -input=false >out 2>err; then
		stage=plan
	elif ! terrace apply -no-color -input=false -auto-approve >out 2>err; then
		stage=apply
		terrace destroy -no-color -input=false -auto-approve >destroy.out 2>&1
	else
		terrace destroy -no-color -input=false -auto-approve >destroy.out 2>&1
	fi
	cd "$TRASH" || return 1
}
validate_all || test_fail_setup "the cases' folders could not be made"
refused_validate=0 refused_plan=0 refused_apply=0 refused_never=0 total=0

for case_file in "$CORPUS"/*.yaml; do
	name=$(basename "$case_file" .yaml)
	expect=$(header "$case_file" expect)
	error=$(header "$case_file" error)
	at=$(header "$case_file" at)
	run_case "$case_file"
	total=$((total + 1))
	case "$stage" in
	validate) refused_validate=$((refused_validate + 1)) ;;
	plan) refused_plan=$((refused_plan + 1)) ;;
	apply) refused_apply=$((refused_apply + 1)) ;;
	*) refused_never=$((refused_never + 1)) ;;
	esac
	dir=$TRASH/$name
	echo "# refused: $name at $stage"
	test_expect_success "$name: refused at $expect or earlier: $error" '
		test -n "$expect" && test -n "$error" &&
		if test "$(stage_rank "$stage")" -gt "$(stage_rank "$expect")"; then
			echo "refused at: $stage, expected at: $expect"
			cat "$dir/err" "$dir/out" 2>/dev/null | head -n 20
			return 1
		fi &&
		test_contains "$dir/err" "$error" &&
		if test -n "$at"; then
			test_contains "$dir/err" "stack.yaml:$at:"
		fi
	'
done

echo "# figure: $total cases with $(basename "$TERRACE") ($TERRACE)"
echo "# figure: refused at validate: $refused_validate"
echo "# figure: refused at plan: $refused_plan"
echo "# figure: refused at apply: $refused_apply"
echo "# figure: never refused: $refused_never"
test_done

#!/usr/bin/env bash
# t1421-ci-terraform-idioms: Terraform's CI habits (issue 77 point 3), as a
# CI job runs them (CI=true, stdin not a terminal), with the state in the
# S3 backend on moto.
# - a lock a killed job left: the error names `terrace force-unlock -force
#   ID` in CI (the form that runs there), the plain form on a terminal.
# - TERRACE_LOG takes TF_LOG's levels: trace and debug write the debug
#   log, info, warn, error and off write none; another is warned of once.
# - force-unlock: asks on a terminal; where no one can answer (CI, no
#   terminal) it is refused unless -force, and the lock stays; -force
#   removes it; a wrong id with -force removes nothing.
# - workspace select -or-create NAME (Terraform 1.4): creates the workspace
#   the first time, selects it the next; an invalid name creates nothing;
#   -or-create with another subcommand is refused.
# - TF_WORKSPACE selects the workspace for every command, as
#   TERRACE_WORKSPACE does: a missing one is refused naming it; `workspace
#   select` is refused while it is set and `workspace delete` of it too
#   (Terraform's way); the two variables naming different workspaces are
#   refused, naming both; alike they are one.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
	TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
export CI=true
unset TF_WORKSPACE TERRACE_WORKSPACE

write_stack stack.yaml "  tier: {type: string, default: base}"
cat >>stack.yaml <<'YAML'
backend:
  type: s3
  bucket: t1421-tfstate
  region: us-east-1
  path_style: true
resources:
  raw:
    type: aws.s3.bucket
    name: t1421-${var.tier}-${terrace.workspace}
YAML
KEY_DEFAULT=$TEST_NAME/terrace.state.json

put_lock () {
	printf '{"created":"2026-01-01T00:00:00Z","host":"ci-7","id":"%s","operation":"apply","pid":4242,"who":"deploy@ci-7"}' "$1" >lock.json &&
	s3 s3api put-object --bucket t1421-tfstate --key "$KEY_DEFAULT.lock" --body lock.json >/dev/null
}
lock_there () {
	s3 s3api head-object --bucket t1421-tfstate --key "$KEY_DEFAULT.lock" >/dev/null 2>&1
}
LOCK=33333333-3333-4333-8333-333333333333

test_expect_success 'setup: the state bucket, the stack applied in the default workspace' '
	s3 s3api create-bucket --bucket t1421-tfstate >/dev/null &&
	terrace apply -auto-approve >out 2>err </dev/null &&
	test_contains out "Apply complete! Resources: 1 added" &&
	bucket_exists t1421-base-default
'

test_expect_success 'a lock a killed job left: the message names the force-unlock that runs where it is read' '
	put_lock $LOCK &&
	test_expect_code 1 terrace plan >out 2>err </dev/null &&
	test_contains err "(lock id $LOCK)" &&
	test_contains err "remove the lock with: terrace force-unlock -force $LOCK" &&
	(unset CI && printf "" | script -qec "\"$TERRACE\" plan -no-color" /dev/null >tty.out 2>&1) ;
	test_contains tty.out "(lock id $LOCK)" &&
	test_contains tty.out "remove the lock with: terrace force-unlock $LOCK" &&
	test_not_contains tty.out "force-unlock -force" &&
	terrace force-unlock -force $LOCK >out 2>err </dev/null &&
	test_contains out "Removed the state lock $LOCK" &&
	! lock_there
'

test_expect_success 'TERRACE_LOG as TF_LOG: trace writes the debug log, info and off none, another level is warned of once' '
	TERRACE_LOG=trace terrace plan >out 2>err </dev/null &&
	test_contains err "[debug] " &&
	test_not_contains err "Warning" &&
	TERRACE_LOG=INFO terrace plan >out 2>err </dev/null &&
	test_contains out "No changes." &&
	test_not_contains err "[debug] " &&
	test_not_contains err "Warning" &&
	TERRACE_LOG=verbose terrace plan >out 2>err </dev/null &&
	test_contains out "No changes." &&
	test_equal 1 "$(grep -c "^Warning: TERRACE_LOG=verbose is not a level terrace knows: trace or debug writes the debug log to stderr" err)" &&
	test_equal 1 "$(grep -c "Warning" err)" &&
	test_not_contains err "[debug] "
'

test_expect_success 'force-unlock in CI without -force: refused, the lock stays' '
	put_lock $LOCK &&
	test_expect_code 1 terrace force-unlock $LOCK >out 2>err </dev/null &&
	test_line err "Error: force-unlock needs confirmation, but input is off (-input=false, or CI is set): pass -force" &&
	test_empty out &&
	lock_there &&
	(unset CI && test_expect_code 1 "$TERRACE" force-unlock $LOCK >out 2>err </dev/null) &&
	test_line err "Error: force-unlock needs confirmation: run it on a terminal or pass -force" &&
	lock_there
'

test_expect_success 'force-unlock on a terminal: asks; anything but yes cancels, yes removes' '
	(unset CI && printf "no\n" | script -qec "\"$TERRACE\" force-unlock $LOCK" /dev/null >tty.out 2>&1) ;
	test_contains tty.out "Do you really want to force-unlock?" &&
	test_contains tty.out "force-unlock cancelled." &&
	lock_there &&
	(unset CI && printf "yes\n" | script -qec "\"$TERRACE\" force-unlock $LOCK" /dev/null >tty.out 2>&1) &&
	test_contains tty.out "Removed the state lock $LOCK held by deploy@ci-7 (pid 4242) for apply" &&
	! lock_there
'

test_expect_success 'force-unlock -force: a wrong id removes nothing; the right one removes it' '
	put_lock $LOCK &&
	test_expect_code 1 terrace force-unlock -force 00000000-0000-4000-8000-000000000000 >out 2>err </dev/null &&
	test_contains err "the lock'"'"'s id is $LOCK, not 00000000-0000-4000-8000-000000000000; nothing removed" &&
	lock_there &&
	terrace force-unlock -force $LOCK >out 2>err </dev/null &&
	test_line out "Removed the state lock $LOCK held by deploy@ci-7 (pid 4242) for apply since 2026-01-01T00:00:00Z." &&
	! lock_there &&
	terrace plan -detailed-exitcode >out 2>err </dev/null
'

test_expect_success 'workspace select -or-create: created the first time, selected the next' '
	terrace workspace select -or-create staging >out 2>err </dev/null &&
	test_line out "Created workspace \"staging\"." &&
	test_line out "Switched to workspace \"staging\"." &&
	test_equal staging "$(terrace workspace show)" &&
	s3 s3api head-object --bucket t1421-tfstate --key "$TEST_NAME/env:/staging/terrace.state.json" >/dev/null &&
	terrace apply -auto-approve >out 2>err </dev/null &&
	bucket_exists t1421-base-staging &&
	terrace workspace select default >out 2>err </dev/null &&
	terrace workspace select -or-create staging >out 2>err </dev/null &&
	test_not_contains out "Created" &&
	test_line out "Switched to workspace \"staging\"." &&
	terrace plan -detailed-exitcode >out 2>err </dev/null &&
	terrace workspace select default >out 2>err </dev/null &&
	test_expect_code 1 terrace workspace select qa >out 2>err </dev/null &&
	test_line err "Error: workspace \"qa\" does not exist; create it with \`terrace workspace new qa\`"
'

test_expect_success 'workspace select -or-create: an invalid name creates nothing; not with new' '
	test_expect_code 1 terrace workspace select -or-create "bad/name" >out 2>err </dev/null &&
	test_line err "Error: workspace name \"bad/name\" is not valid: use letters, digits, '"'"'-'"'"' and '"'"'_'"'"' (up to 64)" &&
	test_expect_code 1 terrace workspace new -or-create qa >out 2>err </dev/null &&
	test_line err "Error: workspace new: -or-create is select'"'"'s (\`terrace workspace select -or-create NAME\`)" &&
	terrace workspace list >out 2>err </dev/null &&
	test_equal "* default|  staging" "$(paste -sd"|" out)"
'

test_expect_success 'TF_WORKSPACE selects the workspace for plan, apply, show and output' '
	TF_WORKSPACE=staging terrace plan -detailed-exitcode >out 2>err </dev/null &&
	TF_WORKSPACE=staging terrace workspace show >out 2>err &&
	test_equal staging "$(cat out)" &&
	TF_WORKSPACE=staging terrace apply -var tier=two -auto-approve >out 2>err </dev/null &&
	test_contains out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	bucket_exists t1421-two-staging &&
	bucket_exists t1421-base-default &&
	TF_WORKSPACE=staging terrace state list >out 2>err &&
	test_equal raw "$(cat out)" &&
	terrace plan -detailed-exitcode >out 2>err </dev/null
'

test_expect_success 'TF_WORKSPACE naming a missing workspace, or an invalid name: refused, named' '
	TF_WORKSPACE=qa test_expect_code 1 terrace plan >out 2>err </dev/null &&
	test_line err "Error: workspace \"qa\" does not exist; create it with \`terrace workspace new qa\`" &&
	TF_WORKSPACE=qa terrace workspace new qa >out 2>err </dev/null &&
	test_line out "Created workspace \"qa\"." &&
	test_not_contains out "Switched" &&
	TF_WORKSPACE=qa terrace plan >out 2>err </dev/null &&
	test_contains out "Plan: 1 to add" &&
	TF_WORKSPACE="a b" test_expect_code 1 terrace plan >out 2>err </dev/null &&
	test_line err "Error: workspace name \"a b\" (TF_WORKSPACE) is not valid: use letters, digits, '"'"'-'"'"' and '"'"'_'"'"' (up to 64)"
'

test_expect_success 'TF_WORKSPACE set: workspace select refused (even -or-create); delete of it refused' '
	TF_WORKSPACE=qa test_expect_code 1 terrace workspace select default >out 2>err </dev/null &&
	test_line err "Error: TF_WORKSPACE=qa overrides the selected workspace; unset it to select one" &&
	TF_WORKSPACE=qa test_expect_code 1 terrace workspace select -or-create other >out 2>err </dev/null &&
	test_line err "Error: TF_WORKSPACE=qa overrides the selected workspace; unset it to select one" &&
	TF_WORKSPACE=qa test_expect_code 1 terrace workspace delete qa >out 2>err </dev/null &&
	test_line err "Error: workspace \"qa\" is the current one; select another first (\`terrace workspace select default\`)" &&
	terrace workspace list >out 2>err </dev/null &&
	test_not_contains out other &&
	TF_WORKSPACE=staging terrace workspace delete qa >out 2>err </dev/null &&
	test_line out "Deleted workspace \"qa\"."
'

test_expect_success 'TERRACE_WORKSPACE and TF_WORKSPACE: differing refused naming both; alike, one' '
	TERRACE_WORKSPACE=default TF_WORKSPACE=staging test_expect_code 1 terrace plan >out 2>err </dev/null &&
	test_line err "Error: TERRACE_WORKSPACE=default and TF_WORKSPACE=staging name different workspaces: set one of them (or both alike)" &&
	TERRACE_WORKSPACE=default TF_WORKSPACE=staging test_expect_code 1 terrace workspace show >out 2>err &&
	test_contains err "name different workspaces" &&
	TERRACE_WORKSPACE=staging TF_WORKSPACE=staging terrace plan -var tier=two -detailed-exitcode >out 2>err </dev/null &&
	TERRACE_WORKSPACE=staging TF_WORKSPACE=staging terrace destroy -auto-approve >out 2>err </dev/null &&
	! bucket_exists t1421-two-staging &&
	terrace destroy -auto-approve >out 2>err </dev/null &&
	! bucket_exists t1421-base-default
'

test_done

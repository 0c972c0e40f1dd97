#!/usr/bin/env bash
# t0440-workspaces: one stack, several states. With a bucket named
# lake-${terrace.workspace}, the default and a new workspace each apply their
# own bucket into their own state (terrace.state.json and
# terrace.state.d/<ws>/terrace.state.json; on the S3 backend
# <stack>/terrace.state.json and <stack>/env:/<ws>/terrace.state.json, seen
# with the aws CLI); destroying one leaves the other; a saved plan applies to
# the workspace it was made in; list/show/select/new/delete and their
# refusals (default, the current one, one with resources unless -force, an
# unknown or invalid name, TERRACE_WORKSPACE overriding select).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# lake_stack NAME_PREFIX [BACKEND_LINES] [TAG]: one bucket per workspace.
lake_stack () {
	write_stack stack.yaml
	printf '%s' "${2:-}" >>stack.yaml
	cat >>stack.yaml <<-EOF
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: $1-\${terrace.workspace}
	    tags: {ws: "\${terrace.workspace}", rev: "${3:-1}"}
	EOF
}

# state_ids FILE: "name=id" of every resource in a state file.
state_ids () {
	json_get "$1" '" ".join(k + "=" + v["id"] for k, v in sorted(d["resources"].items()))'
}

test_expect_success 'a fresh stack is in the default workspace' '
	lake_stack t0440-lake &&
	terrace workspace show >out &&
	test_equal default "$(cat out)" &&
	terrace workspace list >out &&
	printf "* default\n" >expect &&
	test_cmp expect out
'

test_expect_success 'default applies its bucket into terrace.state.json' '
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	bucket_exists t0440-lake-default &&
	test_equal "lake=t0440-lake-default" "$(state_ids terrace.state.json)"
'

test_expect_success 'workspace new creates and selects dev' '
	terrace workspace new dev >out 2>err &&
	test_contains out "Created workspace \"dev\"" &&
	test_equal dev "$(cat .terrace/environment)" &&
	test -d terrace.state.d/dev &&
	test_equal dev "$(terrace workspace show)" &&
	terrace workspace list >out &&
	printf "  default\n* dev\n" >expect &&
	test_cmp expect out
'

test_expect_success 'dev plans its own bucket and applies it into its own state' '
	terrace plan -no-color >out 2>err &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_contains out "t0440-lake-dev" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 1 added" &&
	bucket_exists t0440-lake-dev &&
	bucket_tags t0440-lake-dev >tags &&
	{ printf "rev=1\nws=dev\n" && stack_tags dev; } | sort >expect &&
	test_cmp expect tags &&
	test_equal "lake=t0440-lake-dev" "$(state_ids terrace.state.d/dev/terrace.state.json)" &&
	test_equal "lake=t0440-lake-default" "$(state_ids terrace.state.json)"
'

test_expect_success 'TERRACE_WORKSPACE overrides the selection; both states are clean' '
	terrace plan -detailed-exitcode >out 2>err &&
	TERRACE_WORKSPACE=default terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes" &&
	test_equal default "$(TERRACE_WORKSPACE=default terrace workspace show)" &&
	TERRACE_WORKSPACE=default terrace state list >out &&
	test_equal lake "$(cat out)" &&
	TERRACE_WORKSPACE=default terrace show -json >st.json 2>err &&
	test_contains st.json t0440-lake-default &&
	test_not_contains st.json t0440-lake-dev
'

test_expect_success 'a plan saved in dev applies to dev even with default selected' '
	lake_stack t0440-lake "" 2 &&
	terrace plan -out=dev.plan >out 2>err &&
	test_contains out "1 to change" &&
	terrace workspace select default >out &&
	test_contains out "Switched to workspace \"default\"" &&
	serial=$(json_get terrace.state.json "d[\"serial\"]") &&
	terrace apply dev.plan >out 2>err &&
	test_contains out "Apply complete! Resources: 0 added, 1 changed" &&
	bucket_tags t0440-lake-dev >tags &&
	{ printf "rev=2\nws=dev\n" && stack_tags dev; } | sort >expect &&
	test_cmp expect tags &&
	bucket_tags t0440-lake-default >tags &&
	{ printf "rev=1\nws=default\n" && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	test_equal "$serial" "$(json_get terrace.state.json "d[\"serial\"]")"
'

# taken_stack ID: the lake stack with rev 2 (dev's), and an import: of
# bucket ID as `taken`.
taken_stack () {
	lake_stack t0440-lake "" 2 &&
	cat >>stack.yaml <<-EOF
	  taken:
	    type: aws.s3.bucket
	    name: $1
	import:
	  - to: taken
	    id: $1
	EOF
}

test_expect_success 'an import of what another workspace'"'"'s state holds is refused, naming it; that workspace plans no change' '
	taken_stack t0440-lake-default &&
	test_expect_code 1 env TERRACE_WORKSPACE=dev "$TERRACE" plan >out 2>err &&
	test_contains err "cannot import taken: aws.s3.bucket \"t0440-lake-default\" is workspace \"default\"'"'"'s (its state holds it as lake)" &&
	lake_stack t0440-lake "" 2 &&
	printf "  taken:\n    type: aws.s3.bucket\n    name: t0440-lake-default\n" >>stack.yaml &&
	test_expect_code 1 env TERRACE_WORKSPACE=dev "$TERRACE" import taken t0440-lake-default >out 2>err &&
	test_contains err "is workspace \"default\"'"'"'s (its state holds it as lake)" &&
	TERRACE_WORKSPACE=dev terrace state list >out && echo lake >expect && test_cmp expect out &&
	bucket_tags t0440-lake-default >tags &&
	{ printf "rev=1\nws=default\n" && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	lake_stack t0440-lake &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a saved plan'"'"'s import is refused at apply once another workspace holds the object' '
	s3 s3api create-bucket --bucket t0440-byhand >/dev/null &&
	taken_stack t0440-byhand &&
	TERRACE_WORKSPACE=dev terrace plan -out=imp.plan >out 2>err &&
	test_contains out "Plan: 1 to import, " &&
	terrace apply -auto-approve -target taken >out 2>err &&
	test_contains out "Apply complete! Resources: 1 imported, " &&
	test_expect_code 1 env TERRACE_WORKSPACE=dev "$TERRACE" apply imp.plan >out 2>err &&
	test_contains err "cannot import taken: aws.s3.bucket \"t0440-byhand\" is workspace \"default\"'"'"'s (its state holds it as taken)" &&
	TERRACE_WORKSPACE=dev terrace state list >out && echo lake >expect && test_cmp expect out &&
	terrace plan -detailed-exitcode -target taken >out 2>err &&
	terrace state rm taken >out 2>err &&
	s3 s3api delete-bucket --bucket t0440-byhand &&
	lake_stack t0440-lake "" 2
'

test_expect_success 'an object tagged for a workspace whose state does not hold it (or no workspace: ../../x) may be imported' '
	s3 s3api create-bucket --bucket t0440-orphan >/dev/null &&
	taken_stack t0440-orphan &&
	mkdir -p ../x && python3 -c "import json; d = json.load(open(\"terrace.state.json\")); d[\"resources\"][\"taken\"] = dict(d[\"resources\"][\"lake\"], id=\"t0440-orphan\"); json.dump(d, open(\"../x/terrace.state.json\", \"w\"))" &&
	for ws in gone ../../x; do
		s3 s3api put-bucket-tagging --bucket t0440-orphan --tagging \
			"TagSet=[{Key=terrace:stack,Value=t0440-workspaces},{Key=terrace:workspace,Value=$ws}]" &&
		TERRACE_WORKSPACE=dev terrace plan >out 2>err &&
		test_contains out "Plan: 1 to import, " || return 1
	done &&
	s3 s3api delete-bucket --bucket t0440-orphan && rm -r ../x &&
	lake_stack t0440-lake "" 2
'

test_expect_success 'refusals: default, the current one, unknown, invalid, existing names' '
	test_expect_code 1 terrace workspace delete default 2>err &&
	test_contains err "workspace \"default\" cannot be deleted" &&
	test_expect_code 1 terrace workspace new dev 2>err &&
	test_contains err "workspace \"dev\" already exists" &&
	test_expect_code 1 terrace workspace select nope 2>err &&
	test_contains err "workspace \"nope\" does not exist; create it with \`terrace workspace new nope\`" &&
	test_expect_code 1 env TERRACE_WORKSPACE=nope "$TERRACE" plan 2>err &&
	test_contains err "workspace \"nope\" does not exist" &&
	test_expect_code 1 terrace workspace new "a/b" 2>err &&
	test_contains err "workspace name \"a/b\" is not valid" &&
	test_expect_code 1 env TERRACE_WORKSPACE=dev "$TERRACE" workspace select default 2>err &&
	test_contains err "TERRACE_WORKSPACE=dev overrides the selected workspace" &&
	test_expect_code 1 terrace workspace frob 2>err &&
	test_contains err "unknown subcommand \"frob\"" &&
	terrace workspace select dev >out &&
	test_expect_code 1 terrace workspace delete dev 2>err &&
	test_contains err "workspace \"dev\" is the current one" &&
	terrace workspace select default >out &&
	test_expect_code 1 terrace workspace delete dev 2>err &&
	test_contains err "workspace \"dev\" still manages 1 resource; destroy it first" &&
	test -f terrace.state.d/dev/terrace.state.json
'

test_expect_success 'destroy in dev leaves default; then dev can be deleted' '
	TERRACE_WORKSPACE=dev terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists t0440-lake-dev &&
	bucket_exists t0440-lake-default &&
	test_equal "lake=t0440-lake-default" "$(state_ids terrace.state.json)" &&
	terrace workspace delete dev >out 2>err &&
	test_contains out "Deleted workspace \"dev\"" &&
	! test -e terrace.state.d/dev &&
	terrace workspace list >out &&
	printf "* default\n" >expect &&
	test_cmp expect out
'

test_expect_success 'delete -force drops a state that still has resources (left unmanaged)' '
	terrace workspace new tmp >out &&
	terrace apply -auto-approve >out 2>err &&
	bucket_exists t0440-lake-tmp &&
	terrace workspace select default >out &&
	test_expect_code 1 terrace workspace delete tmp 2>err &&
	terrace workspace delete -force tmp >out 2>err &&
	test_contains out "Deleted workspace \"tmp\"" &&
	! test -e terrace.state.d/tmp &&
	bucket_exists t0440-lake-tmp &&
	s3 s3api delete-bucket --bucket t0440-lake-tmp
'

# ---- the S3 backend ----

s3_backend='backend:
  type: s3
  bucket: t0440-tfstate
  region: us-east-1
  path_style: true
'

# state_keys: the state objects in the state bucket (no history, no lock).
state_keys () {
	bucket_keys t0440-tfstate | grep -v -e "\.history/" -e "\.lock$"
}

test_expect_success 's3: default and staging keep their states under their own keys' '
	mkdir remote && cd remote &&
	export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
		TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
	s3 s3api create-bucket --bucket t0440-tfstate >/dev/null &&
	lake_stack t0440-rlake "$s3_backend" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "1 added" &&
	terrace workspace new staging >out 2>err &&
	test_contains out "Created workspace \"staging\"" &&
	state_keys >keys &&
	printf "t0440-workspaces/env:/staging/terrace.state.json\nt0440-workspaces/terrace.state.json\n" >expect &&
	test_cmp expect keys &&
	terrace workspace list >out &&
	printf "  default\n* staging\n" >expect &&
	test_cmp expect out &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "1 added" &&
	bucket_exists t0440-rlake-staging &&
	bucket_exists t0440-rlake-default &&
	s3 s3api get-object --bucket t0440-tfstate --key "t0440-workspaces/env:/staging/terrace.state.json" st.json >/dev/null &&
	test_equal "lake=t0440-rlake-staging" "$(state_ids st.json)" &&
	s3 s3api get-object --bucket t0440-tfstate --key "t0440-workspaces/terrace.state.json" st.json >/dev/null &&
	test_equal "lake=t0440-rlake-default" "$(state_ids st.json)" &&
	! test -e terrace.state.json && ! test -e terrace.state.d
'

test_expect_success 's3: a plan saved in staging names its key and applies there' '
	lake_stack t0440-rlake "$s3_backend" 2 &&
	terrace plan -out=staging.plan >out 2>err &&
	terrace workspace select default >out &&
	terrace apply staging.plan >out 2>err &&
	test_contains out "0 added, 1 changed" &&
	bucket_tags t0440-rlake-staging >tags &&
	{ printf "rev=2\nws=staging\n" && stack_tags staging; } | sort >expect &&
	test_cmp expect tags &&
	bucket_tags t0440-rlake-default >tags &&
	{ printf "rev=1\nws=default\n" && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 's3: destroy staging, delete it; its state object goes, default stays' '
	test_expect_code 1 terrace workspace delete staging 2>err &&
	test_contains err "still manages 1 resource" &&
	TERRACE_WORKSPACE=staging terrace destroy -auto-approve >out 2>err &&
	test_contains out "1 destroyed" &&
	! bucket_exists t0440-rlake-staging &&
	bucket_exists t0440-rlake-default &&
	terrace workspace delete staging >out 2>err &&
	state_keys >keys &&
	printf "t0440-workspaces/terrace.state.json\n" >expect &&
	test_cmp expect keys &&
	terrace workspace list >out &&
	printf "* default\n" >expect &&
	test_cmp expect out &&
	test_expect_code 1 env TERRACE_WORKSPACE=staging "$TERRACE" plan 2>err &&
	test_contains err "workspace \"staging\" does not exist"
'

test_expect_success 's3: with a configured key, other workspaces live under env:/<ws>/KEY' '
	terrace workspace new qa -backend-config key=custom/state.json >out 2>err &&
	state_keys >keys &&
	test_contains keys "env:/qa/custom/state.json" &&
	terrace workspace list -backend-config key=custom/state.json >out &&
	printf "  default\n* qa\n" >expect &&
	test_cmp expect out &&
	terrace workspace select default >out &&
	terrace workspace delete qa -backend-config key=custom/state.json >out 2>err &&
	state_keys >keys &&
	test_not_contains keys "env:/qa/" &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! bucket_exists t0440-rlake-default &&
	cd .. && terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! bucket_exists t0440-lake-default
'

test_done

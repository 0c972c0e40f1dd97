#!/usr/bin/env bash
# t0455-migrate-state: `terrace init` records the backend in
# .terrace/backend.json; a backend changed since (a backend: block added or
# removed) is refused by every command with a pointer to
# `terrace init -migrate-state`, never started as an empty state.
# -migrate-state moves both workspaces local -> S3 (moto) -> local: the
# objects seen with the aws CLI are byte for byte the local files, plans are
# clean, a change made on S3 comes back. Refusals: another state already in
# the destination (nothing copied, record unchanged, until -force-copy), a
# lock held on the destination, -migrate-state with -reconfigure; without
# any record, a local state left behind by a new backend: block. Migrating
# with an encryption key seals the destination.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY

BACKEND='backend:
  type: s3
  bucket: tfstate-mig
  region: us-east-1
  path_style: true
'
KEY_DEFAULT=$TEST_NAME/terrace.state.json
KEY_DEV=$TEST_NAME/env:/dev/terrace.state.json

# mig_stack REV [BACKEND_LINES]: one bucket per workspace.
mig_stack () {
	write_stack stack.yaml
	printf '%s' "${2:-}" >>stack.yaml
	cat >>stack.yaml <<-EOF
	resources:
	  lake: {type: aws.s3.bucket, name: "t0455-\${terrace.workspace}-lake", tags: {rev: "$1"}}
	EOF
}

# get KEY FILE: an object of the state bucket, with the aws CLI.
get () {
	s3 s3api get-object --bucket tfstate-mig --key "$1" "$2" >/dev/null
}

recorded () {
	json_get .terrace/backend.json 'd["state"]'
}

test_expect_success 'init records the local backend; two workspaces applied locally' '
	s3 s3api create-bucket --bucket tfstate-mig >/dev/null &&
	mig_stack 1 &&
	terrace init >out 2>err &&
	test_line out "terrace has been initialized: the state is in $TRASH/terrace.state.json." &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)" &&
	terrace apply -auto-approve >out 2>err &&
	terrace workspace new dev >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "1 added" &&
	terrace workspace select default >out &&
	cp terrace.state.json default.orig &&
	cp terrace.state.d/dev/terrace.state.json dev.orig
'

test_expect_success 'with a backend: block added, commands refuse and point at init -migrate-state' '
	mig_stack 1 "$BACKEND" &&
	for cmd in "plan" "apply -auto-approve" "state list" "output" "workspace list" "init"; do
		test_expect_code 1 terrace $cmd >out 2>err &&
		test_contains err "s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT" &&
		test_contains err "Run \`terrace init -migrate-state\` to move the state (every workspace) there, or \`terrace init -reconfigure\` to use it as it is." || return 1
	done &&
	test_contains err "Error: the backend changed: the state is in $TRASH/terrace.state.json, the stack now names s3://tfstate-mig/$KEY_DEFAULT" &&
	test_equal "" "$(bucket_keys tfstate-mig)" &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)"
'

test_expect_success 'init -migrate-state moves both workspaces to S3, byte for byte; plans are clean' '
	terrace init -migrate-state >out 2>err &&
	test_line out "Migrating the state from $TRASH/terrace.state.json to s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT:" &&
	test_line out "default: copied (serial $(json_get default.orig "d[\"serial\"]"), 1 resource)" &&
	test_line out "dev: copied (serial $(json_get dev.orig "d[\"serial\"]"), 1 resource)" &&
	test_contains out "was left as it was; delete it once you no longer need it." &&
	test_equal "s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT" "$(recorded)" &&
	get "$KEY_DEFAULT" default.s3 && test_cmp default.orig default.s3 &&
	get "$KEY_DEV" dev.s3 && test_cmp dev.orig dev.s3 &&
	test_cmp default.orig terrace.state.json &&
	terrace plan -detailed-exitcode >out 2>err &&
	TERRACE_WORKSPACE=dev terrace plan -detailed-exitcode >out 2>err &&
	terrace workspace list >out &&
	printf "* default\n  dev\n" >expect &&
	test_cmp expect out &&
	test_expect_code 255 s3 s3api head-object --bucket tfstate-mig --key "$KEY_DEFAULT.lock" 2>/dev/null &&
	test_expect_code 255 s3 s3api head-object --bucket tfstate-mig --key "$KEY_DEV.lock" 2>/dev/null
'

test_expect_success 'a second init -migrate-state has nothing to do' '
	terrace init -migrate-state >out 2>err &&
	test_contains out "Nothing to migrate: the state is already in s3://tfstate-mig/$KEY_DEFAULT" &&
	get "$KEY_DEFAULT" again.s3 && test_cmp default.orig again.s3
'

test_expect_success 'a change applied to dev on S3 comes back with S3 -> local; default round-trips unchanged' '
	mig_stack 2 "$BACKEND" &&
	TERRACE_WORKSPACE=dev terrace apply -auto-approve >out 2>err &&
	test_contains out "1 changed" &&
	get "$KEY_DEV" dev.s3 &&
	get "$KEY_DEFAULT" default.s3 &&
	mig_stack 2 &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "the backend changed since \`terrace init\`: the state is in s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT (as ./.terrace/backend.json records), the stack now names $TRASH/terrace.state.json." &&
	terrace init -migrate-state >out 2>err &&
	test_line out "default: already there (serial $(json_get default.orig "d[\"serial\"]"))" &&
	test_line out "dev: copied (serial $(json_get dev.s3 "d[\"serial\"]"), 1 resource)" &&
	test_cmp default.orig terrace.state.json &&
	test_cmp dev.s3 terrace.state.d/dev/terrace.state.json &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)" &&
	TERRACE_WORKSPACE=dev terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'another state in the destination is refused, nothing copied, until -force-copy' '
	python3 -c "import json; d = json.load(open(\"dev.s3\")); d[\"lineage\"] = \"11111111-1111-4111-8111-111111111111\"; d[\"serial\"] = 1; open(\"foreign.json\", \"w\").write(json.dumps(d, indent=2, sort_keys=True) + \"\n\")" &&
	s3 s3api put-object --bucket tfstate-mig --key "$KEY_DEV" --body foreign.json >/dev/null &&
	mig_stack 3 "$BACKEND" &&
	etag=$(s3 s3api head-object --bucket tfstate-mig --key "$KEY_DEFAULT" --query ETag --output text) &&
	test_expect_code 1 terrace init -migrate-state >out 2>err &&
	test_line err "Error: workspace \"dev\": the new backend already holds another state (lineage 11111111-1111-4111-8111-111111111111, 1 resources)" &&
	test_contains err "Error: init -migrate-state: nothing was copied. -force-copy replaces" &&
	test_equal "$etag" "$(s3 s3api head-object --bucket tfstate-mig --key "$KEY_DEFAULT" --query ETag --output text)" &&
	get "$KEY_DEV" now.s3 && test_cmp foreign.json now.s3 &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)" &&
	test_expect_code 1 terrace init -force-copy >out 2>err &&
	test_line err "Error: init: -force-copy goes with -migrate-state" &&
	test_expect_code 1 terrace init -migrate-state -reconfigure >out 2>err &&
	test_line err "Error: init: -migrate-state and -reconfigure exclude each other"
'

test_expect_success 'a lock held on the destination stops the migration; -force-copy then replaces the foreign state' '
	printf "{\"created\":\"2026-01-01T00:00:00Z\",\"host\":\"ci-7\",\"id\":\"22222222-2222-4222-8222-222222222222\",\"operation\":\"apply\",\"pid\":4242,\"who\":\"deploy@ci-7\"}" >lock.json &&
	s3 s3api put-object --bucket tfstate-mig --key "$KEY_DEFAULT.lock" --body lock.json >/dev/null &&
	test_expect_code 1 terrace init -migrate-state -force-copy >out 2>err &&
	test_contains err "state is locked by deploy@ci-7 (pid 4242) for apply since 2026-01-01T00:00:00Z (lock id 22222222-2222-4222-8222-222222222222)" &&
	get "$KEY_DEV" now.s3 && test_cmp foreign.json now.s3 &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)" &&
	test -e terrace.state.json.lock && ! test -s terrace.state.json.lock &&
	terrace force-unlock -force 22222222-2222-4222-8222-222222222222 >out 2>err &&
	terrace init -migrate-state -force-copy >out 2>err &&
	test_line out "dev: copied (serial $(json_get dev.s3 "d[\"serial\"]"), 1 resource)" &&
	get "$KEY_DEV" now.s3 && test_cmp dev.s3 now.s3 &&
	TERRACE_WORKSPACE=dev terrace plan >out 2>err &&
	test_contains out "1 to change"
'

test_expect_success '-reconfigure switches without copying' '
	mig_stack 3 &&
	cp terrace.state.d/dev/terrace.state.json dev.before &&
	terrace init -reconfigure >out 2>err &&
	test_contains out "Reconfigured: the state in s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT was left as it was and is no longer used." &&
	test_equal "$TRASH/terrace.state.json" "$(recorded)" &&
	test_cmp dev.before terrace.state.d/dev/terrace.state.json
'

test_expect_success 'without a record, a local state left behind by a new backend: block is refused' '
	rm -rf .terrace &&
	mig_stack 3 "$BACKEND" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "Error: the stack now keeps its state in s3://tfstate-mig/$KEY_DEFAULT at $TEST_ENDPOINT, but ./terrace.state.json, ./terrace.state.d/dev/terrace.state.json still hold a state from before." &&
	mkdir elsewhere && cp stack.yaml elsewhere/ &&
	terrace plan -stack elsewhere >out 2>err &&
	test_contains out "1 to change"
'

test_expect_success 'migrating with an encryption key seals the destination' '
	export TERRACE_ENCRYPTION_KEY=$(openssl rand -base64 32) &&
	terrace init -migrate-state -force-copy -backend-config key=sealed/state.json >out 2>err &&
	test_line out "default: copied (serial $(json_get default.orig "d[\"serial\"]"), 1 resource)" &&
	get sealed/state.json sealed.s3 &&
	test_not_contains sealed.s3 t0455-default-lake &&
	test_equal AES-256-GCM "$(json_get sealed.s3 "d[\"alg\"]")" &&
	get env:/dev/sealed/state.json sealed-dev.s3 &&
	test_not_contains sealed-dev.s3 t0455-dev-lake &&
	terrace plan -backend-config key=sealed/state.json >out 2>err &&
	test_contains out "1 to change" &&
	unset TERRACE_ENCRYPTION_KEY
'

test_expect_success 'clean up: destroy both workspaces' '
	mig_stack 3 &&
	terrace init -reconfigure >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	TERRACE_WORKSPACE=dev terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 1 destroyed." &&
	! bucket_exists t0455-dev-lake && ! bucket_exists t0455-default-lake
'

test_done

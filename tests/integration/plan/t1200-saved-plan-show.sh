#!/usr/bin/env bash
# t1200-saved-plan-show: a saved plan as `show`, `show -markdown` and `show
# -json` give it agrees with the plan that made it, with local state and
# with the state in S3 (moto): a plan that adds an output only, a
# refresh-only plan after tags changed with the aws CLI (shown key by key,
# its outputs unchanged, in the -json event stream too), a pull request's
# plan (a create, a new lifecycle rule, a changed script file) and a
# destroy; every show -json valid against Terraform's plan format. The
# Markdown names the stack, the workspace and the environment, a create's
# names, a list's new elements (a long one cut at a character) and a
# changed file by its path. A plan file without prior_state (an earlier
# release's) still shows, a damaged one is refused. Then docs/ci.md's walk
# with its own commands (the comment posted to a loopback recorder standing
# for GitHub's and GitLab's APIs), and Terraform 1.11 planning the same
# drift for a comparison of the JSON.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# A prefix longer than a cell's line, of two-byte characters.
LONG_PREFIX=exports/$(printf 'é%.0s' $(seq 1 90))/

# show_stack BACKEND PREFIX [pr]: the stack; with pr, the pull request's
# changes (a lifecycle rule, a new role and bucket); the output scripts_key
# when OUTPUT2 is set.
show_stack () {
	write_stack stack.yaml
	if test "$1" = s3; then
		cat >>stack.yaml <<-'YAML'
		backend:
		  type: s3
		  bucket: tfstate
		  region: us-east-1
		  path_style: true
		YAML
	fi
	cat >>stack.yaml <<-YAML
	environments:
	  dev: {mode: development}
	  prod: {mode: production}
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: $2-data
	    tags: {team: data, owner: ana}
	YAML
	if test "${3:-}" = pr; then
		cat >>stack.yaml <<-YAML
		    lifecycle_rules:
		      - id: expire-tmp
		        prefix: tmp/
		        expiration_days: 7
		      - id: old-export
		        prefix: $LONG_PREFIX
		        expiration_days: 30
		  archive:
		    type: aws.s3.bucket
		    name: $2-archive
		  loader:
		    type: aws.iam.role
		    name: $2-loader
		    assume_role_policy:
		      Version: "2012-10-17"
		      Statement:
		        - Effect: Allow
		          Principal: {Service: glue.amazonaws.com}
		          Action: sts:AssumeRole
		YAML
	fi
	cat >>stack.yaml <<-YAML
	  script:
	    type: aws.s3.object
	    bucket: \${lake.name}
	    key: jobs/clean.py
	    source: jobs/clean.py
	outputs:
	  data_bucket:
	    value: \${lake.name}
	YAML
	if test -n "${OUTPUT2:-}"; then
		cat >>stack.yaml <<-YAML
		  scripts_key:
		    value: \${script.key}
		YAML
	fi
}

# plan_text OUT: the plan's own text as `show` gives it: without refresh's
# progress lines and the lines on where it was saved.
plan_text () {
	sed '/: Refreshing state\.\.\. \[id=/d; /^Saved the plan to:/,$d' "$1" |
		sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# valid_plan FILE: FILE validates against Terraform's JSON plan format
# (tests/schemas/terraform-plan.schema.json, as t0435 and t0436 use it).
valid_plan () {
	python3 - "$REPO_ROOT/tests/schemas/terraform-plan.schema.json" "$1" <<-'PY'
	import json, sys, jsonschema
	jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
	PY
}

# output_actions FILE: each output's first action in a JSON plan, sorted.
output_actions () {
	json_get "$1" '" ".join(sorted(k + "=" + v["actions"][0] for k, v in d["output_changes"].items()))'
}

# stream_output_actions FILE: each output's action in a -json event
# stream's outputs message.
stream_output_actions () {
	python3 -S - "$1" <<-'EOF'
	import json, sys
	for line in open(sys.argv[1]):
	    m = json.loads(line)
	    if m.get("type") == "outputs":
	        print(" ".join(sorted(k + "=" + v["action"] for k, v in m["outputs"].items())))
	EOF
}

show_suite () {
	be=$1
	P=t1200-$be
	mkdir -p "$TRASH/$be" && cd "$TRASH/$be" || return 1
	mkdir -p jobs && echo 'print("clean v1")' >jobs/clean.py
	export TERRACE_USER=ci
	if test "$be" = s3; then
		export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
		export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
		export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
	fi

	test_expect_success "$be: setup: the stack applied" '
		{ test $be = local || s3 s3api create-bucket --bucket tfstate >/dev/null; } &&
		show_stack $be $P &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "Apply complete! Resources: 2 added"
	'

	test_expect_success "$be: a plan adding an output only: show, -markdown and -json say what the plan said" '
		OUTPUT2=1 show_stack $be $P &&
		test_expect_code 2 terrace plan -out output.plan -detailed-exitcode >plan.out 2>err &&
		test_contains plan.out "+ scripts_key = \"jobs/clean.py\"" &&
		terrace show output.plan >show.out 2>err &&
		plan_text plan.out >expect && plan_text show.out >got && test_cmp expect got &&
		terrace show -markdown output.plan >md 2>err &&
		test_not_contains md "No changes" &&
		test_line md "**Plan:** only outputs change: applying saves their new values to the state, without changing any real infrastructure." &&
		test_line md "| + | \`scripts_key\` | \`\"jobs/clean.py\"\` |" &&
		test_not_contains md "\`data_bucket\`" &&
		terrace show -json output.plan >plan.json 2>err &&
		valid_plan plan.json &&
		test_equal "data_bucket=no-op scripts_key=create" "$(output_actions plan.json)" &&
		test_equal true "$(json_get plan.json "d[\"applyable\"]")" &&
		terrace plan -json >stream 2>err &&
		test_equal "data_bucket=noop scripts_key=create" "$(stream_output_actions stream)" &&
		terrace apply output.plan >out 2>err &&
		test_contains out "Apply complete!"
	'

	test_expect_success "$be: a refresh-only plan after tags changed outside: the drift, key by key, outputs unchanged" '
		s3 s3api put-bucket-tagging --bucket $P-data --tagging "TagSet=[{Key=team,Value=ops},{Key=owner,Value=ana},{Key=terrace:stack,Value=$TEST_NAME},{Key=terrace:workspace,Value=default}]" &&
		test_expect_code 2 terrace plan -refresh-only -out drift.plan -detailed-exitcode >plan.out 2>err &&
		test_contains plan.out "# lake has changed" &&
		test_match plan.out "^ *~ \"team\" *= \"data\" -> \"ops\"$" &&
		test_not_contains plan.out "owner" &&
		terrace show drift.plan >show.out 2>err &&
		plan_text plan.out >expect && plan_text show.out >got && test_cmp expect got &&
		test_not_contains show.out "-> null" &&
		terrace show -markdown drift.plan >md 2>err &&
		test_not_contains md "No changes" &&
		test_line md "**Drift:** 1 changed, 0 deleted outside terrace. Applying this plan records them in the state; it changes no remote object." &&
		test_line md "| ~ changed | \`lake\` | aws.s3.bucket | \`tags.team\`: \`\"data\"\` → \`\"ops\"\` |" &&
		test_not_contains md "**Outputs:**" &&
		terrace show -json drift.plan >plan.json 2>err &&
		valid_plan plan.json &&
		test_equal "lake [\"update\"]" "$(json_get plan.json "\" \".join([d[\"resource_drift\"][0][\"address\"], str(d[\"resource_drift\"][0][\"change\"][\"actions\"]).replace(chr(39), chr(34))])")" &&
		test_equal "data ops" "$(json_get plan.json "\" \".join(d[\"resource_drift\"][0][\"change\"][s][\"tags\"][\"team\"] for s in (\"before\", \"after\"))")" &&
		test_equal "data_bucket=no-op scripts_key=no-op" "$(output_actions plan.json)" &&
		cp plan.json drift.json &&
		test_equal 1 "$(json_get plan.json "len(d[\"resource_drift\"])")" &&
		test_equal "True [] ops" "$(json_get plan.json "\" \".join([str(d[\"applyable\"]), str(d[\"resource_changes\"]), [r for r in d[\"planned_values\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"lake\"][0][\"values\"][\"tags\"][\"team\"]])")" &&
		terrace plan -refresh-only -json >stream 2>err &&
		test_equal "data_bucket=noop scripts_key=noop" "$(stream_output_actions stream)" &&
		terrace apply drift.plan >out 2>err &&
		test_contains out "Apply complete!"
	'

	test_expect_success "$be: a pull request plan: show agrees; the markdown names stack, workspace, creates, the rule, the file" '
		echo "print(\"clean v2\")" >jobs/clean.py &&
		OUTPUT2=1 show_stack $be $P pr &&
		test_expect_code 2 terrace plan -out pr.plan -detailed-exitcode >plan.out 2>err &&
		test_contains plan.out "Plan: 2 to add, 2 to change, 0 to destroy." &&
		terrace show pr.plan >show.out 2>err &&
		plan_text plan.out >expect && plan_text show.out >got && test_cmp expect got &&
		terrace show -markdown pr.plan >md 2>err &&
		test_line md "### terrace plan: stack \`$TEST_NAME\`, workspace \`default\`" &&
		test_match md "^\| \+ create \| \`archive\` \| aws.s3.bucket \| \`name\`: \`\"$P-archive\"\`" &&
		test_match md "^\| \+ create \| \`loader\` \| aws.iam.role \| \`name\`: \`\"$P-loader\"\`" &&
		test_contains md "\`lifecycle_rules[0]\`: + \`{ enabled = true, expiration_days = 7, id = \"expire-tmp\", prefix = \"tmp/\" }\`" &&
		test_not_contains md "0 elements → 2 elements" &&
		test_contains md "<br>\`lifecycle_rules[1]\`: + \`{ enabled = true, expiration_days = 30, id = \"old-export\", prefix = \"exports/éé" &&
		python3 -S -c "import sys; t = open(\"md\", encoding=\"utf-8\").read(); assert \"é…\" in t, t" &&
		test_contains md "file \`jobs/clean.py\` changed" &&
		test_not_contains md "$(sha256sum jobs/clean.py | cut -c1-64)" &&
		terrace show -json pr.plan >plan.json 2>err &&
		valid_plan plan.json &&
		test_equal "archive=create lake=update loader=create script=update" "$(json_get plan.json "\" \".join(sorted(c[\"address\"] + \"=\" + \",\".join(c[\"change\"][\"actions\"]) for c in d[\"resource_changes\"]))")"
	'

	test_expect_success "$be: plans for -env dev and -env prod: their markdown says which" '
		terrace plan -env dev -out dev.plan >out 2>err &&
		terrace plan -env prod -out prod.plan >out 2>err &&
		terrace show -markdown dev.plan >dev.md 2>err &&
		terrace show -markdown prod.plan >prod.md 2>err &&
		test_line dev.md "### terrace plan: stack \`$TEST_NAME\`, workspace \`env.dev.ci\`, environment \`dev\` (development, user ci: names start with \`dev-ci-\`)" &&
		test_match prod.md "^### terrace plan: stack \`$TEST_NAME\`, workspace \`env.prod\`, environment \`prod\` \(production, run by " &&
		test_contains dev.md "\`name\`: \`\"dev-ci-$P-data\"\`" &&
		test_contains prod.md "\`name\`: \`\"$P-data\"\`"
	'

	test_expect_success "$be: a plan file of an earlier release (no prior_state) still shows; a damaged one is refused" '
		python3 -S -c "import json, sys; d = json.load(open(\"pr.plan\")); del d[\"prior_state\"]; json.dump(d, open(\"old.plan\", \"w\"))" &&
		terrace show old.plan >show.out 2>err &&
		test_contains show.out "Plan: 2 to add, 2 to change, 0 to destroy." &&
		python3 -S -c "import json, sys; d = json.load(open(\"pr.plan\")); d[\"prior_state\"] = {\"outputs\": []}; json.dump(d, open(\"bad.plan\", \"w\"))" &&
		test_expect_code 1 terrace show -markdown bad.plan >out 2>err &&
		test_line err "Error: plan file bad.plan is damaged: its prior_state is not the outputs and resources of a state (make the plan again)" &&
		test_expect_code 1 terrace apply bad.plan >out 2>err &&
		test_contains err "bad.plan is damaged: its prior_state"
	'

	test_expect_success "$be: a destroy plan: show, -markdown and -json say what the plan said" '
		terrace apply pr.plan >out 2>err &&
		terrace plan -destroy -out destroy.plan >plan.out 2>err &&
		test_contains plan.out "Plan: 0 to add, 0 to change, 4 to destroy." &&
		terrace show destroy.plan >show.out 2>err &&
		plan_text plan.out >expect && plan_text show.out >got && test_cmp expect got &&
		test_contains show.out "- scripts_key = \"jobs/clean.py\" -> null" &&
		terrace show -markdown destroy.plan >md 2>err &&
		test_contains md "**Plan:** 0 to add, 0 to change, 4 to destroy." &&
		test_contains md "| - | \`data_bucket\` | \`\"$P-data\"\` |" &&
		terrace show -json destroy.plan >plan.json 2>err &&
		valid_plan plan.json &&
		test_equal "data_bucket=delete scripts_key=delete" "$(output_actions plan.json)" &&
		test_equal "[\"delete\"]" "$(json_get plan.json "sorted(set(c[\"change\"][\"actions\"][0] for c in d[\"resource_changes\"]))")" &&
		terrace apply destroy.plan >out 2>err &&
		test_contains out "4 destroyed"
	'
	cd "$TRASH" || return 1
}

show_suite local
show_suite s3

# recorder PORTFILE LOG: an HTTP server on loopback standing for GitHub's and
# GitLab's APIs: each POST's path, token headers and JSON body appended to
# LOG, answered 201.
start_recorder () {
	python3 -S - "$1" "$2" <<-'EOF' &
	import http.server, json, sys
	class Recorder(http.server.BaseHTTPRequestHandler):
	    def do_POST(self):
	        body = self.rfile.read(int(self.headers["Content-Length"]))
	        with open(sys.argv[2], "a") as log:
	            log.write(json.dumps({"path": self.path,
	                "auth": self.headers.get("Authorization") or self.headers.get("PRIVATE-TOKEN"),
	                "body": json.loads(body)}) + "\n")
	        self.send_response(201)
	        self.end_headers()
	        self.wfile.write(b"{}")
	    def log_message(self, *args):
	        pass
	server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
	open(sys.argv[1] + ".tmp", "w").write(str(server.server_port))
	import os; os.rename(sys.argv[1] + ".tmp", sys.argv[1])
	server.serve_forever()
	EOF
	RECORDER_PID=$!
	for i in $(seq 50); do test -s "$1" && break; sleep 0.1; done
	test -s "$1"
}

# posted N FIELD: the Nth recorded request's FIELD (path, auth) or body key.
posted () {
	python3 -S -c 'import json, sys
r = [json.loads(l) for l in open("requests.jsonl")][int(sys.argv[1])]
print(r[sys.argv[2]] if sys.argv[2] in ("path", "auth") else r["body"][sys.argv[2]], end="")' "$1" "$2"
}

# docs/ci.md's walk, its commands as the page gives them, with CI=true and
# the state in S3: PR plan, the comment posted through both APIs' curl
# commands, the merge apply (a second apply of the plan refused), the
# nightly drift job opening an issue.
mkdir -p "$TRASH/walk" && cd "$TRASH/walk" && mkdir -p jobs && echo 'print(1)' >jobs/clean.py
export CI=true GH_TOKEN=gh-token GITLAB_API_TOKEN=gl-token PR_NUMBER=7 STACK=lake
export GITHUB_REPOSITORY=acme/lake CI_PROJECT_ID=42 CI_MERGE_REQUEST_IID=7

test_expect_success 'docs/ci.md walk: PR plan and its comment through the GitHub and GitLab APIs' '
	start_recorder port requests.jsonl &&
	export GITHUB_API_URL=http://127.0.0.1:$(cat port) CI_API_V4_URL=http://127.0.0.1:$(cat port)/api/v4 &&
	show_stack s3 t1200-walk &&
	{ terrace plan -input=false -compact-warnings -detailed-exitcode -out tfplan || test $? -eq 2; } >plan.out 2>err &&
	terrace show -json tfplan > plan.json &&
	terrace show -markdown tfplan > summary.md &&
	test_line summary.md "**Plan:** 2 to add, 0 to change, 0 to destroy." &&
	jq -n --rawfile body summary.md "{body: \$body}" |
	  curl --fail -sS -X POST -H "Authorization: Bearer $GH_TOKEN" \
	    -H "Accept: application/vnd.github+json" --data @- \
	    "$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" >/dev/null &&
	jq -n --rawfile body summary.md "{body: \$body}" |
	  curl --fail -sS -X POST -H "PRIVATE-TOKEN: $GITLAB_API_TOKEN" \
	    -H "Content-Type: application/json" --data @- \
	    "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" >/dev/null &&
	test_equal "/repos/acme/lake/issues/7/comments Bearer gh-token" "$(posted 0 path) $(posted 0 auth)" &&
	posted 0 body >got && test_cmp summary.md got &&
	test_equal "/api/v4/projects/42/merge_requests/7/notes gl-token" "$(posted 1 path) $(posted 1 auth)" &&
	posted 1 body >got && test_cmp summary.md got
'

test_expect_success 'docs/ci.md walk: merge apply of exactly that plan; applied twice it is refused' '
	terrace apply -input=false -compact-warnings tfplan >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_expect_code 1 terrace apply -input=false -compact-warnings tfplan >out 2>err &&
	test_contains err "saved plan is stale"
'

test_expect_success 'docs/ci.md walk: the nightly drift job finds a tag changed by hand and opens an issue' '
	s3 s3api put-bucket-tagging --bucket t1200-walk-data --tagging "TagSet=[{Key=team,Value=ops},{Key=owner,Value=ana},{Key=terrace:stack,Value=$TEST_NAME},{Key=terrace:workspace,Value=default}]" &&
	rc=0 &&
	{ terrace plan -refresh-only -input=false -compact-warnings -detailed-exitcode -out drift.plan || rc=$?; } >plan.out 2>err &&
	test_equal 2 "$rc" &&
	terrace show -markdown drift.plan > drift.md &&
	jq -n --rawfile d drift.md --arg t "Drift in $STACK" "{title: \$t, description: \$d}" |
	  curl --fail -sS -X POST -H "PRIVATE-TOKEN: $GITLAB_API_TOKEN" \
	    -H "Content-Type: application/json" --data @- \
	    "$CI_API_V4_URL/projects/$CI_PROJECT_ID/issues" >/dev/null &&
	test_line drift.md "### terrace plan -refresh-only: stack \`$TEST_NAME\`, workspace \`default\`" &&
	test_line drift.md "| ~ changed | \`lake\` | aws.s3.bucket | \`tags.team\`: \`\"data\"\` → \`\"ops\"\` |" &&
	test_equal "/api/v4/projects/42/issues Drift in lake" "$(posted 2 path) $(posted 2 title)" &&
	posted 2 description >got && test_cmp drift.md got &&
	kill "$RECORDER_PID"
'
cd "$TRASH" || exit 1

# The same drift planned by Terraform 1.11 with hashicorp/aws (the machine's
# mirror): terrace's JSON plan has every key Terraform's has (Terraform
# leaves out the empty resource_changes; terrace gives [], as its
# documented format requires).
if terraform_from_mirror "$TRASH"; then
	test_expect_success "Terraform's refresh-only plan of the same drift: resource_drift as terrace's" '
		mkdir -p "$TRASH/tf" && cd "$TRASH/tf" &&
		cat >main.tf <<-EOF2 &&
		terraform {
		  required_providers { aws = { source = "hashicorp/aws" } }
		}
		provider "aws" {
		  region                      = "us-east-1"
		  access_key                  = "$MOTO_ACCESS_KEY"
		  secret_key                  = "$MOTO_SECRET_KEY"
		  skip_credentials_validation = true
		  skip_requesting_account_id  = true
		  skip_metadata_api_check     = true
		  s3_use_path_style           = true
		  endpoints { s3 = "$MOTO_ENDPOINT" }
		}
		resource "aws_s3_bucket" "lake" {
		  bucket = "t1200-tf-data"
		  tags   = { team = "data", owner = "ana" }
		}
		output "data_bucket" { value = aws_s3_bucket.lake.bucket }
		EOF2
		terraform init -input=false >init.out 2>&1 &&
		terraform apply -input=false -auto-approve >apply.out 2>&1 &&
		s3 s3api put-bucket-tagging --bucket t1200-tf-data --tagging "TagSet=[{Key=team,Value=ops},{Key=owner,Value=ana}]" &&
		terraform plan -refresh-only -input=false -out ro.plan >plan.out 2>&1 &&
		terraform show -json ro.plan >tf.json &&
		python3 -S - tf.json "$TRASH/local/drift.json" <<-EOF2
		import json, sys
		tf, tc = (json.load(open(f)) for f in sys.argv[1:3])
		missing = set(tf) - set(tc) - {"timestamp"}
		assert not missing, ("keys terrace lacks", missing)
		assert not tf.get("resource_changes") and tc["resource_changes"] == []
		a, b = tf["resource_drift"][0], tc["resource_drift"][0]
		assert set(a) == set(b), (sorted(a), sorted(b))
		assert set(a["change"]) == set(b["change"]), (sorted(a["change"]), sorted(b["change"]))
		assert a["change"]["actions"] == b["change"]["actions"] == ["update"]
		for side in ("before", "after"):
		    assert a["change"][side]["tags"]["team"] == b["change"][side]["tags"]["team"]
		assert tf["output_changes"]["data_bucket"]["actions"] == ["no-op"]
		assert tc["output_changes"]["data_bucket"]["actions"] == ["no-op"]
		assert tf["applyable"] == tc["applyable"] == True, (tf["applyable"], tc["applyable"])
		EOF2
	'
else
	test_expect_success "skipped: no terraform or no hashicorp/aws under $TF_MIRROR: the comparison with Terraform needs them" 'true'
fi
test_done

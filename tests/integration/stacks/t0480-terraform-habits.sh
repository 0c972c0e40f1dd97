#!/usr/bin/env bash
# t0480-terraform-habits: what Terraform users reach for, as they know it:
# -replace=ADDRESS on plan and apply; moved: and removed: blocks (rename and
# forget without destroying); import: blocks (planned import); console; fmt.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

two_buckets () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	    force_destroy: true
	  logs:
	    type: aws.s3.bucket
	    name: acme-logs
	YAML
}

test_expect_success 'setup: two buckets, a file put in one by hand' '
	two_buckets &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	echo by-hand >f && s3 s3 cp f s3://acme-raw/by-hand.txt >/dev/null &&
	bucket_keys acme-raw >keys && echo by-hand.txt >expect && test_cmp expect keys
'

test_expect_success 'plan -replace plans a replacement of an unchanged resource, as requested' '
	test_expect_code 2 terrace plan -detailed-exitcode -replace=raw >out 2>err &&
	test_line out "# raw must be replaced, as requested (-replace)" &&
	test_line out "-/+ resource \"aws.s3.bucket\" \"raw\" {" &&
	test_not_contains out "# logs" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	json_plan plan.json -replace raw 2>err &&
	test_equal replace_by_request "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"raw\"][0][\"action_reason\"]")" &&
	test_equal "[\"delete\", \"create\"]" "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"raw\"][0][\"change\"][\"actions\"]")"
'

test_expect_success 'a saved plan keeps the request' '
	terrace plan -replace=raw -out=r.plan >out 2>err &&
	terrace show r.plan >out 2>err &&
	test_line out "# raw must be replaced, as requested (-replace)"
'

test_expect_success 'apply -replace deletes and makes it again; nothing else is touched' '
	terrace apply -auto-approve -replace=raw >out 2>err &&
	test_line out "raw: Destroying... [id=acme-raw]" &&
	test_match out "^raw: Creation complete after [0-9]+s \[id=acme-raw\]$" &&
	test_not_contains out "logs: Destr" &&
	test_not_contains out "logs: Creat" &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	bucket_keys acme-raw >keys && test_empty keys &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a -replace address that is not in the state or not in the stack is an error' '
	test_expect_code 1 terrace plan -replace=nothing >out 2>err &&
	test_contains err "-replace=nothing: no resource with this address in the stack or the state" &&
	cat >>stack.yaml <<-YAML
	  later:
	    type: aws.s3.bucket
	    name: acme-later
	YAML
	test_expect_code 1 terrace plan -replace=later >out 2>err &&
	test_contains err "-replace=later: it is not in the state yet: it will be created" &&
	test_expect_code 1 terrace destroy -replace=raw >out 2>err &&
	test_contains err "unknown option -replace"
'

rename_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  landing:
	    type: aws.s3.bucket
	    name: acme-raw
	    force_destroy: true
	  logs:
	    type: aws.s3.bucket
	    name: acme-logs
	  readme:
	    type: aws.s3.object
	    bucket: \${landing.name}
	    key: README.txt
	    content: landing zone
	moved:
	  - from: raw
	    to: landing
	YAML
}

test_expect_success 'setup: an object in the bucket, stack as before' '
	two_buckets &&
	cat >>stack.yaml <<-YAML
	  readme:
	    type: aws.s3.object
	    bucket: \${raw.name}
	    key: README.txt
	    content: landing zone
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'

test_expect_success 'a renamed resource with a moved: block plans no destroy, only the move' '
	rename_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# raw has moved to landing (moved:)" &&
	test_not_contains out "will be destroyed" &&
	test_not_contains out "will be created" &&
	test_line out "Plan: 0 to add, 0 to change, 0 to destroy." &&
	terrace state list >list && test_contains list raw &&
	json_plan plan.json 2>err &&
	test_equal raw "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"landing\"][0][\"previous_address\"]")"
'

test_expect_success 'a saved plan with the move applies it; dependencies follow; then nothing to do' '
	terrace plan -out=m.plan >out 2>err &&
	terrace apply m.plan >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	terrace state list >list &&
	printf "%s\n" landing logs readme >expect && test_cmp expect list &&
	terrace state pull >pulled.json 2>err &&
	test_equal "[\"landing\"]" "$(json_get pulled.json "d[\"resources\"][\"readme\"][\"dependencies\"]")" &&
	bucket_names >names && printf "%s\n" acme-logs acme-raw >expect && test_cmp expect names &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a moved: block whose from is still in the stack, or whose to is not, is an error' '
	rename_stack &&
	cat >>stack.yaml <<-YAML
	  - from: logs
	    to: nowhere
	YAML
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "moved: from logs to nowhere: nowhere is not in the stack" &&
	rename_stack &&
	sed -i "s/^    to: landing/    to: logs/" stack.yaml &&
	sed -i "s/^  - from: raw/  - from: landing/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "landing is still in the stack"
'

test_expect_success 'a bad moved: or removed: entry is named at file:line:col' '
	rename_stack &&
	cat >>stack.yaml <<-YAML
	removed:
	  - from: logs
	    destory: false
	  - 42
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*unknown key \"destory\" in removed" &&
	test_contains err "did you mean \"destroy\"" &&
	test_match err "stack.yaml:[0-9]+:[0-9]+: .*removed: entry 2 must be a map"
'

test_expect_success 'removed: forgets a resource without destroying it' '
	rename_stack &&
	python3 - stack.yaml <<-PY &&
	import sys
	p = sys.argv[1]
	s = open(p).read().replace("  logs:\n    type: aws.s3.bucket\n    name: acme-logs\n", "")
	open(p, "w").write(s + "removed:\n  - from: logs\n")
	PY
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# logs will no longer be managed by terrace (removed:); the object stays" &&
	test_line out "Plan: 0 to add, 0 to change, 0 to destroy, 1 to forget." &&
	json_plan plan.json 2>err &&
	test_equal "[\"forget\"]" "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"logs\"][0][\"change\"][\"actions\"]")" &&
	terrace apply -auto-approve >out 2>err &&
	terrace state list >list &&
	printf "%s\n" landing readme >expect && test_cmp expect list &&
	bucket_exists acme-logs &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'removed: of an address still in the stack is an error' '
	rename_stack &&
	printf "removed:\n  - from: readme\n" >>stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "removed: readme is still in the stack"
'

test_expect_success 'console evaluates expressions against variables, locals and the state' '
	rename_stack &&
	cat >extra.yaml <<-YAML
	variables:
	  zone: { type: string, default: landing }
	  token: { type: string, default: s3cr3t-t0k3n, sensitive: true }
	locals:
	  prefix: acme-\${var.zone}
	YAML
	printf "%s\n" "landing.arn" "\${local.prefix}-x" "readme.key" "var.token" "" "exit" "var.zone" >in &&
	terrace console <in >out 2>err &&
	printf "%s\n" "\"arn:aws:s3:::acme-raw\"" "\"acme-landing-x\"" "\"README.txt\"" "(sensitive value)" >expect &&
	test_cmp expect out &&
	test_not_contains out s3cr3t
'

test_expect_success 'console: a bad expression is named and the exit code is 1; the state is untouched' '
	cp terrace.state.json before.json &&
	printf "%s\n" "nosuch.arn" "landing.arn" >in &&
	test_expect_code 1 terrace console <in >out 2>err &&
	test_contains err "nosuch" &&
	test_line out "\"arn:aws:s3:::acme-raw\"" &&
	test_cmp before.json terrace.state.json
'

test_expect_success 'fmt -check lists a file not laid out and exits 3; fmt rewrites it, meaning kept' '
	mkdir -p fmt/sub && (
	cd fmt &&
	write_stack p.yaml &&
	printf "resources:\n    raw:\n        type: aws.s3.bucket  # raw\n        name: acme-f   \n\n\n\n        tags:\n            zone: raw\n" >a.yaml &&
	printf "outputs:\n  x: \${raw.arn}\n" >b.yaml &&
	printf "l:\n    -   1\n" >sub/c.yml &&
	json_plan before.json 2>err &&
	test_expect_code 3 terrace fmt -check >out 2>err &&
	echo a.yaml >expect && test_cmp expect out &&
	test_expect_code 3 terrace fmt -check -recursive >out 2>err &&
	printf "%s\n" a.yaml sub/c.yml >expect && test_cmp expect out &&
	terrace fmt >out 2>err &&
	echo a.yaml >expect && test_cmp expect out &&
	printf "resources:\n  raw:\n    type: aws.s3.bucket  # raw\n    name: acme-f\n\n    tags:\n      zone: raw\n" >expect &&
	test_cmp expect a.yaml &&
	terrace fmt -check && terrace fmt >out && test_empty out &&
	json_plan after.json 2>err &&
	test_equal "$(json_get before.json "d[\"resource_changes\"]")" "$(json_get after.json "d[\"resource_changes\"]")" &&
	printf "a:\n      b: 1\n" | terrace fmt - >out &&
	printf "a:\n  b: 1\n" >expect && test_cmp expect out )
'

test_expect_success 'fmt -diff shows the changes as terraform fmt -diff does; with -check it writes nothing' '
	mkdir fmtdiff && (
	cd fmtdiff &&
	printf "a:\n    b: 1   \nc: 2\n" >d.yaml && cp d.yaml d.orig &&
	test_expect_code 3 terrace fmt -check -diff >out 2>err &&
	test_empty err &&
	cat >expect <<-\EOF &&
	d.yaml
	--- old/d.yaml
	+++ new/d.yaml
	@@ -1,3 +1,3 @@
	 a:
	-    b: 1   
	+  b: 1
	 c: 2
	EOF
	test_cmp expect out &&
	test_cmp d.orig d.yaml &&
	terrace fmt -diff >out 2>err &&
	test_cmp expect out &&
	printf "a:\n  b: 1\nc: 2\n" >laid-out && test_cmp laid-out d.yaml &&
	terrace fmt -diff >out 2>err && test_empty out &&
	printf "a:\n      b: 1\n" | terrace fmt -diff - >out &&
	test_line out "--- old/<stdin>" && test_line out "+  b: 1" )
'

test_expect_success 'fmt spaces as terraform fmt does: one space after a key, after each comma and colon of a flow collection' '
	mkdir fmtspace && (
	cd fmtspace &&
	write_stack p.yaml &&
	printf "resources:\n  raw:\n    type:    aws.s3.bucket   # the raw zone\n    name:    \"acme-sp\"\n    tags: {a: \"1\",   b: \"x  y\"}\noutputs:\n  zones:   {value: [ \"raw\" ,\"b  c\" ]}\n" >a.yaml &&
	json_plan before.json 2>err &&
	test_expect_code 3 terrace fmt -check >out 2>err &&
	echo a.yaml >expect && test_cmp expect out &&
	terrace fmt >out 2>err &&
	printf "resources:\n  raw:\n    type: aws.s3.bucket   # the raw zone\n    name: \"acme-sp\"\n    tags: {a: \"1\", b: \"x  y\"}\noutputs:\n  zones: {value: [\"raw\", \"b  c\"]}\n" >expect &&
	test_cmp expect a.yaml &&
	terrace fmt -check &&
	json_plan after.json 2>err &&
	test_equal "$(json_get before.json "d[\"resource_changes\"]")" "$(json_get after.json "d[\"resource_changes\"]")" )
'

test_expect_success 'fmt -stack DIR formats that folder, as every command takes -stack' '
	mkdir -p fmtstack/s && printf "a:\n    b:   1\n" >fmtstack/s/m.yaml &&
	( cd fmtstack &&
	test_expect_code 3 terrace fmt -check -stack s >out 2>err &&
	echo s/m.yaml >expect && test_cmp expect out &&
	terrace fmt -stack s >out 2>err &&
	printf "a:\n  b: 1\n" >expect && test_cmp expect s/m.yaml )
'

test_expect_success 'run -input JSON is refused, naming -payload (-input is the prompt flag)' '
	test_expect_code 2 terrace run -input "{\"day\": 1}" nightly >out 2>err &&
	test_line err "Error: run: -input is Terraform'"'"'s flag for asking for input (-input=false); give the run'"'"'s input with -payload: terrace run ADDRESS -payload JSON|@FILE" &&
	test_expect_code 2 terrace run -input=@day.json nightly >out 2>err &&
	test_contains err "give the run'"'"'s input with -payload" &&
	test_expect_code 2 terrace run -input=false -stack nowhere nightly >out 2>err &&
	test_not_contains err "-payload"
'

test_expect_success 'fmt of a file that is not YAML names the place and writes nothing' '
	printf "a:\n  b: [1, 2\n" >fmt/bad.yaml && cp fmt/bad.yaml bad.orig &&
	test_expect_code 1 terrace fmt fmt/bad.yaml >out 2>err &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: error: " &&
	test_cmp bad.orig fmt/bad.yaml
'

import_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  made_by_hand:
	    type: aws.s3.bucket
	    name: acme-by-hand
	    versioning: true
	import:
	  - to: made_by_hand
	    id: acme-by-hand
	YAML
}

test_expect_success 'an import: block plans the import and the update that follows; plan changes nothing' '
	mkdir imp && (
	cd imp &&
	s3 s3api create-bucket --bucket acme-by-hand >/dev/null &&
	import_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# made_by_hand will be updated in-place" &&
	test_line out "# (imported from \"acme-by-hand\")" &&
	test_line out "Plan: 1 to import, 0 to add, 1 to change, 0 to destroy." &&
	! test -e terrace.state.json &&
	test_equal "" "$(bucket_versioning acme-by-hand)" &&
	json_plan plan.json 2>err &&
	test_equal "{\"id\": \"acme-by-hand\"}" "$(json_get plan.json "d[\"resource_changes\"][0][\"change\"][\"importing\"]")" )
'

test_expect_success 'apply of a saved plan imports it and updates it; the block may stay' '
	( cd imp &&
	terrace plan -out=i.plan >out 2>err &&
	terrace apply i.plan >out 2>err &&
	test_line out "Apply complete! Resources: 1 imported, 0 added, 1 changed, 0 destroyed." &&
	terrace state list >list && echo made_by_hand >expect && test_cmp expect list &&
	test_equal Enabled "$(bucket_versioning acme-by-hand)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err )
'

test_expect_success 'an import: of an object that does not exist, or of an address not in the stack, is an error' '
	( cd imp && rm -f terrace.state.json* &&
	import_stack && sed -i "s/id: acme-by-hand/id: acme-nowhere/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "import: " && test_contains err "acme-nowhere" &&
	import_stack && sed -i "s/  - to: made_by_hand/  - to: nothing_here/" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "import: nothing_here is not in the stack: write it, or give the block its type and run terrace plan -generate-config-out=FILE to have it written" )
'

# The habits of issue 24, in a stack folder of their own: a variable file
# beside the stack, TF_VAR_, ${x.id}, apply -destroy, help CMD.
mkdir habits
write_stack habits/stack.yaml "  prefix: {type: string}"
cat >>habits/stack.yaml <<-'YAML'
resources:
  raw:
    type: aws.s3.bucket
    name: ${var.prefix}-habits
    force_destroy: true
  marker:
    type: aws.s3.object
    bucket: ${raw.id}
    key: marker.txt
    content: made by t0480
outputs:
  raw_id: ${raw.id}
YAML

test_expect_success 'terrace help CMD is terrace CMD -help' '
	terrace help plan >help.out 2>err &&
	terrace plan -help >dash.out 2>err &&
	test_cmp dash.out help.out &&
	test_line help.out "Usage: terrace plan [options]"
'

test_expect_success 'TF_VAR_name is read when TERRACE_VAR_name is not set; TERRACE_VAR_ wins' '
	( cd habits &&
	  TF_VAR_prefix=tfvar terrace plan >../out 2>../err &&
	  test_match ../out "name += \"tfvar-habits\"" &&
	  TF_VAR_prefix=tfvar TERRACE_VAR_prefix=tvar terrace plan >../out 2>../err &&
	  test_match ../out "name += \"tvar-habits\"" )
'

test_expect_success 'validate takes -var and -var-file, and checks their names' '
	( cd habits &&
	  terrace validate -var prefix=x >../out 2>../err &&
	  test_contains ../out "Success! The stack is valid (2 resources)." &&
	  printf "prefix: acme\n" >dev.yaml &&
	  terrace validate -var-file=dev.yaml >../out 2>../err &&
	  test_contains ../out "Success!" &&
	  test_expect_code 1 terrace validate -var-file=dev.yaml -var prefx=x >../out 2>../err &&
	  test_contains ../err "-var: unknown variable \"prefx\"" )
'

test_expect_success 'a -var-file beside the stack is a variable file, never a stack file' '
	( cd habits &&
	  terrace apply -auto-approve -var-file=dev.yaml >../out 2>../err ) &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_line out "raw_id = \"acme-habits\""
'

test_expect_success '${x.id} is the resource id, on a type that names it otherwise' '
	bucket_keys acme-habits >keys && echo marker.txt >expect && test_cmp expect keys &&
	( cd habits && terrace plan -detailed-exitcode -var-file=./dev.yaml >../out 2>../err ) &&
	( cd habits && terrace console -var-file=dev.yaml >../out 2>../err <<-EOF
	raw.id
	EOF
	) && test_contains out "\"acme-habits\""
'

test_expect_success 'a stale saved destroy plan shows the real error only' '
	( cd habits &&
	  terrace plan -destroy -var-file=dev.yaml -out=destroy.plan >../out 2>../err &&
	  sed -i "s/made by t0480/made again/" stack.yaml &&
	  terrace apply -auto-approve -var-file=dev.yaml >../out 2>../err &&
	  test_expect_code 1 terrace apply destroy.plan >../out 2>../err ) &&
	test_contains err "saved plan is stale" &&
	test_not_contains out "failed!"
'

test_expect_success 'apply -destroy destroys, as terrace destroy does' '
	( cd habits && terrace apply -destroy -auto-approve -var-file=dev.yaml >../out 2>../err ) &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	! bucket_exists acme-habits &&
	( cd habits && test_expect_code 1 terrace apply -destroy destroy.plan >../out 2>../err ) &&
	test_contains err "-destroy cannot be used with a saved plan"
'

test_expect_success '${x.id} on types that name their id vpc_id, subnet_id, group_id' '
	mkdir net &&
	write_stack net/stack.yaml &&
	cat >>net/stack.yaml <<-\YAML &&
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.48.0.0/16
	  sub:
	    type: aws.ec2.subnet
	    vpc_id: ${net.id}
	    cidr_block: 10.48.1.0/24
	  sg:
	    type: aws.ec2.security_group
	    name: t0480-sg
	    vpc_id: ${net.id}
	outputs:
	  same_vpc: ${sub.vpc_id == net.vpc_id}
	  sg_id: ${sg.id == sg.group_id}
	  sub_id: ${sub.id == sub.subnet_id}
	YAML
	( cd net && terrace apply -auto-approve >../out 2>../err ) &&
	test_line out "same_vpc = true" &&
	test_line out "sg_id = true" &&
	test_line out "sub_id = true" &&
	( cd net && terrace plan -detailed-exitcode >../out 2>../err &&
	  terrace destroy -auto-approve >../out 2>../err )
'

test_expect_success 'a new stack plans its outputs under "Changes to Outputs:"; unchanged, "No changes." and 0' '
	mkdir outs &&
	write_stack outs/stack.yaml "  token: {type: string, sensitive: true, default: first-t0480-token}" &&
	cat >>outs/stack.yaml <<-\YAML &&
	resources:
	  b:
	    type: aws.s3.bucket
	    name: t0480-outs
	outputs:
	  name: ${b.name}
	  gone: bye
	  token:
	    value: ${var.token}
	    sensitive: true
	YAML
	( cd outs && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err ) &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_line out "Changes to Outputs:" &&
	test_match out "^  \+ gone  = \"bye\"$" &&
	test_match out "^  \+ name  = \"t0480-outs\"$" &&
	test_match out "^  \+ token = \(sensitive value\)$" &&
	( cd outs && terrace apply -auto-approve >../out 2>../err ) &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	( cd outs && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err ) &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_not_contains out "Changes to Outputs"
'

test_expect_success 'a plan whose only changes are outputs lists them (+, ~, -; a secret hidden) and exits 2' '
	sed -i -e "s/^  name: .*/  name: \${b.name}\/x/" -e "/^  gone: /d" \
	    -e "s/^outputs:/outputs:\n  added: hello/" -e "s/first-t0480-token/second-t0480-token/" \
	    outs/stack.yaml &&
	( cd outs && test_expect_code 2 terrace plan -detailed-exitcode >../out 2>../err ) &&
	test_line out "Changes to Outputs:" &&
	test_match out "^  \+ added = \"hello\"$" &&
	test_match out "^  - gone  = \"bye\" -> null$" &&
	test_match out "^  ~ name  = \"t0480-outs\" -> \"t0480-outs/x\"$" &&
	test_match out "^  ~ token = \(sensitive value\)$" &&
	test_line out "You can apply this plan to save these new output values to the terrace state, without changing any real infrastructure." &&
	test_not_contains out "No changes." &&
	test_not_contains out "Plan:" &&
	test_not_contains out "second-t0480-token" &&
	( cd outs && terrace plan -out o.plan >../out 2>../err && terrace show o.plan >../shown 2>../err &&
	  terrace show -json o.plan >../plan.json 2>../err ) &&
	test_match shown "^  ~ name  = \"t0480-outs\" -> \"t0480-outs/x\"$" &&
	test_equal true "$(json_get plan.json "d[\"applyable\"]")" &&
	test_equal "[\"create\"]" "$(json_get plan.json "d[\"output_changes\"][\"added\"][\"actions\"]")"
'

test_expect_success 'apply records the outputs; then the plan has no changes' '
	( cd outs && terrace apply -auto-approve >../out 2>../err ) &&
	test_line out "added = \"hello\"" &&
	test_line out "name = \"t0480-outs/x\"" &&
	test_not_contains outs/terrace.state.json "\"gone\"" &&
	( cd outs && test_expect_code 0 terrace plan -detailed-exitcode >../out 2>../err ) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'plan -destroy lists the outputs it removes; destroy' '
	( cd outs && test_expect_code 2 terrace plan -destroy -detailed-exitcode >../out 2>../err ) &&
	test_line out "Plan: 0 to add, 0 to change, 1 to destroy." &&
	test_match out "^  - added = \"hello\" -> null$" &&
	test_match out "^  - token = \(sensitive value\) -> null$" &&
	( cd outs && terrace destroy -auto-approve >../out 2>../err ) &&
	test_contains out "Destroy complete!" &&
	! bucket_exists t0480-outs
'

test_done

#!/usr/bin/env bash
# t0100-sensitive: a sensitive variable's value reaches the server (a tag
# value, an object's content) but never terrace's output: not plan, apply,
# show, state show, output, their -json forms, nor error messages. Only
# `output NAME` prints it, as asked, computing a sensitive output again from
# the stack: the state keeps sensitive values only as salted scrypt hashes,
# and is private (mode 0600).
. "$(dirname "$0")/../lib.sh"
# The default cost of the state's hashes (lib.sh lowers it for the suite).
unset TERRACE_SECRET_HASH_COST

start_moto || test_fail_setup "moto did not start"
use_server moto

secret='Pa55-wOrd-7f3c9e1d'
export TERRACE_VAR_db_password=$secret
# The provider's secret key is sensitive too: make it distinctive.
export TERRACE_VAR_secret_key='moto-secret-key-0c4e2a91'
secret_key=$TERRACE_VAR_secret_key
test_sensitive_values "$secret" "$secret_key"
# What the steps read back on purpose: the object (body) and tags (tags)
# the server holds, output NAME (pw), and the saved plan, which keeps the
# values apply sends.
test_holds_secret body tags pw saved.plan

write_stack stack.yaml '  db_password: {type: string, sensitive: true}'
cat >>stack.yaml <<-'YAML'
resources:
  vault:
    type: aws.s3.bucket
    name: acme-vault
    tags:
      owner: data-team
      token: "${var.db_password}"
  creds:
    type: aws.s3.object
    bucket: ${vault.name}
    key: config/db.txt
    content: "password=${var.db_password}"
outputs:
  password:
    value: ${var.db_password}
    sensitive: true
  bucket:
    value: ${vault.name}
YAML

# no_secret FILE...: none of the files holds the secret or the secret key.
no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$secret" || return 1
		test_not_contains "$f" "$secret_key" || return 1
	done
}

test_expect_success 'plan hides the sensitive values' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "(sensitive value)" &&
	no_secret out err
'

test_expect_success 'the JSON plan and plan -out/show hide them' '
	json_plan plan.json 2>err &&
	test_contains plan.json "(sensitive value)" &&
	terrace plan -out saved.plan >out 2>err2 &&
	terrace show saved.plan >show.out 2>err3 &&
	terrace show -json saved.plan >show.json 2>err4 &&
	no_secret plan.json err out err2 show.out err3 show.json err4
'

test_expect_success 'apply hides them and the values reach the server' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	no_secret out err &&
	bucket_tags acme-vault >tags &&
	test_line tags "token=$secret" &&
	s3 s3api get-object --bucket acme-vault --key config/db.txt body >/dev/null &&
	test_equal "password=$secret" "$(cat body)"
'

test_expect_success 'show, state show and state list hide them' '
	terrace show >show.out 2>err &&
	terrace show -json >show.json 2>err2 &&
	terrace state show vault >state-vault.out 2>err3 &&
	terrace state show creds >state-creds.out 2>err4 &&
	terrace state show -json vault >state-vault.json 2>err5 &&
	terrace state list >list.out 2>err6 &&
	test_contains state-vault.out "(sensitive value)" &&
	no_secret show.out err show.json err2 state-vault.out err3 state-creds.out err4 \
		state-vault.json err5 list.out err6
'

test_expect_success 'state show of several names: each as state show of it alone, in order; an unknown name shows none' '
	terrace state show -json creds >state-creds.json 2>err &&
	terrace state show -json creds vault >both.json 2>err2 &&
	cat state-creds.json state-vault.json >expect &&
	test_cmp expect both.json &&
	terrace state show vault creds >both.out 2>err3 &&
	{ cat state-vault.out && echo && cat state-creds.out; } >expect &&
	test_cmp expect both.out &&
	test_expect_code 1 terrace state show vault nosuch >none.out 2>err4 &&
	test_empty none.out &&
	test_contains err4 "no resource named \"nosuch\" in the state" &&
	no_secret both.json both.out err err2 err3 err4
'

test_expect_success 'output hides a sensitive output; output NAME prints it' '
	terrace output >out 2>err &&
	test_line out "password = (sensitive value)" &&
	test_line out "bucket = \"acme-vault\"" &&
	terrace output -json >out.json 2>err2 &&
	no_secret out err out.json err2 &&
	test_equal string "$(json_get out.json "d[\"bucket\"][\"type\"]")" &&
	test_equal "[\"sensitive\", \"value\"]" "$(json_get out.json "sorted(d[\"password\"])")" &&
	terrace output password >pw 2>err3 &&
	test_equal "$secret" "$(cat pw)" &&
	terrace output bucket >b &&
	test_equal acme-vault "$(cat b)"
'

# output_with VALUE ARGS...: `terrace output ARGS` with db_password set to
# VALUE (unset when empty).
output_with () {
	local value=$1
	shift
	(
		if test -n "$value"; then export TERRACE_VAR_db_password=$value
		else unset TERRACE_VAR_db_password; fi
		terrace output "$@"
	)
}

test_expect_success 'a sensitive output is kept only as its hash; output NAME computes it again' '
	python3 -c "import json; o = json.load(open(\"terrace.state.json\"))[\"outputs\"][\"password\"]; assert o[\"sensitive\"] is True and list(o[\"value\"]) == [\"\$scrypt\"], o" &&
	serial=$(jq .serial terrace.state.json) &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	cat terrace.state.json terrace.state.json.backup >both &&
	test_not_contains both "$secret" &&
	test_equal "$serial" "$(jq .serial terrace.state.json)" &&
	test_expect_code 1 output_with "" password >pw 2>err &&
	test_contains err "output \"password\" is sensitive: the state keeps only its hash" &&
	test_contains err "db_password" &&
	test_expect_code 1 output_with not-it password >pw 2>err &&
	test_contains err "differs from the value last applied" &&
	test_not_contains err not-it &&
	test_equal "" "$(cat pw)" &&
	terrace output -raw password >pw 2>err &&
	test_equal "$secret" "$(cat pw)"
'

test_expect_success 'drift and changes keep them hidden' '
	s3 s3api put-bucket-tagging --bucket acme-vault \
		--tagging "TagSet=[{Key=owner,Value=data-team},{Key=token,Value=other}]" &&
	test_expect_code 2 env TERRACE_VAR_db_password="${secret}-2" \
		"$TERRACE" plan -detailed-exitcode >out 2>err &&
	env TERRACE_VAR_db_password="${secret}-2" "$TERRACE" apply -auto-approve >out2 2>err2 &&
	bucket_tags acme-vault >tags &&
	test_line tags "token=${secret}-2" &&
	no_secret out err out2 err2
'

test_expect_success 'an error about a sensitive value does not print it' '
	mkdir bad &&
	write_stack bad/stack.yaml "  db_password: {type: string, sensitive: true}" &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  vault:
	    type: aws.s3.bucket
	    name: acme-vault-2
	    versioning: "\${var.db_password}"
	YAML
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "versioning" &&
	no_secret out err
'

test_expect_success 'the debug log hides them too' '
	TERRACE_LOG=debug terrace plan >out 2>err &&
	test_contains err "[debug] s3 HeadBucket HEAD bucket acme-vault: HTTP 200" &&
	no_secret out err
'

test_expect_success 'resource attributes derived from a secret are stored only as hashes' '
	python3 - <<-\PY
	import json
	st = json.load(open("terrace.state.json"))
	for name in ("vault", "creds"):
	    e = st["resources"][name]
	    for attr in e["sensitive_attributes"]:
	        v = e["attributes"]
	        for key in attr.split("."):
	            v = v.get(key) if isinstance(v, dict) else None
	        assert v is None or set(v) == {"$scrypt"}, (name, attr, v)
	# the tag made from the secret, not the map: the owner tag stays in clear
	assert "tags.token" in st["resources"]["vault"]["sensitive_attributes"]
	assert st["resources"]["vault"]["attributes"]["tags"]["owner"] == "data-team"
	assert "content" in st["resources"]["creds"]["sensitive_attributes"]
	# digests of a secret are kept as slow hashes too, not as SHA-256/MD5
	for attr in ("content_sha256", "etag"):
	    assert attr in st["resources"]["creds"]["sensitive_attributes"], attr
	PY
'

test_expect_success 'the state file is readable by its owner only' '
	test_equal 600 "$(stat -c %a terrace.state.json)"
'

# The unsalted SHA-256 of each canonical JSON value derived from the secret:
# what states written before salted hashes held.
sha_of () {
	python3 -c "import hashlib, json, sys; print(hashlib.sha256(json.dumps(json.loads(sys.argv[1]), separators=(\",\", \":\"), sort_keys=True).encode()).hexdigest())" "$1"
}

test_expect_success 'resource attributes hold neither the secret nor its unsalted hash' '
	content_sha=$(sha_of "\"password=$secret-2\"") &&
	tags_sha=$(sha_of "{\"owner\": \"data-team\", \"token\": \"$secret-2\", \"terrace:stack\": \"t0100-sensitive\", \"terrace:workspace\": \"default\"}") &&
	terrace state list >list 2>err &&
	test_line list creds &&
	cat terrace.state.json terrace.state.json.backup >both &&
	test_not_contains both "$content_sha" &&
	test_not_contains both "$tags_sha" &&
	test_contains both "\"\$scrypt\": \"16384\$8\$1\$"
'

test_expect_success 'a state with unsalted hashes (written before) plans nothing and is rewritten salted' '
	python3 - "$(sha_of "\"password=$secret-2\"")" <<-\PY &&
	import json, sys
	st = json.load(open("terrace.state.json"))
	st["resources"]["creds"]["attributes"]["content"] = {"$sha256": sys.argv[1]}
	json.dump(st, open("terrace.state.json", "w"), indent=2)
	PY
	export TERRACE_VAR_db_password=$secret-2 &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	test_not_contains terrace.state.json "\$sha256" &&
	python3 -c "import json; a = json.load(open(\"terrace.state.json\"))[\"resources\"][\"creds\"][\"attributes\"]; assert list(a[\"content\"]) == [\"\$scrypt\"], a" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed secret still plans an update, an unchanged one nothing' '
	TERRACE_VAR_db_password=Other-Pa55-1 terrace plan -detailed-exitcode >out 2>err;
	test $? = 2 &&
	test_contains out "~ content" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'an update that leaves a secret as it was keeps its hash and salt' '
	hashes () {
		python3 -c "import json; r = json.load(open(\"terrace.state.json\"))[\"resources\"]; print(r[\"vault\"][\"attributes\"][\"tags\"][\"token\"][\"\$scrypt\"]); print(r[\"creds\"][\"attributes\"][\"content\"][\"\$scrypt\"])"
	} &&
	hashes >before &&
	sed -i "s/^    name: acme-vault\$/&\n    versioning: true/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ versioning" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "0 added, 1 changed, 0 destroyed" &&
	hashes >after &&
	test_cmp before after &&
	terrace plan -detailed-exitcode >out 2>err &&
	no_secret out err
'

test_expect_success 'TERRACE_SECRET_HASH_COST: N for the hashes made from then on; each stored hash checked with its own' '
	TERRACE_SECRET_HASH_COST=10 TERRACE_VAR_db_password=$secret-3 terrace apply -auto-approve >out 2>err &&
	test_contains out "0 added, 2 changed, 0 destroyed" &&
	python3 -c "import json; r = json.load(open(\"terrace.state.json\"))[\"resources\"]; h = [r[\"vault\"][\"attributes\"][\"tags\"][\"token\"][\"\$scrypt\"], r[\"creds\"][\"attributes\"][\"content\"][\"\$scrypt\"]]; assert all(x.startswith(\"1024\$8\$1\$\") for x in h), h" &&
	TERRACE_VAR_db_password=$secret-3 terrace plan -detailed-exitcode >out 2>err &&
	TERRACE_VAR_db_password=$secret-2 test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	for cost in 9 18 x; do
		TERRACE_SECRET_HASH_COST=$cost test_expect_code 1 terrace plan >out 2>err &&
		test_contains err "Error: TERRACE_SECRET_HASH_COST=\"$cost\": give a whole number from 10 to 17" || return 1
	done &&
	cp terrace.state.json before.json &&
	TERRACE_SECRET_HASH_COST=x test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_cmp before.json terrace.state.json &&
	terrace apply -auto-approve >out 2>err &&
	python3 -c "import json; r = json.load(open(\"terrace.state.json\"))[\"resources\"]; h = r[\"creds\"][\"attributes\"][\"content\"][\"\$scrypt\"]; assert h.startswith(\"16384\$8\$1\$\"), h"
'

test_expect_success 'a name made from a secret is flagged: ids are kept in clear' '
	mkdir named &&
	write_stack named/stack.yaml "  db_password: {type: string, sensitive: true}" &&
	cat >>named/stack.yaml <<-\YAML &&
	resources:
	  leaky:
	    type: aws.s3.bucket
	    name: "acme-${lower(var.db_password)}"
	YAML
	terrace plan -stack named >out 2>err &&
	test_contains err "resource leaky: its name, the object" &&
	test_contains err "encrypt the state, or do not build names from secrets" &&
	no_secret out err
'

test_expect_success 'a tag from a secret, read by outputs: a second plan has no change (issue 39 matrix, way secret: aws.ec2.vpc tags.m)' '
	mkdir -p tagged &&
	write_stack tagged/stack.yaml "  sp: {type: string, default: t0100-tag-secret, sensitive: true}" &&
	cat >>tagged/stack.yaml <<-\YAML &&
	resources:
	  v: {type: aws.ec2.vpc, cidr_block: 10.7.0.0/16, tags: {m: "${var.sp}"}}
	outputs:
	  m: {value: "${v.tags.m}", sensitive: true}
	  all: {value: "${v.tags}", sensitive: true}
	YAML
	(cd tagged &&
	 terrace apply -auto-approve >out 2>err &&
	 terrace plan -detailed-exitcode >out 2>err &&
	 test_line out "No changes. Your infrastructure matches the configuration." &&
	 terrace output m >out 2>err &&
	 test_line out "t0100-tag-secret" &&
	 terrace destroy -auto-approve >out 2>err)
'

# Issue 47: sensitivity follows the attribute, as in Terraform. A parameter's
# value is sensitive, its name is not, whichever way the name is reached.
test_expect_success 'a for_each parameter: its names show in plan, apply and output -json, its values never (issue 47)' '
	mkdir params &&
	write_stack params/stack.yaml &&
	cat >>params/stack.yaml <<-\YAML &&
	resources:
	  p:
	    type: aws.ssm.parameter
	    for_each: {a: t0100-param-secret-a, b: t0100-param-secret-b}
	    name: /t0100/${each.key}
	    parameter_type: SecureString
	    value: ${each.value}
	outputs:
	  names: ${p[*].name}
	  first: ${p["a"].name}
	  listed: "${[for k, q in p : q.name]}"
	  keyed: "${{for k, q in p : k => q.name}}"
	  values: {value: "${p[*].value}", sensitive: true}
	  whole: ${p["a"]}
	YAML
	(cd params &&
	 terrace plan >plan.out 2>err &&
	 sed -n "/^Changes to Outputs:/,\$p" plan.out >outputs &&
	 test_line outputs "+ names  = [" &&
	 test_line outputs "+ listed = [" &&
	 test_line outputs "+ keyed  = {" &&
	 test_line outputs "\"/t0100/b\"," &&
	 test_line outputs "+ first  = \"/t0100/a\"" &&
	 test_line outputs "+ values = (sensitive value)" &&
	 test_line outputs "+ whole  = (sensitive value)" &&
	 terrace apply -auto-approve >apply.out 2>err2 &&
	 sed -n "/^Outputs:/,\$p" apply.out >outputs &&
	 test_line outputs "names = [" &&
	 test_line outputs "\"/t0100/b\"," &&
	 test_line outputs "values = (sensitive value)" &&
	 test_line outputs "whole = (sensitive value)" &&
	 terrace output -json >out.json 2>err3 &&
	 test_equal "[\"/t0100/a\", \"/t0100/b\"]" "$(json_get out.json "d[\"names\"][\"value\"]")" &&
	 test_equal false "$(json_get out.json "d[\"names\"][\"sensitive\"]")" &&
	 test_equal /t0100/b "$(json_get out.json "d[\"keyed\"][\"value\"][\"b\"]")" &&
	 test_equal true "$(json_get out.json "d[\"whole\"][\"sensitive\"]")" &&
	 test_equal true "$(json_get out.json "d[\"values\"][\"sensitive\"]")" &&
	 for f in plan.out err apply.out err2 out.json err3; do
		test_not_contains $f t0100-param-secret || return 1
	 done &&
	 terrace destroy -auto-approve >out 2>err)
'

test_done

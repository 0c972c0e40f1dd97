#!/usr/bin/env bash
# t0460-for-each: resources with for_each and count (and locals) against moto. Instances
# get addresses bucket["alice"] and logs[0] in the plan, the state and
# -target; adding one key plans exactly one create, removing one exactly one
# destroy; each.key, each.value and count.index reach names and tags; one
# instance can be referenced from another resource; mistakes (for_each on a
# resource attribute, a repeated key, each.key without for_each, a reference
# without the key, a key that is not an instance) are refused with the
# file:line:col of the mistake.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# team_stack USERS LOGS: buckets per user (for_each over a list variable), a
# map of zones with their tiers, COUNT log buckets, and an object in alice's
# bucket that names bob's.
team_stack () {
	write_stack stack.yaml '  users: {type: list, default: '"$1"'}
  zones: {type: map, default: {raw: bronze, curated: silver}}
  logs: {type: number, default: '"$2"'}'
	cat >>stack.yaml <<-'EOF'
	locals:
	  prefix: t0460
	  people: "${var.users}"
	resources:
	  bucket:
	    type: aws.s3.bucket
	    for_each: "${local.people}"
	    name: "${local.prefix}-${each.key}"
	    tags: {owner: "${each.value}"}
	  zone:
	    type: aws.s3.bucket
	    for_each: "${var.zones}"
	    name: "t0460-zone-${each.key}"
	    tags: {tier: "${each.value}"}
	  logs:
	    type: aws.s3.bucket
	    count: "${var.logs}"
	    name: "t0460-logs-${count.index}"
	  note:
	    type: aws.s3.object
	    bucket: "${bucket[\"alice\"].name}"
	    key: readme.txt
	    content: "see also ${zone[\"raw\"].name}"
	EOF
}

test_expect_success 'plan names every instance by its address' '
	team_stack "[alice, bob]" 2 &&
	terrace plan -no-color >out 2>err &&
	test_contains out "+ resource \"aws.s3.bucket\" \"bucket\" {" &&
	test_contains out "# bucket[\"alice\"] will be created" &&
	test_contains out "# bucket[\"bob\"] will be created" &&
	test_contains out "# zone[\"raw\"] will be created" &&
	test_contains out "# zone[\"curated\"] will be created" &&
	test_contains out "# logs[0] will be created" &&
	test_contains out "# logs[1] will be created" &&
	test_contains out "Plan: 7 to add, 0 to change, 0 to destroy."
'

test_expect_success 'the JSON plan gives each instance its index, as Terraform does' '
	terrace plan -out=tfplan >out 2>err &&
	terrace show -json tfplan >plan.json &&
	check_json_plan plan.json <<-\PY
	assert (rc["bucket[\"bob\"]"]["name"], rc["bucket[\"bob\"]"]["index"]) == ("bucket", "bob")
	assert (rc["logs[1]"]["name"], rc["logs[1]"]["index"]) == ("logs", 1)
	assert "index" not in rc["note"] and "module_address" not in rc["note"]
	PY
'

test_expect_success 'apply makes them; state keys are the addresses' '
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 7 added" &&
	for b in t0460-alice t0460-bob t0460-zone-raw t0460-zone-curated t0460-logs-0 t0460-logs-1
	do
		bucket_exists $b || { echo "missing $b"; return 1; }
	done &&
	test_equal "bucket[\"alice\"] bucket[\"bob\"] logs[0] logs[1] note zone[\"curated\"] zone[\"raw\"]" \
		"$(json_get terrace.state.json "\" \".join(sorted(d[\"resources\"]))")" &&
	bucket_tags t0460-zone-curated >tags &&
	test_contains tags "tier=silver" &&
	bucket_tags t0460-bob >tags &&
	test_contains tags "owner=bob" &&
	s3 s3 cp s3://t0460-alice/readme.txt - >body &&
	test_equal "see also t0460-zone-raw" "$(cat body)"
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'adding one key plans exactly one create' '
	team_stack "[alice, bob, carol]" 2 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# bucket[\"carol\"] will be created" &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	bucket_exists t0460-carol
'

test_expect_success 'removing one key plans exactly one destroy; the others stay' '
	team_stack "[alice, carol]" 2 &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# bucket[\"bob\"] will be destroyed" &&
	test_contains out "Plan: 0 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	! bucket_exists t0460-bob &&
	bucket_exists t0460-alice && bucket_exists t0460-carol
'

test_expect_success 'a lower count destroys the last instance' '
	team_stack "[alice, carol]" 1 &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# logs[1] will be destroyed" &&
	test_contains out "Plan: 0 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	! bucket_exists t0460-logs-1 && bucket_exists t0460-logs-0
'

test_expect_success '-target takes one instance, or all of a resource' '
	team_stack "[alice, carol, dave, erin]" 1 &&
	terrace plan -no-color "-target=bucket[\"dave\"]" >out 2>err &&
	test_contains out "# bucket[\"dave\"] will be created" &&
	test_not_contains out "erin" &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace plan -no-color -target=bucket >out 2>err &&
	test_contains out "# bucket[\"dave\"] will be created" &&
	test_contains out "# bucket[\"erin\"] will be created" &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_expect_success 'destroy removes every instance' '
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 6 destroyed." &&
	for b in t0460-alice t0460-carol t0460-zone-raw t0460-zone-curated t0460-logs-0
	do
		! bucket_exists $b || { echo "left $b"; return 1; }
	done
'

# keyed_stack USERS READMES: a bucket per user, a README in the bucket of
# the same key (bucket[each.key]), count-made logs each with a marker in
# the log bucket of the same index (logs[count.index]), and a module per
# team whose output is read back as module.team[each.key].OUT.
mkdir -p mods/team
cat >mods/team/main.yaml <<-'EOF'
variables:
  team: {type: string}
resources:
  zone:
    type: aws.s3.bucket
    for_each: [in, out]
    name: "t0460-${var.team}-${each.key}"
  marker:
    type: aws.s3.object
    for_each: [in, out]
    bucket: "${zone[each.key].name}"
    key: "${each.key}.txt"
    content: "${zone[each.key].arn}"
outputs:
  inbox: "${zone[\"in\"].name}"
EOF
keyed_stack () {
	write_stack stack.yaml '  users: {type: list, default: '"$1"'}
  readmes: {type: list, default: '"$2"'}'
	cat >>stack.yaml <<-'EOF'
	modules:
	  team:
	    source: ./mods/team
	    for_each: [red]
	    team: "${each.key}"
	resources:
	  bucket:
	    type: aws.s3.bucket
	    for_each: "${var.users}"
	    name: "t0460-${each.key}"
	  readme:
	    type: aws.s3.object
	    for_each: "${var.readmes}"
	    bucket: "${bucket[each.key].name}"
	    key: README
	    content: "${bucket[each.key].arn} ${bucket[\"alice\"].name}"
	  logs:
	    type: aws.s3.bucket
	    count: 2
	    name: "t0460-logs-${count.index}"
	  mark:
	    type: aws.s3.object
	    count: 2
	    bucket: "${logs[count.index].name}"
	    key: "mark-${count.index}"
	    content: "${logs[count.index].arn}"
	  teamnote:
	    type: aws.s3.object
	    for_each: [red]
	    bucket: "${module.team[each.key].inbox}"
	    key: note
	    content: "team ${each.key}"
	EOF
}

test_expect_success 'each.key and count.index name the instance of the same key' '
	keyed_stack "[alice, bob]" "[alice, bob]" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 13 added" &&
	s3 s3 cp s3://t0460-bob/README - >body &&
	test_equal "arn:aws:s3:::t0460-bob t0460-alice" "$(cat body)" &&
	s3 s3 cp s3://t0460-alice/README - >body &&
	test_equal "arn:aws:s3:::t0460-alice t0460-alice" "$(cat body)" &&
	s3 s3 cp s3://t0460-logs-1/mark-1 - >body &&
	test_equal "arn:aws:s3:::t0460-logs-1" "$(cat body)" &&
	s3 s3 cp s3://t0460-red-out/out.txt - >body &&
	test_equal "arn:aws:s3:::t0460-red-out" "$(cat body)" &&
	s3 s3 cp s3://t0460-red-in/note - >body &&
	test_equal "team red" "$(cat body)" &&
	terrace graph >graph &&
	test_contains graph "\"readme[\\\"bob\\\"]\" -> \"bucket[\\\"bob\\\"]\"" &&
	test_contains graph "\"mark[1]\" -> \"logs[1]\"" &&
	test_not_contains graph "\"mark[1]\" -> \"logs[0]\""
'

test_expect_success 'a key added to both plans exactly its bucket and its README' '
	keyed_stack "[alice, bob, carol]" "[alice, bob, carol]" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# bucket[\"carol\"] will be created" &&
	test_contains out "# readme[\"carol\"] will be created" &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_expect_success 'a key each.key names with no instance is refused where it is written' '
	keyed_stack "[alice, bob]" "[alice, bob, zed]" &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "stack.yaml:28:13: error: readme[\"zed\"] refers to bucket[\"zed\"] (written bucket[each.key]), which is not a resource instance of the stack" &&
	test_contains err "must have the same for_each keys (or count) as readme[\"zed\"]"
'

test_expect_success 'each.key and count.index as keys only where they mean an instance; another index (each.value) names the instance of its key' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  bucket: {type: aws.s3.bucket, for_each: [a], name: "t0460-${each.key}"}
	  single: {type: aws.s3.bucket, name: "${bucket[each.key].name}"}
	  counted: {type: aws.s3.bucket, count: 1, name: "${bucket[count.index].name}"}
	  other: {type: aws.s3.bucket, for_each: [a], name: "${bucket[each.value].name}"}
	EOF
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:15:39: error: \"\${bucket[each.key].name}\": each.key is only known in a resource or module with for_each (resource \"single\" has none)" &&
	test_contains err "stack.yaml:16:50: error: \"\${bucket[count.index].name}\": resource \"bucket\" has for_each, so count.index does not name one of its instances" &&
	test_not_contains err "stack.yaml:17:"
'

test_expect_success 'destroy after indexing by key leaves nothing' '
	keyed_stack "[alice, bob]" "[alice, bob]" &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 13 destroyed." &&
	for b in t0460-alice t0460-bob t0460-logs-0 t0460-logs-1 t0460-red-in t0460-red-out
	do
		! bucket_exists $b || { echo "left $b"; return 1; }
	done
'

test_expect_success 'import adopts an existing bucket as one instance' '
	write_stack stack.yaml &&
	printf "resources:\n  one:\n    type: aws.s3.bucket\n    for_each: [solo, duo]\n    name: \"t0460-\${each.key}\"\n" >>stack.yaml &&
	s3 s3 mb s3://t0460-solo >/dev/null &&
	terrace import "one[\"solo\"]" t0460-solo >out 2>err &&
	test_contains out "Import successful!" &&
	terrace state list >list &&
	test_equal "one[\"solo\"]" "$(cat list)" &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# one[\"duo\"] will be created" &&
	test_not_contains out "# one[\"solo\"] will be created" &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	! bucket_exists t0460-solo
'

# bad_stack BODY: the shared header and BODY under resources:.
bad_stack () {
	write_stack stack.yaml '  users: {type: list, default: [a, a]}'
	printf 'resources:\n%s\n' "$1" >>stack.yaml
}

test_expect_success 'for_each on a resource attribute is refused where it is written' '
	bad_stack "  one: {type: aws.s3.bucket, name: t0460-one}
  many:
    type: aws.s3.bucket
    for_each: \"\${one.tags}\"
    name: \"t0460-\${each.key}\"" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "stack.yaml:18:15" &&
	test_contains err "for_each and count cannot use resources or modules"
'

test_expect_success 'a key given twice is refused' '
	bad_stack "  many:
    type: aws.s3.bucket
    for_each: \"\${var.users}\"
    name: \"t0460-\${each.key}\"" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "stack.yaml:17:15" &&
	test_contains err "lists \"a\" twice"
'

test_expect_success 'each.key without for_each, and a reference without its key' '
	bad_stack "  many:
    type: aws.s3.bucket
    for_each: [x, y]
    name: \"t0460-\${each.key}\"
  single:
    type: aws.s3.bucket
    name: \"t0460-\${each.key}\"
    tags: {of: \"\${many.name}\"}" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:21:11: error: \"\${each.key}\" is only known in a resource or module with for_each" &&
	test_contains err "stack.yaml:22:16: error: resource \"many\" has for_each; refer to one instance"
'

test_expect_success 'a key that is not an instance is refused before anything is made' '
	bad_stack "  many:
    type: aws.s3.bucket
    for_each: [x, y]
    name: \"t0460-\${each.key}\"
  other:
    type: aws.s3.bucket
    name: '"'"'t0460-\${many[\"z\"].name}'"'"'" &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "other refers to many[\"z\"], which is not a resource instance" &&
	! bucket_exists t0460-x
'

test_done

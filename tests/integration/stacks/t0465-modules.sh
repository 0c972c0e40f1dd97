#!/usr/bin/env bash
# t0465-modules: `modules:` against moto. A zone module (bucket + README
# object, outputs) is called once, with for_each, and from a module that
# calls it twice (nesting, one instance's input taken from the other's
# output). Addresses are module.NAME.RESOURCE in plan, state and -target;
# outputs reach the caller as ${module.NAME.OUTPUT}; a second plan is
# clean; dropping one for_each key destroys exactly that instance's two
# resources; errors inside a module name the module's file:line:col,
# errors in the call name the caller's.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p mods/zone mods/pair
cat >mods/zone/main.yaml <<-'EOF'
variables:
  name: {type: string, description: the bucket's name}
  tier: {type: string, default: bronze}
resources:
  bucket:
    type: aws.s3.bucket
    name: "${var.name}"
    tags: {tier: "${var.tier}"}
  readme:
    type: aws.s3.object
    bucket: "${bucket.name}"
    key: README
    content: "zone ${var.name} (${var.tier})"
outputs:
  bucket_name: "${bucket.name}"
  arn: {value: "${bucket.arn}", description: the bucket's ARN}
EOF
cat >mods/pair/main.yaml <<-'EOF'
variables:
  prefix: {}
modules:
  one: {source: ../zone, name: "${var.prefix}-1"}
  two: {source: ../zone, name: "${var.prefix}-2", tier: "after-${module.one.bucket_name}"}
outputs:
  first: "${module.one.bucket_name}"
EOF

# lab_stack TEAMS: the root stack, with one team zone per key of TEAMS.
lab_stack () {
	write_stack stack.yaml '  teams: {type: list, default: '"$1"'}'
	cat >>stack.yaml <<-'EOF'
	modules:
	  raw:
	    source: ./mods/zone
	    name: t0465-raw
	  team:
	    source: ./mods/zone
	    for_each: "${var.teams}"
	    name: "t0465-team-${each.key}"
	    tier: silver
	  nested:
	    source: ./mods/pair
	    prefix: t0465-pair
	resources:
	  index:
	    type: aws.s3.object
	    bucket: "${module.raw.bucket_name}"
	    key: index.txt
	    content: "${module.team[\"a\"].bucket_name} ${module.nested.first}"
	outputs:
	  raw_bucket: "${module.raw.bucket_name}"
	  raw_arn: "${module.raw.arn}"
	EOF
}

test_expect_success 'plan names module resources by their addresses' '
	lab_stack "[a, b]" &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# module.raw.bucket will be created" &&
	test_contains out "# module.raw.readme will be created" &&
	test_contains out "# module.team[\"a\"].bucket will be created" &&
	test_contains out "# module.team[\"b\"].readme will be created" &&
	test_contains out "# module.nested.module.one.bucket will be created" &&
	test_contains out "# module.nested.module.two.bucket will be created" &&
	test_contains out "+ resource \"aws.s3.bucket\" \"bucket\" {" &&
	test_contains out "Plan: 11 to add, 0 to change, 0 to destroy."
'

test_expect_success 'the JSON plan gives module_address, name and index as Terraform does' '
	terrace plan -out=tfplan >out 2>err &&
	terrace show -json tfplan >plan.json &&
	check_json_plan plan.json <<-\PY
	c = rc["module.team[\"b\"].readme"]
	assert (c["module_address"], c["name"]) == ("module.team[\"b\"]", "readme") and "index" not in c, c
	c = rc["module.nested.module.two.bucket"]
	assert c["module_address"] == "module.nested.module.two" and c["name"] == "bucket", c
	assert "module_address" not in rc["index"] and rc["index"]["name"] == "index"
	PY
'

test_expect_success 'apply makes them in dependency order; outputs cross modules' '
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 11 added" &&
	for b in t0465-raw t0465-team-a t0465-team-b t0465-pair-1 t0465-pair-2
	do
		bucket_exists $b || { echo "missing $b"; return 1; }
	done &&
	s3 s3 cp s3://t0465-raw/index.txt - >body &&
	test_equal "t0465-team-a t0465-pair-1" "$(cat body)" &&
	s3 s3 cp s3://t0465-pair-2/README - >body &&
	test_equal "zone t0465-pair-2 (after-t0465-pair-1)" "$(cat body)" &&
	bucket_tags t0465-team-b >tags &&
	test_contains tags "tier=silver" &&
	test_equal t0465-raw "$(terrace output -raw raw_bucket)" &&
	test_equal arn:aws:s3:::t0465-raw "$(terrace output -raw raw_arn)" &&
	json_get terrace.state.json "\"\\n\".join(sorted(d[\"resources\"]))" >keys &&
	test_line keys "module.nested.module.two.readme" &&
	test_line keys "module.team[\"b\"].bucket"
'

test_expect_success 'a second plan has no changes' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "No changes."
'

test_expect_success 'graph shows instances and the edges that cross modules' '
	terrace graph >graph.dot 2>err &&
	test_contains graph.dot "\"module.nested.module.two.bucket\" -> \"module.nested.module.one.bucket\"" &&
	test_contains graph.dot "\"index\" -> \"module.raw.bucket\"" &&
	test_contains graph.dot "\"index\" -> \"module.team[\\\"a\\\"].bucket\""
'

test_expect_success 'the next module instance plans exactly its two creates; -target picks a module' '
	lab_stack "[a, b, c]" &&
	terrace plan -no-color -target=module.team >out 2>err &&
	test_contains out "# module.team[\"c\"].bucket will be created" &&
	test_contains out "# module.team[\"c\"].readme will be created" &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy." &&
	test_expect_code 1 terrace plan -target=module.nope >out 2>err &&
	test_contains err "-target module.nope: no such resource"
'

test_expect_success 'dropping a for_each key destroys exactly that instance' '
	lab_stack "[a]" &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# module.team[\"b\"].bucket will be destroyed" &&
	test_contains out "# module.team[\"b\"].readme will be destroyed" &&
	test_contains out "Plan: 0 to add, 0 to change, 2 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	! bucket_exists t0465-team-b && bucket_exists t0465-team-a
'

test_expect_success 'destroy removes every module resource' '
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete! Resources: 9 destroyed." &&
	for b in t0465-raw t0465-team-a t0465-pair-1 t0465-pair-2
	do
		! bucket_exists $b || { echo "left $b"; return 1; }
	done
'

test_expect_success 'count on a module: module.NAME[0], module.NAME[1]' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	modules:
	  copies:
	    source: ./mods/zone
	    count: 2
	    name: "t0465-copy-${count.index}"
	outputs:
	  second: "${module.copies[1].bucket_name}"
	EOF
	terrace plan -no-color >out 2>err &&
	test_contains out "# module.copies[0].bucket will be created" &&
	test_contains out "# module.copies[1].readme will be created" &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	test_match out "name *= \"t0465-copy-1\""
'

test_expect_success 'for_each over a map whose values are known only after apply' '
	mkdir -p mods/notes &&
	cat >mods/notes/main.yaml <<-\EOF &&
	variables:
	  bucket: {}
	  notes: {type: map}
	resources:
	  note:
	    type: aws.s3.object
	    for_each: "${var.notes}"
	    bucket: "${var.bucket}"
	    key: "${each.key}.txt"
	    content: "${each.value}"
	EOF
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  home: {type: aws.s3.bucket, name: t0465-notes}
	modules:
	  n:
	    source: ./mods/notes
	    bucket: "${home.name}"
	    notes: {arn: "${home.arn}", plain: fixed}
	EOF
	terrace plan -no-color >out 2>err &&
	test_contains out "# module.n.note[\"arn\"] will be created" &&
	test_match out "content *= \"fixed\"" &&
	terrace apply -auto-approve >out 2>err &&
	s3 s3 cp s3://t0465-notes/arn.txt - >body &&
	test_equal arn:aws:s3:::t0465-notes "$(cat body)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'path.module reaches a module'"'"'s own files' '
	mkdir -p mods/filed/files &&
	echo "shipped with the module" >mods/filed/files/hello.txt &&
	printf "variables:\n  bucket: {}\nresources:\n  hello:\n    type: aws.s3.object\n    bucket: \"\${var.bucket}\"\n    key: hello.txt\n    source: \"\${path.module}/files/hello.txt\"\noutputs:\n  where: \"\${path.module}\"\n" >mods/filed/main.yaml &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	resources:
	  home: {type: aws.s3.bucket, name: t0465-filed}
	modules:
	  f: {source: ./mods/filed, bucket: "${home.name}"}
	outputs:
	  module_dir: "${module.f.where}"
	  root_dir: "${path.root}"
	EOF
	terrace apply -auto-approve >out 2>err &&
	s3 s3 cp s3://t0465-filed/hello.txt - >body &&
	test_equal "shipped with the module" "$(cat body)" &&
	test_equal mods/filed "$(terrace output -raw module_dir)" &&
	test_equal . "$(terrace output -raw root_dir)" &&
	mkdir -p badpath &&
	printf "resources:\n  x: {type: aws.s3.bucket, name: \"\${path.nope}\"}\n" >badpath/bad.yaml &&
	test_expect_code 1 terrace validate -stack badpath/bad.yaml >out 2>err &&
	test_contains err "badpath/bad.yaml:2:34: error: unknown reference \"\${path.nope}\": path.module, path.root and path.cwd" &&
	terrace destroy -auto-approve >out 2>err
'

test_expect_success 'state mv moves a resource into a module without touching it' '
	write_stack stack.yaml &&
	printf "resources:\n  solo: {type: aws.s3.bucket, name: t0465-solo, tags: {tier: gold}}\n" >>stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	write_stack stack.yaml &&
	printf "modules:\n  solo: {source: ./mods/zone, name: t0465-solo, tier: gold}\n" >>stack.yaml &&
	terrace plan -no-color >out 2>err &&
	test_contains out "Plan: 2 to add, 0 to change, 1 to destroy." &&
	terrace state mv solo module.solo.bucket >out 2>err &&
	test_contains out "Move \"solo\" to \"module.solo.bucket\"" &&
	test_expect_code 1 terrace state mv solo module.x.bucket >out 2>err &&
	test_contains err "nothing in the state at \"solo\"" &&
	terrace plan -no-color >out 2>err &&
	test_contains out "# module.solo.readme will be created" &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	bucket_exists t0465-solo
'

test_expect_success 'state mv renames a whole module; state rm forgets without deleting' '
	write_stack stack.yaml &&
	printf "modules:\n  gold: {source: ./mods/zone, name: t0465-solo, tier: gold}\n" >>stack.yaml &&
	terrace state mv module.solo module.gold >out 2>err &&
	test_contains out "Successfully moved 2 object(s)." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	terrace state rm module.gold >out 2>err &&
	test_contains out "Removed module.gold.bucket" &&
	test_contains out "Removed module.gold.readme" &&
	terrace state list >list &&
	test_empty list &&
	bucket_exists t0465-solo &&
	s3 s3 rb --force s3://t0465-solo >/dev/null
'

test_expect_success 'an error inside a module names the module file' '
	mkdir -p mods/bad &&
	printf "variables:\n  name: {}\nresources:\n  b:\n    type: aws.s3.bucket\n    nmae: \"\${var.name}\"\n" >mods/bad/main.yaml &&
	write_stack stack.yaml &&
	printf "modules:\n  m: {source: ./mods/bad, name: x}\n" >>stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "mods/bad/main.yaml:6:5: error: unknown attribute \"nmae\" of resource \"b\"" &&
	test_contains err "mods/bad/main.yaml:4:3: error: resource \"b\" is missing required attribute \"name\"" &&
	test_contains err "stack.yaml:14:15: error: module \"m\": the module at mods/bad has errors"
'

test_expect_success 'errors in the call name the caller: inputs, outputs, source' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	modules:
	  z: {source: ./mods/zone, nmae: x}
	  gone: {source: ./mods/none}
	outputs:
	  o: "${module.z.bucket_nme}"
	EOF
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:14:28: error: module \"z\" has no variable \"nmae\" to set" &&
	test_contains err "stack.yaml:14:3: error: module \"z\" needs input \"name\" (variable name of mods/zone/main.yaml:2 has no default)" &&
	test_contains err "stack.yaml:15:18: error: module \"gone\": cannot read mods/none: No such file or directory" &&
	test_contains err "stack.yaml:17:6: error: module \"z\" has no output \"bucket_nme\"" &&
	test_contains err "did you mean \"bucket_name\"?"
'

test_expect_success 'a module cannot set providers or a backend' '
	mkdir -p mods/prov &&
	printf "providers:\n  aws: {region: eu-west-1}\nbackend: {type: local}\n" >mods/prov/main.yaml &&
	write_stack stack.yaml &&
	printf "modules:\n  p: {source: ./mods/prov}\n" >>stack.yaml &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "mods/prov/main.yaml:2:3: error: a module uses the provider configurations" &&
	test_contains err "mods/prov/main.yaml:3:1: error: a module cannot have a backend"
'

test_expect_success 'terrace/NAME takes a module from the catalog (TERRACE_MODULES_PATH first)' '
	mkdir -p catalog && cp -R mods/zone catalog/zone9 &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	modules:
	  z: {source: terrace/zone9, name: t0465-cat}
	  n: {source: terrace/no-such-module, name: x}
	EOF
	TERRACE_MODULES_PATH=/nonexistent:$PWD/catalog test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "stack.yaml:15:15: error: module \"n\": no module \"no-such-module\" in terrace" &&
	test_not_contains err "module \"z\"" &&
	sed -i "/no-such-module/d" stack.yaml &&
	TERRACE_MODULES_PATH=$PWD/catalog terrace plan -no-color >out 2>err &&
	test_contains out "# module.z.bucket will be created"
'

test_expect_success 'a cycle through a module (input uses what uses its output) is named' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\EOF &&
	modules:
	  z: {source: ./mods/zone, name: "x-${other.name}"}
	resources:
	  other: {type: aws.s3.bucket, name: "y-${module.z.bucket_name}"}
	EOF
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "dependency cycle between resources: module.z.bucket -> other -> module.z.bucket"
'

# providers: on a call: the module's aws is the caller's configuration of
# that name (Terraform's providers = { aws = aws.west }): one module called
# for two regions makes a queue of one name in each, which plan took for
# one object while both were made in the root's region; without it, the
# same two calls are refused as one object.
two_region_stack () {
	write_stack stack.yaml &&
	cat >>stack.yaml <<-EOF
	  west:
	    type: aws
	    region: us-west-2
	    endpoint: "\${var.endpoint}"
	    access_key: "\${var.access_key}"
	    secret_key: "\${var.secret_key}"
	modules:
	  east_q: {source: ./mods/queue}
	  west_q: {source: ./mods/queue$1}
	EOF
}

test_expect_success 'providers: on a module call makes its objects in that configuration' '
	mkdir -p mods/queue &&
	printf "resources:\n  q: {type: aws.sqs.queue, name: t0465-orders}\noutputs:\n  url: \"\${q.url}\"\n" >mods/queue/main.yaml &&
	two_region_stack "" &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "\"t0465-orders\" names the same AWS::SQS::Queue as resource \"module.east_q.q\"" &&
	two_region_stack ", providers: {aws: west}" &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added" &&
	aws_server sqs list-queues --region us-west-2 --queue-name-prefix t0465-orders >west &&
	aws_server sqs list-queues --region us-east-1 --queue-name-prefix t0465-orders >east &&
	test_contains west "/t0465-orders" && test_contains east "/t0465-orders" &&
	json_get terrace.state.json "d[\"resources\"][\"module.west_q.q\"][\"provider\"]" >prov &&
	test_equal west "$(cat prov)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err
'

test_done

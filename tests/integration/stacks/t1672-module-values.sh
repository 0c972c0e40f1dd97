#!/usr/bin/env bash
# t1672-module-values: a module as a value, against moto. module.zone with
# for_each is a map of objects of its outputs, module.logs with count a
# list, module.one an object: a for expression over them
# ([for k, m in module.zone : m.name]) writes an S3 object whose content
# the AWS CLI reads back; what uses module.zone depends on every
# instance's bucket (graph, apply order); output -json shows the object,
# the console reads it and the modules' outputs from the state;
# show -json's configuration names module.zone as the reference; a second
# plan is clean; adding a key plans one more bucket and the object's
# change; validate refuses a module that does not exist and a key its
# for_each does not make, at file:line:col.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p mods/zone
cat >mods/zone/main.yaml <<-'EOF'
variables:
  name: {type: string}
resources:
  bucket:
    type: aws.s3.bucket
    name: "${var.name}"
outputs:
  name: "${bucket.name}"
  arn: "${bucket.arn}"
EOF

# values_stack ZONES
values_stack () {
	write_stack stack.yaml '  zones: {type: list, default: '"$1"'}'
	cat >>stack.yaml <<-'EOF'
	modules:
	  zone:
	    source: ./mods/zone
	    for_each: "${var.zones}"
	    name: "t1672-zone-${each.key}"
	  logs:
	    source: ./mods/zone
	    count: 2
	    name: "t1672-logs-${count.index}"
	  one:
	    source: ./mods/zone
	    name: t1672-one
	resources:
	  index:
	    type: aws.s3.object
	    bucket: "${module.one.name}"
	    key: index.json
	    content: '${jsonencode({zones = [for k, m in module.zone : "${k}=${m.name}"], logs = [for m in module.logs : m.arn]})}'
	outputs:
	  one: "${module.one}"
	  zone_arns: '${join(",", [for k, m in module.zone : m.arn])}'
	  zone_names: '${join(",", [for k, m in module.zone : m.name])}'
	EOF
}

test_expect_success 'validate refuses an unknown module and a key its for_each does not make' '
	values_stack "[a, b]" &&
	cat >>stack.yaml <<-\EOF &&
	  x: "${module.zones}"
	  y: "${module.one[\"a\"]}"
	EOF
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:36:6: error: unknown module \"zones\" in \"\${module.zones}\"" &&
	test_contains err "did you mean \"zone\"?" &&
	test_contains err "./stack.yaml:37:6: error: module \"one\" has no for_each or count; refer to it without a key: \"module.one.OUTPUT\""
'

test_expect_success 'plan: a for over module.zone depends on each instance; apply writes their ARNs' '
	values_stack "[a, b]" &&
	terrace validate >out 2>err &&
	terrace graph >graph.dot 2>err &&
	test_line graph.dot "\"index\" -> \"module.zone[\\\"a\\\"].bucket\";" &&
	test_line graph.dot "\"index\" -> \"module.zone[\\\"b\\\"].bucket\";" &&
	test_line graph.dot "\"index\" -> \"module.logs[1].bucket\";" &&
	terrace plan -out values.plan >out 2>err &&
	test_contains out "Plan: 6 to add, 0 to change, 0 to destroy." &&
	terrace show -json values.plan >values.json &&
	json_get values.json "next(r for r in d[\"configuration\"][\"root_module\"][\"resources\"] if r[\"address\"] == \"index\")[\"expressions\"][\"content\"][\"references\"]" >refs &&
	test_contains refs "module.zone" &&
	terrace apply values.plan >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	s3 s3 cp s3://t1672-one/index.json - >index.json &&
	test_equal "a=t1672-zone-a b=t1672-zone-b" "$(json_get index.json "\" \".join(d[\"zones\"])")" &&
	test_equal "arn:aws:s3:::t1672-logs-0 arn:aws:s3:::t1672-logs-1" "$(json_get index.json "\" \".join(d[\"logs\"])")" &&
	test_equal "arn:aws:s3:::t1672-zone-a,arn:aws:s3:::t1672-zone-b" "$(terrace output -raw zone_arns)" &&
	test_equal "t1672-zone-a,t1672-zone-b" "$(terrace output -raw zone_names)" &&
	terrace output -json >outputs.json &&
	test_equal "arn:aws:s3:::t1672-one t1672-one" "$(json_get outputs.json "d[\"one\"][\"value\"][\"arn\"] + \" \" + d[\"one\"][\"value\"][\"name\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'the console reads a module'"'"'s output and the module as a value from the state' '
	printf "%s\n" "module.one.arn" "join(\",\", [for k, m in module.zone : m.arn])" \
		"module.logs[1].name" | terrace console >out 2>err &&
	test_equal "\"arn:aws:s3:::t1672-one\" \"arn:aws:s3:::t1672-zone-a,arn:aws:s3:::t1672-zone-b\" \"t1672-logs-1\"" "$(paste -sd" " out)"
'

test_expect_success 'a key added to the for_each: one more bucket, and the object changes' '
	values_stack "[a, b, c]" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "# module.zone[\"c\"].bucket will be created" &&
	test_contains out "# index will be updated in-place" &&
	test_contains out "Plan: 1 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	s3 s3 cp s3://t1672-one/index.json - >index.json &&
	test_equal "a=t1672-zone-a b=t1672-zone-b c=t1672-zone-c" "$(json_get index.json "\" \".join(d[\"zones\"])")" &&
	test_equal "arn:aws:s3:::t1672-zone-a,arn:aws:s3:::t1672-zone-b,arn:aws:s3:::t1672-zone-c" "$(terrace output -raw zone_arns)"
'

test_expect_success 'destroy removes everything' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed."
'

test_done

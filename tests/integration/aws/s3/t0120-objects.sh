#!/usr/bin/env bash
# t0120-objects: aws.s3.object from a local file (a changed file plans as an
# update), -target limiting a plan/apply to a resource and what it depends
# on, graph as DOT, and outputs. An update of an object and of a bucket
# converges from what S3 holds, not from the state: apply -refresh=false puts
# back bytes and versioning the CLI changed.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

mkdir -p scripts
printf 'import sys\nprint("bronze to silver")\n' >scripts/etl.py

write_stack stack.yaml '  prefix: {type: string, default: acme}'
cat >>stack.yaml <<-'YAML'
resources:
  raw:
    type: aws.s3.bucket
    name: ${var.prefix}-raw
    tags:
      zone: raw
  curated:
    type: aws.s3.bucket
    name: ${var.prefix}-curated
    tags:
      zone: curated
  etl:
    type: aws.s3.object
    bucket: ${raw.name}
    key: glue/script/etl.py
    source: scripts/etl.py
    content_type: text/x-python
    metadata:
      job: bronze-to-silver
outputs:
  raw_arn: ${raw.arn}
  script_uri:
    value: s3://${raw.name}/${etl.key}
    description: where the ETL script lives
  zones: ["${raw.name}", 2, true]
  layout: {buckets: 2, versioned: false, names: ["${raw.name}", "${curated.name}"]}
YAML

test_expect_success 'plan shows the object from its local file' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "+ resource \"aws.s3.object\" \"etl\" {" &&
	test_match out "\+ source *= \"scripts/etl.py\"" &&
	test_line out "Plan: 3 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply uploads the file' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	s3 s3api get-object --bucket acme-raw --key glue/script/etl.py got.py >head.json &&
	test_cmp scripts/etl.py got.py &&
	test_equal text/x-python "$(json_get head.json "d[\"ContentType\"]")" &&
	test_equal bronze-to-silver "$(json_get head.json "d[\"Metadata\"][\"job\"]")"
'

test_expect_success 'apply prints the outputs; output shows them' '
	test_line out "raw_arn = \"arn:aws:s3:::acme-raw\"" &&
	terrace output >outputs 2>err &&
	test_line outputs "raw_arn = \"arn:aws:s3:::acme-raw\"" &&
	test_line outputs "script_uri = \"s3://acme-raw/glue/script/etl.py\"" &&
	terrace output script_uri >uri &&
	test_equal s3://acme-raw/glue/script/etl.py "$(cat uri)" &&
	terrace output -json >outputs.json &&
	test_equal arn:aws:s3:::acme-raw "$(json_get outputs.json "d[\"raw_arn\"][\"value\"] if isinstance(d[\"raw_arn\"], dict) else d[\"raw_arn\"]")"
'

test_expect_success 'output -json gives each output its type, in Terraform notation' '
	test_equal string "$(json_get outputs.json "d[\"raw_arn\"][\"type\"]")" &&
	test_equal "[\"tuple\", [\"string\", \"number\", \"bool\"]]" \
		"$(json_get outputs.json "d[\"zones\"][\"type\"]")" &&
	test_equal "[\"object\", {\"buckets\": \"number\", \"names\": [\"tuple\", [\"string\", \"string\"]], \"versioned\": \"bool\"}]" \
		"$(json_get outputs.json "d[\"layout\"][\"type\"]")" &&
	test_equal "[\"layout\", \"raw_arn\", \"script_uri\", \"zones\"]" \
		"$(json_get outputs.json "sorted(d)")" &&
	test_equal "[\"sensitive\", \"type\", \"value\"]" "$(json_get outputs.json "sorted(d[\"zones\"])")"
'

test_expect_success 'an unchanged file plans no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed local file plans as an update' '
	printf "print(\"v2\")\n" >>scripts/etl.py &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# etl will be updated in-place" &&
	test_line out "~ resource \"aws.s3.object\" \"etl\" {" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply uploads the new content' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	s3 s3api get-object --bucket acme-raw --key glue/script/etl.py got.py >/dev/null &&
	test_cmp scripts/etl.py got.py
'

test_expect_success 'a missing source file is an error' '
	mv scripts/etl.py scripts/etl.py.away &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "scripts/etl.py" &&
	mv scripts/etl.py.away scripts/etl.py
'

test_expect_success '-target limits the plan to a resource and its dependencies' '
	sed -i "s/zone: raw/zone: raw-2/; s/zone: curated/zone: curated-2/" stack.yaml &&
	printf "print(\"v3\")\n" >>scripts/etl.py &&
	test_expect_code 2 terrace plan -target etl -detailed-exitcode >out 2>err &&
	test_line out "# etl will be updated in-place" &&
	test_line out "# raw will be updated in-place" &&
	test_not_contains out "# curated" &&
	test_line out "Plan: 0 to add, 2 to change, 0 to destroy."
'

test_expect_success 'apply -target changes only those' '
	terrace apply -auto-approve -target etl >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	bucket_tags acme-raw >tags &&
	{ echo zone=raw-2 && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	bucket_tags acme-curated >tags &&
	{ echo zone=curated && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 'the untargeted change is still pending' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# curated will be updated in-place" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'graph prints the dependencies as DOT' '
	terrace graph >graph.dot 2>err &&
	test_line graph.dot "digraph \"t0120-objects\" {" &&
	test_contains graph.dot "\"etl\" -> \"raw\"" &&
	test_not_contains graph.dot "\"etl\" -> \"curated\"" &&
	test_not_contains graph.dot "\"raw\" -> \"etl\"" &&
	test_match graph.dot "^}$"
'

test_expect_success 'a changed key replaces the object' '
	sed -i "s|key: glue/script/etl.py|key: glue/script/etl_v2.py|" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# etl must be replaced" &&
	test_match out "key *= \"glue/script/etl.py\" -> \"glue/script/etl_v2.py\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	bucket_keys acme-raw >keys &&
	echo glue/script/etl_v2.py >expect &&
	test_cmp expect keys
'

# S3 takes 10 tags on an object: terrace's own two go on only while the
# written ones leave room (docs/providers/aws.md, Tags).
object_tags () {
	s3 s3api get-object-tagging --bucket "$1" --key "$2" --output text \
		--query 'TagSet[].[Key,Value]' | awk -F'\t' '{print $1 "=" $2}' | sort
}

test_expect_success 'an update converges from what S3 holds, not from the state: apply -refresh=false puts back what the CLI changed' '
	printf "rogue\n" >rogue.py &&
	s3 s3api put-object --bucket acme-raw --key glue/script/etl_v2.py --body rogue.py \
		--content-type text/x-python --metadata job=bronze-to-silver >/dev/null &&
	s3 s3api put-bucket-versioning --bucket acme-curated \
		--versioning-configuration Status=Enabled &&
	sed -i "s/^      job: bronze-to-silver\$/&\n    tags: {stage: v2}/; s/zone: curated-2\$/zone: curated-3/" stack.yaml &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	s3 s3api get-object --bucket acme-raw --key glue/script/etl_v2.py got.py >/dev/null &&
	test_cmp scripts/etl.py got.py &&
	object_tags acme-raw glue/script/etl_v2.py >tags &&
	{ echo stage=v2 && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	test_equal Suspended "$(s3 s3api get-bucket-versioning --bucket acme-curated --output text --query Status)" &&
	bucket_tags acme-curated >tags &&
	{ echo zone=curated-3 && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	test_expect_code 0 terrace plan -refresh=false -detailed-exitcode >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

mkdir tagged
write_stack tagged/stack.yaml
cat >>tagged/stack.yaml <<-'YAML'
resources:
  bucket:
    type: aws.s3.bucket
    name: acme-tagged
  full:
    type: aws.s3.object
    bucket: ${bucket.name}
    key: full.txt
    content: ten tags
    tags: {t01: a, t02: b, t03: c, t04: d, t05: e, t06: f, t07: g, t08: h, t09: i, t10: j}
  roomy:
    type: aws.s3.object
    bucket: ${bucket.name}
    key: roomy.txt
    content: eight tags
    tags: {t01: a, t02: b, t03: c, t04: d, t05: e, t06: f, t07: g, t08: h}
YAML

test_expect_success 'an object with 10 tags applies, with none of terrace'"'"'s; one with 8 gets them' '
	terrace validate -stack tagged >out 2>err &&
	terrace apply -stack tagged -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	object_tags acme-tagged full.txt >tags &&
	test_equal 10 "$(wc -l <tags)" &&
	test_not_contains tags terrace: &&
	object_tags acme-tagged roomy.txt >tags &&
	test_equal 10 "$(wc -l <tags)" &&
	stack_tags >expect &&
	grep "^terrace:" tags >got &&
	test_cmp expect got
'

test_expect_success 'a plan after it shows no change' '
	test_expect_code 0 terrace plan -stack tagged -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an 11th tag is refused at validate, naming the count; S3 would refuse it' '
	sed "s/t10: j}/t10: j, t11: k}/" tagged/stack.yaml >tagged/eleven.yaml &&
	mkdir eleven && mv tagged/eleven.yaml eleven/stack.yaml &&
	test_expect_code 1 terrace validate -stack eleven >out 2>err &&
	test_contains err "11 tags: S3 takes at most 10 on an object"
'

test_expect_success 'destroy the tagged objects' '
	terrace destroy -stack tagged -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed."
'

test_done

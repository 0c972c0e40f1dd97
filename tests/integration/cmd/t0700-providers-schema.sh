#!/usr/bin/env bash
# t0700-providers-schema: `terrace providers` lists the registry and
# `terrace providers schema -json` prints it whole: every provider's
# configuration and every resource type's attributes with their type, flags,
# defaults, nested blocks, import id and how sweep finds its objects. The
# schema is checked against what the rest of terrace does with it:
# `validate` of a resource with no attributes names exactly the attributes
# the schema says are required (of the written types; t0701 has awscc's).
. "$(dirname "$0")/../lib.sh"

test_expect_success 'providers lists each provider type and its resource types' '
	terrace providers >list &&
	test_line list aws &&
	test_line list postgres &&
	test_line list ssh &&
	test_line list "aws.s3.bucket" &&
	test_line list "postgres.sql" &&
	test_line list "ssh.cron"
'

test_expect_success 'providers schema -json holds the same types, as JSON' '
	terrace providers schema -json >all.json &&
	test_equal 1.0 "$(json_get all.json "d[\"format_version\"]")" &&
	json_get all.json "\"\\n\".join(sorted(t for v in d[\"provider_schemas\"].values() for t in v[\"resource_schemas\"]))" >from-schema &&
	# the steps below read the written types (t0701 the awscc ones)
	python3 -S - all.json >schema.json <<-\PY &&
	import json, sys
	d = json.load(open(sys.argv[1]))
	d["provider_schemas"] = {k: v for k, v in d["provider_schemas"].items() if "configured_by" not in v}
	json.dump(d, sys.stdout)
	PY
	sed -n "s/^ *\([a-z0-9_]*\.[a-z0-9_.]*\)$/\1/p" list >from-list &&
	test $(wc -l <from-list) -gt 1500 &&
	test_cmp from-list from-schema
'

# attr TYPE ATTRIBUTE: one resource attribute's schema, as sorted JSON.
attr () {
	json_get schema.json "next(p[\"resource_schemas\"][\"$1\"] for p in d[\"provider_schemas\"].values() if \"$1\" in p[\"resource_schemas\"])[\"attributes\"][\"$2\"]"
}

test_expect_success 'flags, types, defaults and descriptions are as the registry declares them' '
	attr aws.s3.bucket name >out &&
	test_contains out "\"force_new\": true" &&
	test_contains out "\"required\": true" &&
	test_contains out "\"type\": \"string\"" &&
	attr postgres.role password >out &&
	test_contains out "\"sensitive\": true" &&
	test_contains out "\"optional\": true" &&
	attr ssh.file mode >out &&
	test_contains out "\"default\": \"0644\"" &&
	attr aws.s3.bucket force_destroy >out &&
	test_contains out "\"config_only\": true" &&
	attr aws.s3.bucket tags >out &&
	test_contains out "\"element_type\": \"string\"" &&
	test_contains out "\"type\": \"map\"" &&
	test_equal 22 "$(json_get schema.json "d[\"provider_schemas\"][\"ssh\"][\"provider\"][\"attributes\"][\"port\"][\"default\"]")"
'

test_expect_success 'nested blocks and import ids are there' '
	attr aws.s3.bucket lifecycle_rules >out &&
	test_contains out "\"type\": \"object_list\"" &&
	test_contains out "\"transitions\": {" &&
	test_contains out "\"storage_class\": {" &&
	json_get schema.json "d[\"provider_schemas\"][\"aws\"][\"resource_schemas\"][\"aws.glue.table\"][\"import_id\"]" >out &&
	test_contains out "DATABASE:TABLE" &&
	json_get schema.json "d[\"provider_schemas\"][\"aws\"][\"resource_schemas\"][\"aws.s3.artifact\"]" >out &&
	test_contains out "\"not_importable\": " &&
	# negatives: no run of terrace (the schema terrace printed in the setup, its entry just read)
	test_not_contains out "\"import_id\""
'

# docs/labs-and-sweep.md lists what sweep finds from this (gen-reference.py).
test_expect_success 'how sweep finds a type'\''s objects: by tag, by name, or not at all' '
	json_get schema.json "\" \".join(\"%s=%s\" % (t, d[\"provider_schemas\"][\"aws\"][\"resource_schemas\"][t].get(\"sweep\")) for t in (\"aws.s3.bucket\", \"aws.glue.database\", \"aws.s3.object\"))" >out &&
	test_equal "aws.s3.bucket=by tag aws.glue.database=by name aws.s3.object=None" "$(cat out)"
'

test_expect_success 'validate asks for exactly the attributes the schema requires, for every type' '
	json_get schema.json "\"\\n\".join(t + \" \" + \",\".join(sorted(a for a, s in v[\"attributes\"].items() if s.get(\"required\"))) for p in d[\"provider_schemas\"].values() for t, v in p[\"resource_schemas\"].items())" >required &&
	test $(wc -l <required) -gt 20 &&
	while read type names; do
		printf "stack: s\nresources:\n  r:\n    type: %s\n" "$type" >stack.yaml &&
		# A type with no required attribute (aws.ec2.eip) is valid as it is.
		test_expect_code $(test -n "$names" && echo 1 || echo 0) terrace validate 2>err &&
		sed -n "s/.*resource \"r\" is missing required attribute \"\\(.*\\)\"/\\1/p" err | sort | paste -sd, >got &&
		test_equal "$names" "$(cat got)" || { echo "$type: schema requires [$names], validate asked for [$(cat got)]"; return 1; }
	done <required
'

test_expect_success 'lookup kinds are data_source_schemas; validate asks for exactly their required arguments' '
	json_get schema.json "\"\\n\".join(t + \" \" + \",\".join(sorted(a for a, s in v[\"attributes\"].items() if s.get(\"required\"))) for p in d[\"provider_schemas\"].values() for t, v in p.get(\"data_source_schemas\", {}).items())" >required &&
	test_line required "aws.ec2.ami owners" &&
	test $(grep -c . required) -eq 11 &&
	while read type names; do
		printf "stack: s\ndata:\n  r:\n    type: %s\n" "$type" >stack.yaml &&
		test_expect_code $(test -n "$names" && echo 1 || echo 0) terrace validate 2>err &&
		sed -n "s/.*lookup \"data.r\" is missing required attribute \"\\(.*\\)\"/\\1/p" err | sort | paste -sd, >got &&
		test_equal "$names" "$(cat got)" || { echo "$type: schema requires [$names], validate asked for [$(cat got)]"; return 1; }
	done <required
'

test_expect_success 'schema without -json, or another subcommand, is refused' '
	test_expect_code 1 terrace providers schema 2>err &&
	test_contains err "add -json" &&
	test_expect_code 1 terrace providers schemas -json 2>err &&
	test_contains err "unknown subcommand \"providers schemas\""
'

test_done

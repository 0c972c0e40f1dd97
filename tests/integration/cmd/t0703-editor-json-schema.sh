#!/usr/bin/env bash
# t0703-editor-json-schema: the editor knows every type (issue 57, point 4).
# `terrace providers schema -json-schema` writes a JSON Schema (draft 7) of
# the stack file: the top-level keys, and each resource's attributes chosen
# by its `type` for every written and awscc type, with constraints, a
# description terrace writes, and ${...} accepted wherever a value is. The
# real YAML language server (npm yaml-language-server, tests/servers) asked
# over its stdio LSP completes `type: awscc.efs.`, the attributes of an
# awscc.events.archive and of an aws.sqs.queue, flags `retention_days:
# many` and hovers an attribute; and every stack of examples/ and tests/
# that validate accepts is valid under the schema (no false diagnostic).
. "$(dirname "$0")/../lib.sh"

SERVER=$REPO_ROOT/tests/servers/node_modules/yaml-language-server/bin/yaml-language-server
test -f "$SERVER" || test_fail_setup "no yaml-language-server: run tests/servers/install-deps.sh"

test_expect_success 'providers schema -json-schema: draft 7, every type, ${...} anywhere' '
	terrace providers schema -json-schema >schema.json &&
	# draft 7 not declared (a $schema would have the language server check
	# the 5 MB against the meta-schema at every start): checked here, with
	# the ajv and the options the server would use
	NODE_PATH=$REPO_ROOT/tests/servers/node_modules node -e "
		const Ajv = require(\"ajv\"), s = require(\"./schema.json\");
		const ajv = new Ajv({allErrors: true, strict: false});
		if (!ajv.validate(\"http://json-schema.org/draft-07/schema\", s)) {
			console.log(JSON.stringify(ajv.errors.slice(0, 5)));
			process.exit(1);
		}
		console.log(\"# valid under draft 7 meta-schema\");" >meta 2>&1 ||
		{ cat meta; false; } &&
	test_contains meta "valid under draft 7" &&
	python3 - schema.json >out <<-\PY &&
	import collections, json, re, sys, jsonschema
	s = json.load(open(sys.argv[1]))
	assert "$schema" not in s, s["$schema"]
	# no $ref with siblings, which drafts 7 and 2019-09 read apart
	def refs_alone(node):
	    if isinstance(node, dict):
	        assert "$ref" not in node or len(node) == 1, node
	        for v in node.values():
	            refs_alone(v)
	    elif isinstance(node, list):
	        for v in node:
	            refs_alone(v)
	refs_alone(s)
	names = s["definitions"]["resource"]["properties"]["type"]["anyOf"][0]["enum"]
	assert len(names) > 1600 and names == sorted(names), len(names)
	assert {"aws.sqs.queue", "awscc.efs.file_system", "postgres.role", "ssh.file"} <= set(names)
	for k in ("stack", "variables", "providers", "resources", "outputs", "data", "modules"):
	    assert k in s["properties"], k
	defs = s["definitions"]
	# each type is dispatched on its name: if type is const X, then X'"'"'s
	# body, written in the case itself (no definition to reach it through)
	cases = defs["resource"]["allOf"]
	assert [c["if"]["properties"]["type"]["const"] for c in cases] == names, len(cases)
	assert all(c["if"]["required"] == ["type"] and "$ref" not in c["then"] for c in cases)
	body = {c["if"]["properties"]["type"]["const"]: c["then"] for c in cases}
	assert not set(body) & set(defs), sorted(set(body) & set(defs))[:3]
	def resolved(node):
	    while "$ref" in node:
	        node = defs[node["$ref"].removeprefix("#/definitions/")]
	    return node
	a = resolved(body["awscc.events.archive"]["properties"]["retention_days"])
	assert a["description"].startswith("number, optional"), a
	assert a["type"] == ["number", "string"] and "$" in a["pattern"], a
	mode = resolved(body["awscc.kinesis.stream"]["properties"]["stream_mode_details"])
	assert mode["type"] == ["object", "string"], mode
	stream_mode = resolved(mode["properties"]["stream_mode"])
	assert stream_mode["anyOf"][0]["enum"] == ["ON_DEMAND", "PROVISIONED"], mode
	assert stream_mode["anyOf"][1] == {"$ref": "#/definitions/expression"}, mode
	assert mode["required"] == ["stream_mode"] and mode["additionalProperties"] is False, mode
	# a block met twice is written once, as "block-N", referenced wherever met
	text = open(sys.argv[1]).read()
	blocks = [k for k in defs if k.startswith("block-")]
	assert len(blocks) > 2000, len(blocks)
	uses = collections.Counter(re.findall("\"#/definitions/(block-[0-9]+)\"", text))
	for k in blocks:
	    assert uses[k] >= 2, (k, uses[k])
	seen = set()
	def walk(node):
	    for child in list((node.get("properties") or {}).values()) + \
	            [node.get("items"), node.get("additionalProperties")] + (node.get("anyOf") or []):
	        if isinstance(child, dict) and "$ref" not in child:
	            key = json.dumps(child, sort_keys=True, separators=(",", ":"))
	            assert len(key) < 100 or key not in seen, key[:200]
	            seen.add(key)
	            walk(child)
	for k, d in list(body.items()) + list(defs.items()):
	    if k.startswith(("aws", "postgres.", "ssh.", "block-")):
	        walk(d)
	print("# %d bytes, %d blocks written once" % (len(text), len(blocks)))
	v = jsonschema.Draft7Validator(s)
	def errors(resource):
	    return [e.message for e in v.iter_errors({"stack": "s", "resources": {"r": resource}})]
	good = {"type": "aws.sqs.queue", "name": "${var.name}", "delay_seconds": "${var.delay}",
	        "tags": "${local.tags}", "fifo_queue": False}
	assert not errors(good), errors(good)
	assert not errors({"type": "awscc.kinesis.stream", "stream_mode_details": {"stream_mode": "${var.m}"}})
	assert not errors({"type": "awscc.kinesis.stream", "stream_mode_details": "${var.mode}",
	                   "tags": "${local.tags}", "desired_shard_level_metrics": ["${var.m}", "ALL"]})
	assert errors({"type": "awscc.kinesis.stream", "stream_mode_details": "on demand"})
	assert errors({"type": "awscc.kinesis.stream", "desired_shard_level_metrics": ["all"]})
	assert errors({"type": "aws.sqs.queue", "name": "q", "delay_seconds": "many"})
	assert errors({"type": "aws.sqs.queue", "name": "q", "dealy_seconds": 5})
	assert errors({"type": "aws.sqs.queue"})
	assert errors({"type": "awscc.kinesis.stream", "stream_mode_details": {"stream_mode": "ondemand"}})
	PY
	cat out >&5
'

test_expect_success 'every stack of examples/ and tests/ that validate accepts is valid under it' '
	python3 "$TEST_HERE/t0703/schema_accepts.py" "$TERRACE" schema.json "$REPO_ROOT" >out 2>&1 ||
		{ cat out; false; } &&
	cat out >&5 &&
	test_contains out "312 stacks"
'

test_expect_success 'the YAML language server: completion, diagnostic and hover from the schema' '
	mkdir lsp &&
	python3 "$TEST_HERE/t0703/lsp.py" "$SERVER" schema.json lsp >answers.json 2>err &&
	test_equal "awscc.efs.access_point awscc.efs.file_system awscc.efs.mount_target" \
		"$(json_get answers.json "\" \".join(d[\"type_labels\"])")" &&
	json_get answers.json "\"\\n\".join(d[\"archive_labels\"])" >archive &&
	test_line archive retention_days &&
	test_line archive source_arn &&
	test_line archive event_pattern &&
	# the whole block offered at once, named by its type
	test_line archive awscc.events.archive &&
	# negatives: no run of terrace (the answers of the language server, their lines just read)
	test_not_contains archive delay_seconds &&
	json_get answers.json "\"\\n\".join(d[\"queue_labels\"])" >queue &&
	test_line queue delay_seconds &&
	test_line queue visibility_timeout_seconds &&
	test_line queue aws.sqs.queue &&
	# negatives: no run of terrace (as above)
	test_not_contains queue retention_days &&
	json_get answers.json "\"\\n\".join(\"%d %s\" % (x[\"line\"], x[\"message\"]) for x in d[\"diagnostics\"])" >diagnostics &&
	test_contains diagnostics "5 a number is wanted (or \${...})" &&
	test $(wc -l <diagnostics) -eq 1 &&
	json_get answers.json "d[\"hover\"]" >hover &&
	test_contains hover "number, optional (the server'\''s when unset); value at least 0" &&
	test_contains hover "#### awscc.events.archive" &&
	echo "# first answer (completion after type: awscc.efs.): $(json_get answers.json "d[\"first_answer_seconds\"]") s" >&5
'

test_done

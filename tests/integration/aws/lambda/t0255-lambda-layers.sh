#!/usr/bin/env bash
# t0255-lambda-layers: aws.lambda.layer_version against moto. A layer
# zipped from a local folder is published (its code_sha256 known at plan
# time and equal to the CodeSha256 Lambda reports) and a function takes it
# by ${layer.arn}; a second plan is a no-op, also after touching the files.
# An edited file publishes a new version, deletes the old one and updates
# the function; any other attribute forces a new version too, while the
# same content under another path is only recorded. A .zip file is sent as
# it is; content may come from S3 instead. A version deleted outside
# terrace is published again; one published outside terrace is imported by
# its ARN; after an interrupted create the version already published is
# adopted, not published twice. Bad configurations fail at plan time.
# Destroy leaves no version.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# layer_versions NAME: the layer's version numbers, one per line, sorted.
layer_versions () {
	s3 lambda list-layer-versions --layer-name "$1" --output json \
		--query 'LayerVersions[].Version' |
		python3 -c 'import json, sys
for v in sorted(json.load(sys.stdin) or []): print(v)'
}

# sha256_b64 FILE: base64 SHA-256 of a file, the form of Lambda's CodeSha256.
sha256_b64 () {
	openssl dgst -sha256 -binary "$1" | base64
}

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

# layer_stack [DESCRIPTION] [SOURCE]: the layer from folder lib/ (or
# SOURCE) and a function using it.
layer_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  shared:
	    type: aws.lambda.layer_version
	    layer_name: t0255-shared
	    description: ${1:-shared helpers}
	    source: ${2:-lib}
	    compatible_runtimes: [python3.12, python3.11]
	    compatible_architectures: [x86_64]
	    license_info: MIT
	  fn:
	    type: aws.lambda.function
	    function_name: t0255-fn
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    source: fn
	    layers: ["\${shared.arn}"]
	YAML
}

test_expect_success 'setup: a role, a function folder and a layer folder' '
	s3 iam create-role --role-name t0255-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir -p fn lib/python/helpers &&
	printf "import helpers\n\ndef handler(event, context):\n    return helpers.X\n" >fn/main.py &&
	printf "X = 1\n" >lib/python/helpers/__init__.py &&
	printf "def slug(s):\n    return s.lower()\n" >lib/python/helpers/text.py
'

test_expect_success 'plan shows the layer with its content hash; the function waits for its ARN' '
	layer_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# shared will be created" &&
	test_match out "^ *\+ code_sha256 *= \"[A-Za-z0-9+/]{43}=\"$" &&
	test_match out "^ *\+ arn *= \(known after apply\)$" &&
	test_line out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply publishes version 1; Lambda reports the planned hash; the function uses it' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal arn:aws:lambda:us-east-1:123456789012:layer:t0255-shared:1 \
		"$(json_get terrace.state.json "d[\"resources\"][\"shared\"][\"id\"]")" &&
	s3 lambda get-layer-version --layer-name t0255-shared --version-number 1 --output json >layer.json &&
	s3 lambda get-function --function-name t0255-fn --output json >fn.json &&
	test_equal "$(state_attr shared code_sha256)" "$(json_get layer.json "d[\"Content\"][\"CodeSha256\"]")" &&
	test_equal "[\"python3.12\", \"python3.11\"]" "$(json_get layer.json "d[\"CompatibleRuntimes\"]")" &&
	test_equal "[\"x86_64\"]" "$(json_get layer.json "d[\"CompatibleArchitectures\"]")" &&
	test_equal "shared helpers|MIT" "$(json_get layer.json "d[\"Description\"] + \"|\" + d[\"LicenseInfo\"]")" &&
	test_equal 1 "$(state_attr shared version)" &&
	test_equal arn:aws:lambda:us-east-1:123456789012:layer:t0255-shared "$(state_attr shared layer_arn)" &&
	test_equal "[\"$(state_attr shared arn)\"]" \
		"$(json_get fn.json "[l[\"Arn\"] for l in d[\"Configuration\"][\"Layers\"]]")"
'

test_expect_success 'a second plan is a no-op, also after touching the files' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	touch -d "2001-02-03 04:05:06" lib/python/helpers/*.py lib/python/helpers &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an edited file publishes version 2, deletes version 1 and updates the function' '
	old=$(state_attr shared code_sha256) &&
	printf "X = 2\n" >lib/python/helpers/__init__.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# shared must be replaced" &&
	test_match out "~ code_sha256 += \"[^\"]+\" -> \"[A-Za-z0-9+/]{43}=\" # forces replacement" &&
	test_contains out "\"$old\" -> " &&
	test_line out "# fn will be updated in-place" &&
	test_line out "Plan: 1 to add, 1 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
	test_equal 2 "$(layer_versions t0255-shared)" &&
	test_equal arn:aws:lambda:us-east-1:123456789012:layer:t0255-shared:2 \
		"$(s3 lambda get-function --function-name t0255-fn --output text --query "Configuration.Layers[0].Arn")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new description is a new version too' '
	layer_stack "shared helpers, v2" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# shared must be replaced" &&
	test_match out "~ description *= \"shared helpers\" -> \"shared helpers, v2\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 3 "$(layer_versions t0255-shared)"
'

test_expect_success 'the same content from another folder is recorded, not published again' '
	cp -R lib lib2 &&
	layer_stack "shared helpers, v2" lib2 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# shared will be updated in-place" &&
	test_match out "~ source *= \"lib\" -> \"lib2\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 3 "$(layer_versions t0255-shared)" &&
	test_equal 3 "$(state_attr shared version)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a version deleted outside terrace is published again' '
	s3 lambda delete-layer-version --layer-name t0255-shared --version-number 3 &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# shared will be created (it was deleted outside terrace)" &&
	test_line out "# fn will be updated in-place" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 4 "$(layer_versions t0255-shared)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a .zip file is sent as it is; content from S3 works too' '
	python3 -c "import zipfile
with zipfile.ZipFile(\"deps.zip\", \"w\") as z:
    z.writestr(\"python/deps/__init__.py\", \"V = 1\\n\")" &&
	layer_stack "shared helpers, v2" lib2 &&
	cat >>stack.yaml <<-\YAML &&
	  wheel:
	    type: aws.lambda.layer_version
	    layer_name: t0255-wheel
	    source: deps.zip
	  bucket: {type: aws.s3.bucket, name: t0255-layers, force_destroy: true}
	  deps_object: {type: aws.s3.object, bucket: "${bucket.name}", key: layers/deps.zip, source: deps.zip}
	  from_s3:
	    type: aws.lambda.layer_version
	    layer_name: t0255-from-s3
	    s3_bucket: ${deps_object.bucket}
	    s3_key: ${deps_object.key}
	YAML
	terrace plan -no-color >out 2>err &&
	test_line out "+ code_sha256              = \"$(sha256_b64 deps.zip)\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_equal "$(sha256_b64 deps.zip)" "$(state_attr wheel code_sha256)" &&
	test_equal "$(sha256_b64 deps.zip)" "$(state_attr from_s3 code_sha256)" &&
	test_equal "$(sha256_b64 deps.zip)" \
		"$(s3 lambda get-layer-version --layer-name t0255-from-s3 --version-number 1 --output text --query Content.CodeSha256)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	sed -i "s|key: layers/deps.zip|key: layers/deps-2.zip|" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "# from_s3 must be replaced" &&
	test_match out "~ s3_key *= \"layers/deps.zip\" -> \"layers/deps-2.zip\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 2 "$(layer_versions t0255-from-s3)"
'

test_expect_success 'a version published outside terrace is imported by its ARN' '
	arn=$(s3 lambda publish-layer-version --layer-name t0255-imported --zip-file fileb://deps.zip \
		--description "made by hand" --output text --query LayerVersionArn) &&
	cat >>stack.yaml <<-\YAML &&
	  imported:
	    type: aws.lambda.layer_version
	    layer_name: t0255-imported
	    description: made by hand
	    source: deps.zip
	YAML
	test_expect_code 1 terrace import imported arn:aws:lambda:us-east-1:123456789012:layer:t0255-imported:9 >out 2>err &&
	test_contains err "no aws.lambda.layer_version with id \"arn:aws:lambda:us-east-1:123456789012:layer:t0255-imported:9\" exists (aws.lambda.layer_version is imported by its version ARN, arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION)" &&
	terrace import imported "$arn" >out 2>err &&
	test_equal "$arn" "$(json_get terrace.state.json "d[\"resources\"][\"imported\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_equal 1 "$(layer_versions t0255-imported)"
'

test_expect_success 'after an interrupted create, the version already published is adopted' '
	arn=$(s3 lambda publish-layer-version --layer-name t0255-orphan --zip-file fileb://deps.zip \
		--output text --query LayerVersionArn) &&
	cat >>stack.yaml <<-\YAML &&
	  orphan:
	    type: aws.lambda.layer_version
	    layer_name: t0255-orphan
	    source: deps.zip
	YAML
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	st["resources"]["orphan"] = {
	    "type": "aws.lambda.layer_version", "provider": st["resources"]["shared"]["provider"],
	    "status": "pending", "attributes": {"layer_name": "t0255-orphan"},
	    "sensitive_attributes": [], "dependencies": []}
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace plan -no-color >out 2>err &&
	test_contains out "(an earlier apply was interrupted while creating it)" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "$arn" "$(state_attr orphan arn)" &&
	test_equal 1 "$(layer_versions t0255-orphan)"
'

test_expect_success 'bad configurations fail at plan time' '
	mkdir -p bad && cp role_arn bad/ &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-\YAML &&
	resources:
	  l:
	    type: aws.lambda.layer_version
	    layer_name: t0255-bad
	    source: lib
	    s3_bucket: t0255-code
	    s3_key: k
	YAML
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "(aws.lambda.layer_version): set exactly one of source (or build, or python) and s3_bucket (with s3_key)" &&
	sed -i "/s3_bucket:/d; /s3_key:/d; s/layer_name: t0255-bad/layer_name: \"bad name\"/" bad/stack.yaml &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "stack.yaml:16:5: error: resource \"l\" (aws.lambda.layer_version): layer_name: \"bad name\" does not match the pattern AWS takes" &&
	printf "not a zip" >bad/fake.zip &&
	sed -i "s/layer_name: \"bad name\"/layer_name: ok/; s|source: lib|source: fake.zip|" bad/stack.yaml &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "aws.lambda.layer_version: source: fake.zip is not a zip file"
'

test_expect_success 'destroy deletes every version terrace published' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 8 destroyed." &&
	s3 lambda list-layers --output json --query "Layers[].LayerName" >left.json &&
	test_equal "[]" "$(json_get left.json "d or []")"
'

test_done

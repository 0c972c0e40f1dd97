#!/usr/bin/env bash
# t1450-lambda-s3-code-prior: aws.lambda.function's code in S3 is exception
# (a) of the create/update contract (docs/design.md): no read shows where a
# function's code came from, so only the state's record says whether the
# stack now names other code. An update that changes the configuration alone
# sends no UpdateFunctionCode; one that names another object sends it; a
# function a create adopts (a pending record, this stack's tags) has no
# record, so its code is deployed again.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# get_sha NAME: the CodeSha256 of aws.lambda.function NAME as Lambda reports it.
get_sha () {
	s3 lambda get-function --function-name "$1" --output text \
		--query Configuration.CodeSha256
}

# sha256_b64 FILE: base64 SHA-256 of a file, the form of Lambda's CodeSha256.
sha256_b64 () {
	openssl dgst -sha256 -binary "$1" | base64
}

# zip_of DIR VALUE ZIP: a package whose main.py says v = VALUE.
zip_of () {
	mkdir -p "$1" && printf "v = %s\n" "$2" >"$1/main.py" &&
	(cd "$1" && zip -q -X "../$3" main.py)
}

# s3_stack KEY MEMORY: two objects holding code (a.zip, b.zip) and the
# aws.lambda.function taking KEY, with MEMORY MB.
s3_stack () {
	write_stack stack.yaml '  role_arn: {type: string}'
	cat >>stack.yaml <<-YAML
	resources:
	  artifacts:
	    type: aws.s3.bucket
	    name: t1450-artifacts
	  code_a:
	    type: aws.s3.object
	    bucket: \${artifacts.name}
	    key: fn/a.zip
	    source: a.zip
	  code_b:
	    type: aws.s3.object
	    bucket: \${artifacts.name}
	    key: fn/b.zip
	    source: b.zip
	  from_s3:
	    type: aws.lambda.function
	    function_name: t1450-from-s3
	    runtime: python3.12
	    handler: main.handler
	    role: \${var.role_arn}
	    s3_bucket: \${artifacts.name}
	    s3_key: $1
	    memory_size: $2
	    depends_on: [code_a, code_b]
	YAML
}

test_expect_success 'setup: a role, two packages, the function from the first' '
	s3 iam create-role --role-name t1450-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	zip_of src_a 1 a.zip && zip_of src_b 2 b.zip && zip_of src_c 3 c.zip &&
	s3_stack fn/a.zip 128 &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_equal "$(sha256_b64 a.zip)" "$(get_sha t1450-from-s3)"
'

test_expect_success 'a change of configuration alone sends no UpdateFunctionCode' '
	s3_stack fn/a.zip 256 &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_contains err "lambda UpdateFunctionConfiguration" &&
	test_not_contains err "lambda UpdateFunctionCode" &&
	test_equal 256 "$(s3 lambda get-function --function-name t1450-from-s3 --output text \
		--query Configuration.MemorySize)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'another object named: the state says the code changed, and it is deployed' '
	s3_stack fn/b.zip 256 &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_contains err "lambda UpdateFunctionCode" &&
	test_equal "$(sha256_b64 b.zip)" "$(get_sha t1450-from-s3)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# pend_adopted: the state loses from_s3 (an aws.lambda.function) for a
# pending record of its create, as an apply killed during CreateFunction
# leaves it.
pend_adopted () {
	python3 - <<-\PY
	import json
	st = json.load(open("terrace.state.json"))
	r = st["resources"]["from_s3"]
	r["status"] = "pending"
	r["attributes"] = {"function_name": "t1450-from-s3"}
	json.dump(st, open("terrace.state.json", "w"))
	PY
}

test_expect_success 'a function a create adopts has no record of its code: it is deployed' '
	# What a killed create left: this stack'"'"'s function, other code in it.
	s3 lambda update-function-code --function-name t1450-from-s3 \
		--zip-file fileb://c.zip >/dev/null &&
	test_equal "$(sha256_b64 c.zip)" "$(get_sha t1450-from-s3)" &&
	pend_adopted &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_contains err "lambda UpdateFunctionCode" &&
	test_equal "$(sha256_b64 b.zip)" "$(get_sha t1450-from-s3)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy leaves nothing behind' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	! s3 lambda get-function --function-name t1450-from-s3 >out 2>err &&
	test_contains err "ResourceNotFoundException"
'

test_done

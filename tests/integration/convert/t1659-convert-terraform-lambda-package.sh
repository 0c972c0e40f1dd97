#!/usr/bin/env bash
# t1659-convert-terraform-lambda-package: terraform-aws-lambda's package
# builder (data "external" running package.py prepare,
# stacks/convert_tf_package.c) converted into terrace's own packaging, on
# moto: the module (the corpus's terraform-aws-lambda@23d00f7, its .tf files
# and package.py) called with source_path as a folder, as a folder holding
# a requirements.txt and as a list [{path, pip_requirements = true}]
# converts, plans and applies; the folder's function holds exactly the
# package a hand-written `source:` gives (same CodeSha256), the requirements'
# functions the package terrace's python block builds (the folder's files
# beside what pip installed from a local wheelhouse, offline), both forms
# the same bytes; a second plan changes nothing; source_path beside the
# example's folder (../fixtures/deps, as the module's examples write it) builds
# the same bytes, and a file added there is a change. What terrace does not carry
# fails the plan with a precondition naming it: commands and patterns, two
# paths, a layer's requirements, and
# store_on_s3 (the module's S3 object of the package is left out, and the
# function that would take its code from it refuses to plan), and a
# package_type of Image (judged before the function's code rule, which
# would say only that it has no code).
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

MODULE=$REPO_ROOT/tests/corpus/tfmodules/terraform-aws-lambda@23d00f7

# tf_plan DIR ARGS...: terrace in DIR against moto, as count.py runs it
# (the converted stack's provider, the endpoint and keys from the
# environment).
in_moto () {
	(cd "$1" && shift &&
		AWS_ENDPOINT_URL=$MOTO_ENDPOINT AWS_ACCESS_KEY_ID=$MOTO_ACCESS_KEY \
		AWS_SECRET_ACCESS_KEY=$MOTO_SECRET_KEY terrace "$@")
}

code_sha () {
	s3 lambda get-function --function-name "$1" --output text \
		--query Configuration.CodeSha256
}

# make_wheel NAME DIR: a wheel of a one-module package NAME 0.1 in DIR
# (t0553's).
make_wheel () {
	mkdir -p "pkg-$1/$1" &&
	printf "NAME = \"%s\"\n" "$1" >"pkg-$1/$1/__init__.py" &&
	printf "from setuptools import setup\nsetup(name=\"%s\", version=\"0.1\", packages=[\"%s\"])\n" \
		"$1" "$1" >"pkg-$1/setup.py" &&
	env -i PATH=/usr/bin:/bin HOME="$PWD" /usr/bin/python3 -m pip wheel -q --no-deps \
		--no-build-isolation --no-index -w "$2" "./pkg-$1"
}

# call NAME SOURCE_PATH [LINES]: a module block of the lambda module.
call () {
	cat <<-EOF
	module "$1" {
	  source        = "../mod"
	  function_name = "t1659-$1"
	  handler       = "index.handler"
	  runtime       = "python3.12"
	  create_role   = false
	  lambda_role   = var.role
	  source_path   = $2
	  ${3:-}
	}
	EOF
}

test_expect_success 'setup: the module, sources, a wheelhouse, a role' '
	mkdir mod app bad s3 &&
	cp "$MODULE"/*.tf "$MODULE"/package.py mod/ &&
	make_wheel tinyclient wheelhouse &&
	export PIP_NO_INDEX=1 PIP_FIND_LINKS=$PWD/wheelhouse &&
	mkdir -p app/plain/lib app/deps &&
	printf "def handler(event, context):\n    return 1\n" >app/plain/index.py &&
	printf "X = 1\n" >app/plain/lib/helper.py &&
	printf "import tinyclient\n\ndef handler(event, context):\n    return tinyclient.NAME\n" >app/deps/index.py &&
	printf "tinyclient==0.1\n" >app/deps/requirements.txt &&
	s3 iam create-role --role-name t1659-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" \
		>role_arn &&
	for d in app bad s3; do
		printf "provider \"aws\" {\n  region = \"us-east-1\"\n}\nvariable \"role\" {\n  default = \"%s\"\n}\n" \
			"$(cat role_arn)" >$d/main.tf || return 1
	done &&
	{
		call plain "\"\${path.module}/plain\"" &&
		call deps "\"\${path.module}/deps\"" &&
		call listed "[{ path = \"\${path.module}/deps\", pip_requirements = true }]"
	} >>app/main.tf
'

test_expect_success 'the module converts: the package builder is carried, not a stand-in' '
	test_expect_code 3 terrace convert -out mod/stack.yaml mod >out 2>err &&
	test_contains err "package.tf:7:1: warning: data \"external\" \"archive_prepare\" (terraform-aws-lambda'\''s package.py) carried as terrace'\''s own packaging" &&
	test_contains err "main.tf:237:1: warning: resource \"aws_s3_object\" \"lambda_package\" left out: it uploads the zip terraform-aws-lambda'\''s package.py builds (store_on_s3)" &&
	test_not_contains mod/stack.yaml "data_external_archive_prepare_0_result_filename" &&
	test_contains mod/stack.yaml "archive_filename: \${try(local.archive_prepare_package[0].source, null)}" &&
	terrace convert -out app/stack.yaml app >out 2>err &&
	test_contains err "convert its folder too (terrace convert ../mod -out ../mod/stack.yaml)" &&
	in_moto app validate >out 2>err
'

test_expect_success 'plan builds the packages: the folder, and the folder beside what pip installs' '
	in_moto app plan -no-color -out tfplan >out 2>err &&
	built=$(find app/.terrace/build -maxdepth 3 -type d -name "python-*" | head -n 1) &&
	test -n "$built" &&
	test -f "$built/index.py" &&
	test -f "$built/requirements.txt" &&
	test -f "$built/tinyclient/__init__.py" &&
	test_contains out "module.plain.lambda_function_this[0]" &&
	test_contains out "module.deps.lambda_function_this[0]" &&
	test_contains out "module.listed.lambda_function_this[0]"
'

test_expect_success 'apply: each function holds its package' '
	in_moto app apply -auto-approve -no-color tfplan >out 2>err &&
	test_contains out "Apply complete!" &&
	plain=$(code_sha t1659-plain) && deps=$(code_sha t1659-deps) &&
	listed=$(code_sha t1659-listed) &&
	test_equal "$deps" "$listed" &&
	test "$plain" != "$deps" &&
	mkdir hand &&
	cp -r app/plain hand/plain &&
	write_stack hand/stack.yaml &&
	cat >>hand/stack.yaml <<-EOF &&
	resources:
	  fn:
	    type: aws.lambda.function
	    function_name: t1659-hand
	    runtime: python3.12
	    handler: index.handler
	    role: $(cat role_arn)
	    source: plain
	EOF
	(cd hand && terrace apply -auto-approve >../out 2>../err) &&
	test_equal "$plain" "$(code_sha t1659-hand)"
'

test_expect_success 'a second plan changes nothing' '
	in_moto app plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'source_path beside the example'\''s folder (../fixtures, as the module'\''s examples): its requirements are built, the same bytes' '
	mkdir -p besides/fixtures besides/example &&
	cp -r app/deps besides/fixtures/deps &&
	cp app/main.tf besides/example/main.tf &&
	sed -i "/^module/,\$d" besides/example/main.tf &&
	call beside "\"\${path.module}/../fixtures/deps\"" >>besides/example/main.tf &&
	sed -i "s|\"../mod\"|\"../../mod\"|" besides/example/main.tf &&
	terrace convert -out besides/example/stack.yaml besides/example >out 2>err &&
	in_moto besides/example apply -auto-approve -no-color >out 2>err &&
	test_contains out "Apply complete! Resources: 2 added" &&
	test_equal "$(code_sha t1659-deps)" "$(code_sha t1659-beside)" &&
	in_moto besides/example plan -detailed-exitcode -no-color >out 2>err &&
	printf "Y = 2\n" >besides/fixtures/deps/more.py &&
	test_expect_code 2 in_moto besides/example plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "../fixtures/deps/more.py"
'

test_expect_success 'commands, patterns, two paths, a layer'\''s requirements are not carried: the plan says so' '
	{
		call cmds "[{ path = \"\${path.module}/plain\", commands = [\":zip\"], patterns = [\"!lib/.*\"] }]" &&
		call two "[\"\${path.module}/plain\", \"\${path.module}/deps\"]" &&
		call layer "\"\${path.module}/deps\"" "create_layer = true
	  layer_name   = \"t1659-layer\"
	  compatible_runtimes = [\"python3.12\"]"
	} >>bad/main.tf &&
	cp -r app/plain app/deps bad/ &&
	terrace convert -out bad/stack.yaml bad >out 2>err &&
	test_expect_code 1 in_moto bad plan -no-color >out 2>err &&
	test_contains err "module.cmds.lambda_function_this[0]: precondition failed" &&
	test_contains err "does not carry: ./plain: commands; ./plain: patterns" &&
	test_contains err "module.two.lambda_function_this[0]: precondition failed" &&
	test_contains err "does not carry: 2 paths (the conversion carries one folder or file)" &&
	test_contains err "module.layer.lambda_layer_version_this[0]: precondition failed" &&
	test_contains err "does not carry: ./deps/requirements.txt: a layer'\''s requirements (package.py installs them at the zip'\''s root, terrace'\''s python block under python/)"
'

test_expect_success 'store_on_s3 is not carried: the plan says so' '
	call stored "\"\${path.module}/plain\"" "store_on_s3 = true
	  s3_bucket   = \"t1659-builds\"" >>s3/main.tf &&
	cp -r app/plain s3/plain &&
	s3 s3api create-bucket --bucket t1659-builds >/dev/null &&
	terrace convert -out s3/stack.yaml s3 >out 2>err &&
	grep "lambda_package\|store_on_s3 is not carried" mod/stack.yaml >object &&
	test_not_contains object "type: aws.s3.object" &&
	test_expect_code 1 in_moto s3 plan -no-color >out 2>err &&
	test_contains err "module.stored.lambda_function_this[0]: precondition failed" &&
	test_contains err "store_on_s3 is not carried: the module uploads its package to S3 (aws_s3_object) for the function or layer to take from there, and terrace'\''s aws.s3.object uploads a file, it does not build the package"
'

test_expect_success 'package_type Image is not carried: the plan says so, before the code rule' '
	mkdir img &&
	cp s3/main.tf img/main.tf &&
	sed -i "/^module/,\$d" img/main.tf &&
	cat >>img/main.tf <<-EOF &&
	module "image" {
	  source         = "../mod"
	  function_name  = "t1659-image"
	  create_role    = false
	  lambda_role    = var.role
	  create_package = false
	  package_type   = "Image"
	  image_uri      = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1"
	}
	EOF
	terrace convert -out img/stack.yaml img >out 2>err &&
	test_expect_code 1 in_moto img plan -no-color >out 2>err &&
	test_contains err "module.image.lambda_function_this[0]: precondition failed" &&
	test_contains err "package_type Image is not carried: terrace'\''s aws.lambda.function takes a zip package" &&
	test_not_contains err "set exactly one of source"
'

test_done

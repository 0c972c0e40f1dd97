#!/usr/bin/env bash
# t1656-convert-cdk-assets: a CDK app's file assets (issue 86 point 5),
# from a cloud assembly as `cdk synth` writes it (t1656/cdk.out:
# manifest.json, Ingest.template.json, Ingest.assets.json, the function's
# code in asset.HASH/index.py, a Glue job's script asset.HASH.py and a
# docker image asset's folder): `terrace
# convert cdk.out/` (or the template given alone, its assets manifest beside
# it) writes a function whose code is a folder of cdk.out as
# aws.lambda.function with `source:` that folder, as the written stack sees
# it, so `terrace apply` zips and uploads it itself (no bootstrap stack, no
# asset bucket); the stack is named as `cdk deploy` names it (Ingest, not
# Ingest.template). Applied on moto: Lambda holds the package of the
# asset's folder (GetFunction's CodeSha256 and CodeSize are those of a
# function written by hand with that folder as its source), and an edit of
# the asset's code plans as new code. A file asset (the Glue job's script)
# is an aws.s3.object under the CDK's key in a bucket the stack makes in the
# asset bucket's place (what named the asset bucket names it: the job's
# ScriptLocation, its role's policy), and what names the asset's key waits
# for its upload (depends_on); applied, S3 holds the script's bytes
# where the job's plan names them. A docker image asset is left out, counted,
# with why (terrace builds no images); a manifest whose asset files are
# missing keeps the template's asset bucket, warned of.
. "$(dirname "$0")/../lib.sh"

# The CDK's function role attaches AWS's managed AWSLambdaBasicExecutionRole,
# which every account has; moto holds AWS's managed policies only when asked
# (Cloud Control attaches a role's ManagedPolicyArns, as AWS does:
# cloudformation_iam_role_managed_policies.py).
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
start_moto || test_fail_setup "moto did not start"
use_server moto

cp -R "$TEST_HERE/t1656/cdk.out" cdk.out
asset=asset.6eb7f2ea8ffbb37f44d41bdc3382d193c3de752f89d5bafe7b85afc93a65c32b
script=21a0270b7f66a1e4c25933f13a1e5a1bbb4757578072930c8189131f9c6aaae1

test_expect_success 'convert cdk.out/: the stack is Ingest, its function aws.lambda.function with the asset folder as source' '
	test_expect_code 3 terrace convert -out stacks cdk.out >conv.out 2>err &&
	test_line err "2 constructs left out (the warnings above say which and why)" &&
	test -f stacks/Ingest/stack.yaml &&
	test_line stacks/Ingest/stack.yaml "stack: Ingest" &&
	sed -n "/^  IngestFunction5E6F7A8B:/,/^  [A-Z]/p" stacks/Ingest/stack.yaml >fn &&
	for line in "type: aws.lambda.function" "source: ../../cdk.out/$asset" \
		"STAGE: prod" "handler: index.handler" "memory_size: 256" "timeout: 30" \
		"runtime: python3.12" "role: \${IngestFunctionServiceRole1A2B3C4D.arn}" \
		"- IngestFunctionServiceRole1A2B3C4D"; do
		test_line fn "$line" || return 1
	done &&
	test_contains fn "function_name: \${terrace.stack}-IngestFunction5E6F7A8B-" &&
	test_not_contains stacks/Ingest/stack.yaml "hnb659fds-assets" &&
	test_not_contains err "the CDK'\''s asset bucket" &&
	test_line stacks/Ingest/stack.yaml "value: \${IngestFunction5E6F7A8B.arn}" &&
	test_line stacks/Ingest/stack.yaml "value: \${IngestFunction5E6F7A8B.function_name}" &&
	test_line err "cdk.out/Ingest.template.json:61:22: warning: resource IngestFunction5E6F7A8B: AWS::Lambda::Function has no property TracingConfig in its schema (aws.lambda.function); left out"
'

test_expect_success 'a file asset is an object under the CDK'\''s key in a bucket the stack makes, named where the asset bucket was' '
	sed -n "/^  CDKAssets:/,/^  [A-Z]/p" stacks/Ingest/stack.yaml >bucket &&
	test_line bucket "type: aws.s3.bucket" &&
	test_line bucket "name: cdk-assets-\${data.aws.account_id}-\${data.aws.region}-\${substr(sha1(\"terrace:\${terrace.stack}/\${terrace.workspace}\"), 0, 8)}" &&
	test_line bucket "force_destroy: true" &&
	sed -n "/^  CDKAsset21a0270b:/,/^  [A-Z]/p" stacks/Ingest/stack.yaml >object &&
	for line in "type: aws.s3.object" "bucket: \${CDKAssets.name}" "key: $script.py" \
		"source: ../../cdk.out/asset.$script.py"; do
		test_line object "$line" || return 1
	done &&
	sed -n "/^  IngestJob9A8B7C6D:/,/^  [A-Z]/p" stacks/Ingest/stack.yaml >job &&
	test_line job "script_location: \${join(\"\", [\"s3://\", \"\${CDKAssets.name}\", \"/$script.py\"])}" &&
	test_line job "- CDKAsset21a0270b" &&
	test_line stacks/Ingest/stack.yaml "- \${join(\"\", [\"arn:\", data.aws.partition, \":s3:::\", \"\${CDKAssets.name}\", \"/*\"])}"
'

test_expect_success 'a docker image asset is left out, counted, with why' '
	test_contains err "cdk.out/Ingest.template.json:79:18: warning: \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/cdk-hnb659fds-container-assets-\${AWS::AccountId}-\${AWS::Region}:6105d6cc76af400325e94d588ce511be5bfdbb73b437dc51eca43917d7a43e3d: a docker image asset of the CDK'\''s, which \`cdk deploy\` builds from its folder in cdk.out (the assets manifest'\''s dockerImages) and pushes to the bootstrap stack'\''s repository; terrace builds no images and makes no bootstrap stack: build and push it (to an aws.ecr.repository) and name its URI here"
'

test_expect_success 'the template given alone reads the manifest beside it; source is as the written stack sees the folder' '
	mkdir one &&
	test_expect_code 3 terrace convert -out one/stack.yaml cdk.out/Ingest.template.json >/dev/null 2>err2 &&
	test_line one/stack.yaml "source: ../cdk.out/$asset" &&
	test_expect_code 3 terrace convert cdk.out/Ingest.template.json >stdout.yaml 2>/dev/null &&
	test_line stdout.yaml "source: cdk.out/$asset" &&
	mkdir -p deep/er &&
	test_expect_code 3 terrace convert -out-dir deep/er/stacks cdk.out/Ingest.template.json >/dev/null 2>&1 &&
	test_line deep/er/stacks/Ingest/stack.yaml "source: ../../../../cdk.out/$asset"
'

test_expect_success 'an asset whose folder is not there, a manifest that does not read, or none beside the template: the asset bucket stays, warned of' '
	mkdir -p bare && cp cdk.out/Ingest.template.json cdk.out/Ingest.assets.json bare/ &&
	test_expect_code 3 terrace convert bare/Ingest.template.json >bare.yaml 2>err3 &&
	test_line bare.yaml "type: awscc.lambda.function" &&
	test_contains err3 "bare/Ingest.template.json:40:13: warning: resource IngestFunction5E6F7A8B: its code is the file asset bare/$asset, which is not there (\`cdk synth\` writes it beside the template): its code stays in the CDK'\''s asset bucket" &&
	test_contains err3 "the CDK'\''s asset bucket, the bootstrap stack'\''s" &&
	test_not_contains bare.yaml CDKAssets &&
	cp cdk.out/asset.$script.py bare/ &&
	test_expect_code 3 terrace convert bare/Ingest.template.json >bare1.yaml 2>err5 &&
	test_not_contains bare1.yaml CDKAssets &&
	test_contains err5 "which is not there" &&
	echo "{not json" >bare/Ingest.assets.json &&
	test_expect_code 3 terrace convert bare/Ingest.template.json >bare3.yaml 2>err6 &&
	test_line err6 "Warning: bare/Ingest.assets.json:1:4: string or '\''}'\'' expected near '\''not'\''; its file assets are not read" &&
	echo "{\"version\": \"36.0.0\"}" >bare/Ingest.assets.json &&
	test_expect_code 3 terrace convert bare/Ingest.template.json >bare4.yaml 2>err7 &&
	test_line err7 "Warning: bare/Ingest.assets.json: no \"files\" map: not the CDK'\''s assets manifest; its file assets are not read" &&
	rm bare/Ingest.assets.json &&
	test_expect_code 3 terrace convert bare/Ingest.template.json >bare2.yaml 2>err4 &&
	test_not_contains err4 "which is not there" &&
	test_contains err4 "the CDK'\''s asset bucket, the bootstrap stack'\''s"
'

test_expect_success 'the stack validates' '
	(cd stacks/Ingest && terrace validate -no-color) >out 2>errv &&
	test_contains out "Success! The stack is valid (7 resources)."
'

test_expect_success 'apply on moto uploads the asset folder as the function'\''s code: the package a hand-written source of that folder gets' '
	write_stack stacks/Ingest/moto.yaml && sed -i "/^stack: /d" stacks/Ingest/moto.yaml &&
	t=-target=IngestFunction5E6F7A8B &&
	(cd stacks/Ingest && terrace apply $t -auto-approve -input=false -no-color) >out 2>erra &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	name=$(json_get stacks/Ingest/terrace.state.json "d[\"resources\"][\"IngestFunction5E6F7A8B\"][\"id\"]") &&
	aws_server lambda get-function --function-name "$name" >fn.json &&
	test_equal "python3.12 index.handler 256 30 prod" "$(json_get fn.json "\" \".join(str(x) for x in (d[\"Configuration\"][\"Runtime\"], d[\"Configuration\"][\"Handler\"], d[\"Configuration\"][\"MemorySize\"], d[\"Configuration\"][\"Timeout\"], d[\"Configuration\"][\"Environment\"][\"Variables\"][\"STAGE\"]))")" &&
	mkdir hand && write_stack hand/stack.yaml && cat >>hand/stack.yaml <<-EOF &&
	resources:
	  role:
	    type: aws.iam.role
	    name: t1656-hand
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: sts:AssumeRole, Principal: {Service: lambda.amazonaws.com}}]}
	  fn:
	    type: aws.lambda.function
	    function_name: t1656-hand
	    runtime: python3.12
	    handler: index.handler
	    role: \${role.arn}
	    source: ../cdk.out/$asset
	EOF
	(cd hand && terrace apply -auto-approve -input=false -no-color) >out 2>errh &&
	aws_server lambda get-function --function-name t1656-hand >hand.json &&
	test_equal "$(json_get hand.json "[d[\"Configuration\"][\"CodeSha256\"], d[\"Configuration\"][\"CodeSize\"]]")" \
		"$(json_get fn.json "[d[\"Configuration\"][\"CodeSha256\"], d[\"Configuration\"][\"CodeSize\"]]")" &&
	test_equal "$(json_get stacks/Ingest/terrace.state.json "d[\"resources\"][\"IngestFunction5E6F7A8B\"][\"attributes\"][\"code_sha256\"]")" \
		"$(json_get fn.json "d[\"Configuration\"][\"CodeSha256\"]")" &&
	(cd stacks/Ingest && test_expect_code 0 terrace plan $t -detailed-exitcode -input=false -no-color) >out 2>errp &&
	test_contains out "No changes."
'

test_expect_success 'apply on moto uploads the Glue job'\''s script; the job plans with its place (moto'\''s Cloud Control makes no Glue job)' '
	(cd stacks/Ingest && terrace apply -target=CDKAsset21a0270b -auto-approve -input=false -no-color) >out 2>errg &&
	test_contains out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	bucket=$(json_get stacks/Ingest/terrace.state.json "d[\"resources\"][\"CDKAssets\"][\"id\"]") &&
	s3 s3api get-object --bucket "$bucket" --key $script.py got.py >/dev/null &&
	test_cmp cdk.out/asset.$script.py got.py &&
	(cd stacks/Ingest && terrace plan -target=IngestJob9A8B7C6D -input=false -no-color) >out 2>errg2 &&
	test_contains out "\"s3://$bucket/$script.py\""
'

test_expect_success 'a function'\''s prebuilt zip (a file asset) is uploaded as it is, and Lambda reads it from the stack'\''s bucket' '
	mkdir -p zipped && cp -R cdk.out zipped/ &&
	python3 - zipped/cdk.out "$asset" <<-\PY &&
	import base64, hashlib, json, sys, zipfile
	out, asset = sys.argv[1], sys.argv[2]
	h = asset[len("asset."):]
	with zipfile.ZipFile("%s/%s.zip" % (out, asset), "w") as z:
	    z.write("%s/%s/index.py" % (out, asset), "index.py")
	m = json.load(open(out + "/Ingest.assets.json"))
	m["files"][h]["source"] = {"path": asset + ".zip", "packaging": "file"}
	json.dump(m, open(out + "/Ingest.assets.json", "w"), indent=1)
	data = open("%s/%s.zip" % (out, asset), "rb").read()
	print(base64.b64encode(hashlib.sha256(data).digest()).decode(), len(data), file=open("zip.sha", "w"))
	PY
	test_expect_code 3 terrace convert -out zipped/stacks zipped/cdk.out >/dev/null 2>errz &&
	test_contains errz "left out (the warnings above say which and why)" &&
	test_not_contains errz "its code is the file asset" &&
	sed -n "/^  IngestFunction5E6F7A8B:/,/^  [A-Z]/p" zipped/stacks/Ingest/stack.yaml >zfn &&
	for line in "type: awscc.lambda.function" "s3_bucket: \${CDKAssets.name}" \
		"s3_key: ${asset#asset.}.zip" "- CDKAsset6eb7f2ea"; do
		test_line zfn "$line" || return 1
	done &&
	test_line zipped/stacks/Ingest/stack.yaml "source: ../../cdk.out/$asset.zip" &&
	write_stack zipped/stacks/Ingest/moto.yaml && sed -i "/^stack: /d" zipped/stacks/Ingest/moto.yaml &&
	(cd zipped/stacks/Ingest && terrace workspace new zipped >/dev/null && # its own names

	 terrace apply -target=IngestFunction5E6F7A8B -auto-approve -input=false -no-color) >out 2>errz2 &&
	test_contains out "Apply complete!" &&
	zname=$(json_get zipped/stacks/Ingest/terrace.state.d/zipped/terrace.state.json "d[\"resources\"][\"IngestFunction5E6F7A8B\"][\"id\"]") &&
	test "$zname" != "$name" &&
	aws_server lambda get-function --function-name "$zname" >zfn.json &&
	test_equal "$(cat zip.sha)" "$(json_get zfn.json "d[\"Configuration\"][\"CodeSha256\"] + \" \" + str(d[\"Configuration\"][\"CodeSize\"])")"
'

test_expect_success 'an edit of the asset'\''s code is new code: plan updates the function, apply uploads it' '
	before=$(json_get fn.json "d[\"Configuration\"][\"CodeSha256\"]") &&
	echo "# edited" >>cdk.out/$asset/index.py &&
	(cd stacks/Ingest && test_expect_code 2 terrace plan $t -detailed-exitcode -input=false -no-color) >out 2>errp2 &&
	test_contains out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	(cd stacks/Ingest && terrace apply $t -auto-approve -input=false -no-color) >out 2>erra2 &&
	aws_server lambda get-function --function-name "$name" >fn2.json &&
	after=$(json_get fn2.json "d[\"Configuration\"][\"CodeSha256\"]") &&
	test "$before" != "$after" &&
	test_equal "$(json_get stacks/Ingest/terrace.state.json "d[\"resources\"][\"IngestFunction5E6F7A8B\"][\"attributes\"][\"code_sha256\"]")" "$after"
'

test_done

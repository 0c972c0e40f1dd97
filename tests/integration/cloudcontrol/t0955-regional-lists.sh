#!/usr/bin/env bash
# t0955-regional-lists: cfn-lint's per-region lists (issue 58 point 5), the
# instance types, node types and cache node types its pricing data gives
# each region (11 files: EC2, EMR's nested instance types, ElastiCache, DAX,
# Redshift, ...), carried as each awscc type's growingEnums and held to the
# region of the resource's provider configuration (an alias's own region,
# else AWS_REGION): a value outside its region's list is a warning at its
# FILE:LINE:COL with the list's rule and file and a did-you-mean, never a
# refusal (the lists trail AWS's new types), an error under validate
# -strict; with no region known, a value no region lists; a value known
# only at plan is judged at plan. And the enums cfn-lint adds to the
# registry's schemas from AWS's API models where the API's list grows (the
# members constraints.map marks "grows": Lambda's runtimes, EC2's instance
# types, in a function, a layer, a launch template's block): warnings too,
# where they were refusals of what AWS launched since; an API enum that does
# not grow (an EBS volume type) is still refused. RDS's lists, chosen in
# each region by the engine and the license model, are held to the case the
# resource's own engine and license choose; a case cfn-lint has no list for
# holds nothing. The written types of the same CloudFormation types
# (cfn.map: aws.rds.instance, aws.redshift.cluster) are held to the same
# lists, an engine left out counting as its default; a value known only at
# plan is judged at plan. No server is contacted.
. "$(dirname "$0")/../lib.sh"

regional () {
	grep "is not one of the .* values cfn-lint" "$1" || true
}

test_expect_success 'each region its list: listed values pass, the rest are warned, the stack is valid' '
	cp "$TEST_HERE/t0955/regions.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (6 resources)" &&
	regional err >warnings &&
	test_equal 3 "$(wc -l <warnings)" &&
	test_contains warnings "./stack.yaml:18:5: warning: resource \"dax_london\" (awscc.dax.cluster): \"dax.r3.large\" is not one of the NodeType values cfn-lint 1.51.0 lists for eu-west-2 (E3672, aws_dax_cluster/nodetype_enum.json); the list may be older than AWS'"'"'s (AWS adds values every few weeks): a warning, not a refusal; did you mean \"dax.r4.large\"?" &&
	test_contains warnings "./stack.yaml:22:5: warning: resource \"cache\" (awscc.elasticache.cache_cluster): \"cache.t3.smal\" is not one of the CacheNodeType values cfn-lint 1.51.0 lists for us-east-1 (E3647, aws_elasticache_cachecluster/cachenodetype_enum.json)" &&
	test_contains warnings "did you mean \"cache.t3.small\"?" &&
	test_contains warnings "./stack.yaml:30:5: warning: resource \"emr\" (awscc.emr.cluster): \"m5.xlarg\" is not one of the InstanceType values cfn-lint 1.51.0 lists for us-east-1 (E3675, aws_emr_cluster/instancetypeconfig_instancetype_enum.json)" &&
	# negatives: no run of terrace (the warnings of the validate above, its exit and summary asserted)
	test_not_contains warnings "dax_here" &&
	test_not_contains warnings "cache_ok" &&
	test_not_contains warnings "emr_ok"
'

test_expect_success 'validate -strict makes the warnings errors' '
	test_expect_code 1 terrace validate -strict -no-color >out 2>err &&
	test_contains err "terrace validate -strict: " &&
	test_equal 3 "$(regional err | wc -l)"
'

test_expect_success 'with no region known, a value some region lists passes, a typo does not' '
	sed -i "/^    region: us-east-1\$/d" stack.yaml &&
	(unset AWS_REGION AWS_DEFAULT_REGION && terrace validate -no-color >out 2>err) &&
	test_contains out "Success! The stack is valid (6 resources)" &&
	regional err >warnings &&
	test_equal 3 "$(wc -l <warnings)" &&
	test_contains warnings "\"cache.t3.smal\" is not one of the CacheNodeType values cfn-lint 1.51.0 lists for any region" &&
	test_contains warnings "\"dax.r3.large\" is not one of the NodeType values cfn-lint 1.51.0 lists for eu-west-2" &&
	AWS_REGION=eu-west-2 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:11:5: warning: resource \"dax_here\" (awscc.dax.cluster): \"dax.r3.large\" is not one of the NodeType values cfn-lint 1.51.0 lists for eu-west-2"
'

test_expect_success 'a value known only at plan is judged at plan' '
	{
		echo "stack: regional-later"
		echo "variables:"
		echo "  node: {type: string, default: cache.t3.smal}"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo "  cache: {type: awscc.elasticache.cache_cluster, cache_node_type: \"\${var.node}\", engine: redis, num_cache_nodes: 1}"
	} >stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	# negatives: no run of terrace (the validate above, its exit and summary asserted)
	test_empty err &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 terrace plan -no-color >out 2>err &&
	test_contains out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_contains err "./stack.yaml:7:50: warning: resource \"cache\" (awscc.elasticache.cache_cluster): \"cache.t3.smal\" is not one of the CacheNodeType values cfn-lint 1.51.0 lists for us-east-1"
'

test_expect_success 'the API models'"'"'s lists that grow: warnings; the rest of the schema still refuses; the CLI and the editor offer the values' '
	cp "$TEST_HERE/t0955/grows.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (5 resources)" &&
	regional err >warnings &&
	test_equal 4 "$(wc -l <warnings)" &&
	test_contains warnings "./stack.yaml:9:5: warning: resource \"fn\" (awscc.lambda.function): \"python3.99\" is not one of the Runtime values cfn-lint 1.51.0 takes from AWS'"'"'s API model (the API model'"'"'s lambda CreateFunction Runtime, patches/extensions/all/aws_lambda_function/smithy.json); the list may be older than AWS'"'"'s (AWS adds values every few weeks): a warning, not a refusal; did you mean \"python3.9\"?" &&
	test_contains warnings "./stack.yaml:21:5: warning: resource \"layer\" (awscc.lambda.layer_version): \"nodejs99.x\" is not one of the listed values cfn-lint 1.51.0 takes from AWS'"'"'s API model" &&
	test_contains warnings "./stack.yaml:24:5: warning: resource \"template\" (awscc.ec2.launch_template): \"q9.mega\" is not one of the InstanceType values cfn-lint 1.51.0 takes from AWS'"'"'s API model (the API model'"'"'s ec2 RunInstances InstanceType, patches/extensions/all/aws_ec2_launchtemplate/smithy.json)" &&
	test_contains warnings "./stack.yaml:32:5: warning: resource \"host\" (awscc.ec2.instance): \"q9.mega\" is not one of the InstanceType values cfn-lint 1.51.0 lists for us-east-1 (E3628" &&
	# negatives: no run of terrace (the validate above, its exit and summary asserted)
	test_not_contains warnings "fn_ok" &&
	test_expect_code 1 terrace validate -strict -no-color >out 2>err &&
	test_equal 4 "$(regional err | wc -l)" &&
	sed -i "s/volume_type: gp3/volume_type: gp9/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:28:17: error: resource \"template\" (awscc.ec2.launch_template): launch_template_data.block_device_mappings[0].ebs.volume_type: \"gp9\" is not one of \"gp2\", \"gp3\", \"io1\", \"io2\", \"sc1\", \"st1\", \"standard\"" &&
	sed -i "s/volume_type: gp9/volume_type: gp3/; s|^      instance_type: q9.mega|      instance_type: m5.large\n      tag_specifications: [{resource_type: instanse}]|" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "launch_template_data.tag_specifications[0].resource_type: \"instanse\" is not one of the 107 values the schema lists (the nearest: \"instance\"" &&
	test_contains err "(did you mean \"instance\"?) (AWS::EC2::LaunchTemplate" &&
	terrace providers schema awscc.lambda.function >out 2>err &&
	test_contains out "values AWS'"'"'s API model lists, which AWS adds to (another is a warning): \"dotnet10\", \"dotnet6\"" &&
	terrace providers schema -json-schema >schema.json 2>err &&
	python3 - schema.json >found <<-\PY &&
	import json, sys
	enums, examples = 0, 0
	def walk(n):
	    global enums, examples
	    if isinstance(n, dict):
	        enums += "python3.12" in (n.get("enum") or [])
	        examples += "python3.12" in (n.get("examples") or [])
	        for v in n.values():
	            walk(v)
	    elif isinstance(n, list):
	        for v in n:
	            walk(v)
	walk(json.load(open(sys.argv[1])))
	print("enums", enums, "examples", examples)
	PY
	test_line found "enums 0 examples 2"
'

test_expect_success 'RDS: the region'"'"'s list of the engine and license the resource names' '
	cp "$TEST_HERE/t0955/rds.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (5 resources)" &&
	regional err >warnings &&
	test_equal 3 "$(wc -l <warnings)" &&
	test_line warnings "./stack.yaml:9:5: warning: resource \"pg\" (awscc.rds.db_instance): \"db.t3.micr\" is not one of the DBInstanceClass values cfn-lint 1.51.0 lists for us-east-1 (Engine postgres) (E3025, aws_rds_dbinstance/dbinstanceclass_enum.json); the list may be older than AWS'"'"'s (AWS adds values every few weeks): a warning, not a refusal; did you mean \"db.t3.micro\"?" &&
	test_contains warnings "./stack.yaml:20:5: warning: resource \"ora\" (awscc.rds.db_instance): \"db.t3.micro\" is not one of the DBInstanceClass values cfn-lint 1.51.0 lists for us-east-1 (Engine oracle-se2, LicenseModel bring-your-own-license)" &&
	test_contains warnings "./stack.yaml:31:5: warning: resource \"multiaz\" (awscc.rds.db_cluster): \"db.m5d.larg\" is not one of the DBClusterInstanceClass values cfn-lint 1.51.0 lists for us-east-1 (Engine postgres) (E3694" &&
	# negatives: no run of terrace (the validate above, its exit and summary asserted)
	test_not_contains warnings "pg_ok" &&
	test_not_contains warnings "\"other\"" &&
	sed -i "/^    region: us-east-1\$/d" stack.yaml &&
	AWS_REGION=ap-southeast-2 terrace validate -no-color >out 2>err &&
	test_contains err "\"db.t3.micr\" is not one of the DBInstanceClass values cfn-lint 1.51.0 lists for ap-southeast-2 (Engine postgres)"
'

test_expect_success 'the written types of the same CloudFormation types: the same lists' '
	cp "$TEST_HERE/t0955/written.yaml" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)" &&
	regional err >warnings &&
	test_equal 3 "$(wc -l <warnings)" &&
	test_line warnings "./stack.yaml:9:5: warning: resource \"db\" (aws.rds.instance): \"db.t3.micr\" is not one of the DBInstanceClass values cfn-lint 1.51.0 lists for us-east-1 (Engine postgres) (E3025, aws_rds_dbinstance/dbinstanceclass_enum.json); the list may be older than AWS'"'"'s (AWS adds values every few weeks): a warning, not a refusal; did you mean \"db.t3.micro\"?" &&
	test_contains warnings "./stack.yaml:25:5: warning: resource \"dw\" (aws.redshift.cluster): \"ra3.larg\" is not one of the NodeType values cfn-lint 1.51.0 lists for us-east-1 (E3667" &&
	test_contains warnings "./stack.yaml:33:5: warning: resource \"maria\" (aws.rds.instance): \"db.t3.micr\" is not one of the DBInstanceClass values cfn-lint 1.51.0 lists for us-east-1 (Engine mariadb)" &&
	# negatives: no run of terrace (the validate above, its exit and summary asserted)
	test_not_contains warnings "db_ok" &&
	test_expect_code 1 terrace validate -strict -no-color >out 2>err &&
	sed -i "s/^    node_type: ra3.larg/    node_type: \"\${var.node}\"/; s/^providers:/variables:\n  node: {type: string, default: ra3.larg}\nproviders:/" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_equal 2 "$(regional err | wc -l)" &&
	AWS_MAX_ATTEMPTS=1 AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 terrace plan -refresh=false -no-color >out 2>err &&
	test_contains out "Plan: 4 to add, 0 to change, 0 to destroy." &&
	test_contains err "warning: resource \"dw\" (aws.redshift.cluster): \"ra3.larg\" is not one of the NodeType values cfn-lint 1.51.0 lists for us-east-1"
'

test_done

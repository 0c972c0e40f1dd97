#!/usr/bin/env bash
# t0870-refresh-by-listing: a plan's refresh reads Glue tables (per
# database), Glue databases, log groups and secrets, and (a pipeline stack of
# its own) Glue jobs, triggers and crawlers, subnets, security groups and
# route tables, and (another) S3 objects in a versioned bucket, and (another)
# IAM roles, policies, groups and users, by one listing per type instead of
# one read each
# (provider.h read_many), against moto. Proven by the requests the debug
# log counts, and by plans identical to those of TERRACE_REFRESH_LISTING=0
# (every resource read on its own): with nothing changed, with drift made
# by hand on some resources (caught, the others unchanged), and with some
# deleted by hand (planned again).
# time-limit: 1800 (some 160 resources applied, planned six times, destroyed)
. "$(dirname "$0")/../../lib.sh"

start_moto MOTO_IAM_PAGE_CAP=2 || test_fail_setup "moto did not start"
use_server moto

TABLES=120   # more than one GetTables page (100)

listing_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.glue.database
	    name: listing_lake
	    description: the lake
	  other:
	    type: aws.glue.database
	    name: listing_other
	  table:
	    type: aws.glue.table
	    count: $TABLES
	    database: \${lake.name}
	    name: "t\${count.index}"
	    description: "table \${count.index}"
	    storage_descriptor:
	      location: "s3://listing-lake/t\${count.index}/"
	      columns:
	        - { name: id, type: bigint }
	  other_table:
	    type: aws.glue.table
	    database: \${other.name}
	    name: alone
	  logs:
	    type: aws.logs.log_group
	    count: 3
	    name: "/listing/group\${count.index}"
	    retention_in_days: 14
	    tags: { team: data }
	  secret:
	    type: aws.secretsmanager.secret
	    count: 3
	    name: "listing/secret\${count.index}"
	    value: "v\${count.index}"
	    description: "secret \${count.index}"
	    recovery_window_in_days: 0
	YAML
}

# count LOG SERVICE OPERATION: how many requests of OPERATION the debug log has.
count () {
	grep -c "^\[debug\] $2 $3 " "$1" || true
}

# plan_both NAME: the plan's text with and without listing, in NAME.list and
# NAME.each, their debug logs in NAME.list.log and NAME.each.log; exit codes
# in NAME.list.rc and NAME.each.rc. The refresh lines come in parallel order
# and are left out of the texts.
plan_both () {
	for mode in list each; do
		if test $mode = each; then export TERRACE_REFRESH_LISTING=0; else unset TERRACE_REFRESH_LISTING; fi
		TERRACE_LOG=debug terrace plan -no-color -detailed-exitcode >"$1.$mode.out" 2>"$1.$mode.log"
		echo $? >"$1.$mode.rc"
		grep -v "Refreshing state" "$1.$mode.out" >"$1.$mode"
	done
	unset TERRACE_REFRESH_LISTING
}

# requests LOG: every request the debug log shows answered.
requests () {
	grep -c "^\[debug\] [a-z0-9]* [A-Za-z0-9]* [A-Z]*.*: HTTP [0-9]* in" "$1" || true
}

test_expect_success 'apply creates 2 databases, 121 tables, 3 log groups and 3 secrets' '
	listing_stack &&
	terrace apply -auto-approve -parallelism 8 >out 2>err &&
	test_line out "Apply complete! Resources: 129 added, 0 changed, 0 destroyed."
'

test_expect_success 'no change: the same plan, by one listing per type and database instead of a read each' '
	plan_both same &&
	test_equal 0 "$(cat same.list.rc)" && test_equal 0 "$(cat same.each.rc)" &&
	test_cmp same.each same.list &&
	test_equal 129 "$(grep -c "Refreshing state" same.list.out)" &&
	test_equal 121 "$(count same.each.log glue GetTable)" &&
	test_equal 1 "$(count same.list.log glue GetTable)" &&
	test_equal 2 "$(count same.list.log glue GetTables)" &&
	test_equal 2 "$(count same.each.log glue GetDatabase)" &&
	test_equal 0 "$(count same.list.log glue GetDatabase)" &&
	test_equal 1 "$(count same.list.log glue GetDatabases)" &&
	test_equal 3 "$(count same.each.log secretsmanager GetSecretValue)" &&
	test_equal 0 "$(count same.list.log secretsmanager GetSecretValue)" &&
	test_equal 0 "$(count same.list.log secretsmanager DescribeSecret)" &&
	test_equal 1 "$(count same.list.log secretsmanager ListSecrets)" &&
	test_equal 3 "$(count same.each.log logs DescribeLogGroups)" &&
	test_equal 1 "$(count same.list.log logs DescribeLogGroups)" &&
	test_equal 3 "$(count same.list.log logs ListTagsForResource)" &&
	echo "refresh of 129 resources (121 Glue tables, 2 databases, 3 log groups, 3 secrets):" \
		"$(requests same.each.log) requests read one by one," \
		"$(requests same.list.log) by listing" >>"$TRASH/figures"
'

test_expect_success 'drift made by hand on some resources: the same plan, drift caught, the rest unchanged' '
	s3 glue update-table --database-name listing_lake --table-input \
		"{\"Name\":\"t7\",\"Description\":\"changed by hand\",\"StorageDescriptor\":{\"Location\":\"s3://listing-lake/t7/\",\"Columns\":[{\"Name\":\"id\",\"Type\":\"bigint\"}]}}" &&
	s3 glue update-database --name listing_other --database-input \
		"{\"Name\":\"listing_other\",\"Description\":\"by hand\"}" &&
	s3 logs put-retention-policy --log-group-name /listing/group1 --retention-in-days 30 &&
	s3 logs tag-resource --resource-arn arn:aws:logs:us-east-1:123456789012:log-group:/listing/group2 \
		--tags owner=bi &&
	s3 secretsmanager put-secret-value --secret-id listing/secret1 --secret-string by-hand >/dev/null &&
	s3 secretsmanager tag-resource --secret-id listing/secret2 --tags Key=owner,Value=bi &&
	plan_both drift &&
	test_equal 2 "$(cat drift.list.rc)" && test_equal 2 "$(cat drift.each.rc)" &&
	test_cmp drift.each drift.list &&
	test_contains drift.list "Plan: 0 to add, 6 to change, 0 to destroy." &&
	test_contains drift.list "table[7]" &&
	test_contains drift.list "\"changed by hand\" -> \"table 7\"" &&
	test_contains drift.list "\"by hand\" -> null" &&
	test_match drift.list "retention_in_days *= 30 -> 14" &&
	test_contains drift.list "secret[1]" &&
	test_not_contains drift.list "table[6]" &&
	test_not_contains drift.list "secret[0]" &&
	test_equal 1 "$(count drift.list.log glue GetTable)" &&
	test_equal 1 "$(count drift.list.log secretsmanager GetSecretValue)" &&
	test_equal 1 "$(count drift.list.log secretsmanager DescribeSecret)"
'

test_expect_success 'deleted by hand: a table and a secret the listings miss are read, found gone and planned again' '
	terrace apply -auto-approve >out 2>err &&
	s3 glue delete-table --database-name listing_lake --name t3 &&
	s3 secretsmanager delete-secret --secret-id listing/secret0 --force-delete-without-recovery >/dev/null &&
	plan_both gone &&
	test_equal 2 "$(cat gone.list.rc)" &&
	test_cmp gone.each gone.list &&
	test_contains gone.list "Plan: 2 to add, 0 to change, 0 to destroy." &&
	test_equal 2 "$(count gone.list.log glue GetTable)" &&
	test_equal 1 "$(count gone.list.log secretsmanager DescribeSecret)"
'

# A pipeline stack of its own (in pipe/): Glue jobs, triggers and crawlers
# (GetJobs, GetTriggers, GetCrawlers; the tags still one GetTags each) and
# the network under them, subnets, security groups and route tables (one
# Describe* filtered on their ids, tags included).
pipeline_stack () {
	mkdir -p pipe &&
	write_stack pipe/stack.yaml &&
	cat >>pipe/stack.yaml <<-YAML
	resources:
	  job:
	    type: aws.glue.job
	    count: 3
	    name: "listing-job\${count.index}"
	    role: arn:aws:iam::123456789012:role/glue
	    command: { name: glueetl, script_location: "s3://listing-scripts/job\${count.index}.py" }
	    glue_version: "4.0"
	    worker_type: G.1X
	    number_of_workers: 2
	    description: "job \${count.index}"
	    default_arguments: { "--env": dev }
	    tags: { team: data }
	  trigger:
	    type: aws.glue.trigger
	    count: 3
	    name: "listing-trigger\${count.index}"
	    trigger_type: ON_DEMAND
	    actions:
	      - job_name: "\${job[count.index].name}"
	        arguments: { "--day": today }
	    description: "trigger \${count.index}"
	  crawler:
	    type: aws.glue.crawler
	    count: 3
	    name: "listing-crawler\${count.index}"
	    role: arn:aws:iam::123456789012:role/glue
	    database_name: listing_lake
	    s3_targets: [{ path: "s3://listing-lake/raw\${count.index}/" }]
	    description: "crawler \${count.index}"
	  main:
	    type: aws.ec2.vpc
	    cidr_block: 10.70.0.0/16
	  subnet:
	    type: aws.ec2.subnet
	    count: 3
	    vpc_id: "\${main.vpc_id}"
	    cidr_block: "10.70.\${count.index}.0/24"
	    availability_zone: us-east-1a
	    tags: { Name: "subnet\${count.index}" }
	  sg:
	    type: aws.ec2.security_group
	    count: 3
	    name: "listing-sg\${count.index}"
	    description: "group \${count.index}"
	    vpc_id: "\${main.vpc_id}"
	    ingress:
	      - { protocol: tcp, from_port: 443, to_port: 443, cidr_blocks: [10.70.0.0/16] }
	    tags: { Name: "sg\${count.index}" }
	  rt:
	    type: aws.ec2.route_table
	    count: 3
	    vpc_id: "\${main.vpc_id}"
	    subnet_ids: ["\${subnet[count.index].subnet_id}"]
	    tags: { Name: "rt\${count.index}" }
	YAML
}

# state_id NAME: the id of resource NAME in pipe/'s state.
state_id () {
	json_get pipe/terrace.state.json "d[\"resources\"][\"$1\"][\"id\"]"
}

test_expect_success 'pipeline stack: apply creates 3 jobs, triggers, crawlers, subnets, groups and route tables' '
	pipeline_stack &&
	(cd pipe && terrace apply -auto-approve -parallelism 8 >../out 2>../err) &&
	test_line out "Apply complete! Resources: 19 added, 0 changed, 0 destroyed."
'

test_expect_success 'pipeline stack, no change: the same plan, one listing per type instead of a read each' '
	(cd pipe && plan_both same) &&
	test_equal 0 "$(cat pipe/same.list.rc)" && test_equal 0 "$(cat pipe/same.each.rc)" &&
	test_cmp pipe/same.each pipe/same.list &&
	test_equal 3 "$(count pipe/same.each.log glue GetJob)" &&
	test_equal 0 "$(count pipe/same.list.log glue GetJob)" &&
	test_equal 1 "$(count pipe/same.list.log glue GetJobs)" &&
	test_equal 3 "$(count pipe/same.each.log glue GetTrigger)" &&
	test_equal 0 "$(count pipe/same.list.log glue GetTrigger)" &&
	test_equal 1 "$(count pipe/same.list.log glue GetTriggers)" &&
	test_equal 3 "$(count pipe/same.each.log glue GetCrawler)" &&
	test_equal 0 "$(count pipe/same.list.log glue GetCrawler)" &&
	test_equal 1 "$(count pipe/same.list.log glue GetCrawlers)" &&
	test_equal 9 "$(count pipe/same.each.log glue GetTags)" &&
	test_equal 9 "$(count pipe/same.list.log glue GetTags)" &&
	test_equal 3 "$(count pipe/same.each.log ec2 DescribeSubnets)" &&
	test_equal 1 "$(count pipe/same.list.log ec2 DescribeSubnets)" &&
	test_equal 3 "$(count pipe/same.each.log ec2 DescribeSecurityGroups)" &&
	test_equal 1 "$(count pipe/same.list.log ec2 DescribeSecurityGroups)" &&
	test_equal 3 "$(count pipe/same.each.log ec2 DescribeRouteTables)" &&
	test_equal 1 "$(count pipe/same.list.log ec2 DescribeRouteTables)" &&
	echo "refresh of the pipeline stack (19 resources: 3 each of jobs, triggers, crawlers," \
		"subnets, security groups, route tables; 1 VPC):" \
		"$(requests pipe/same.each.log) requests read one by one," \
		"$(requests pipe/same.list.log) by listing" >>"$TRASH/figures"
'

test_expect_success 'pipeline stack, drift made by hand: the same plan, drift caught, the rest unchanged' '
	s3 glue update-job --job-name listing-job1 --job-update \
		"{\"Role\":\"arn:aws:iam::123456789012:role/glue\",\"Command\":{\"Name\":\"glueetl\",\"ScriptLocation\":\"s3://listing-scripts/job1.py\"},\"GlueVersion\":\"4.0\",\"WorkerType\":\"G.1X\",\"NumberOfWorkers\":2,\"Description\":\"job by hand\",\"DefaultArguments\":{\"--env\":\"dev\"}}" &&
	s3 glue update-trigger --name listing-trigger2 --trigger-update \
		"{\"Description\":\"trigger by hand\",\"Actions\":[{\"JobName\":\"listing-job2\",\"Arguments\":{\"--day\":\"today\"}}]}" >/dev/null &&
	s3 glue update-crawler --name listing-crawler0 --description "crawler by hand" &&
	s3 ec2 create-tags --resources "$(state_id "subnet[1]")" --tags Key=Name,Value=by-hand &&
	s3 ec2 authorize-security-group-ingress --group-id "$(state_id "sg[2]")" \
		--protocol tcp --port 22 --cidr 10.70.0.0/16 >/dev/null &&
	s3 ec2 create-tags --resources "$(state_id "rt[0]")" --tags Key=owner,Value=bi &&
	(cd pipe && plan_both drift) &&
	test_equal 2 "$(cat pipe/drift.list.rc)" && test_equal 2 "$(cat pipe/drift.each.rc)" &&
	test_cmp pipe/drift.each pipe/drift.list &&
	test_contains pipe/drift.list "Plan: 0 to add, 6 to change, 0 to destroy." &&
	test_contains pipe/drift.list "\"job by hand\" -> \"job 1\"" &&
	test_contains pipe/drift.list "\"trigger by hand\" -> \"trigger 2\"" &&
	test_contains pipe/drift.list "\"crawler by hand\" -> \"crawler 0\"" &&
	test_contains pipe/drift.list "\"by-hand\" -> \"subnet1\"" &&
	test_contains pipe/drift.list "sg[2]" &&
	test_contains pipe/drift.list "rt[0]" &&
	test_not_contains pipe/drift.list "job[0]" &&
	test_not_contains pipe/drift.list "subnet[0]" &&
	test_equal 0 "$(count pipe/drift.list.log glue GetJob)" &&
	test_equal 1 "$(count pipe/drift.list.log ec2 DescribeSubnets)" &&
	test_equal 1 "$(count pipe/drift.list.log ec2 DescribeSecurityGroups)"
'

test_expect_success 'pipeline stack, deleted by hand: a job and a route table the listings miss are read, found gone and planned again' '
	(cd pipe && terrace apply -auto-approve >../out 2>../err) &&
	s3 glue delete-job --job-name listing-job0 >/dev/null &&
	rt=$(state_id "rt[1]") &&
	s3 ec2 disassociate-route-table --association-id "$(s3 ec2 describe-route-tables \
		--route-table-ids "$rt" --output text \
		--query "RouteTables[0].Associations[0].RouteTableAssociationId")" &&
	s3 ec2 delete-route-table --route-table-id "$rt" &&
	(cd pipe && plan_both gone) &&
	test_equal 2 "$(cat pipe/gone.list.rc)" &&
	test_cmp pipe/gone.each pipe/gone.list &&
	test_contains pipe/gone.list "Plan: 2 to add, 0 to change, 0 to destroy." &&
	test_equal 1 "$(count pipe/gone.list.log glue GetJob)" &&
	test_equal 2 "$(count pipe/gone.list.log ec2 DescribeRouteTables)"
'

test_expect_success 'pipeline stack: destroy leaves nothing' '
	(cd pipe && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 17 destroyed." &&
	s3 glue get-jobs --query "Jobs[].Name" --output text >jobs &&
	test_not_contains jobs listing-job &&
	s3 ec2 describe-subnets --filters Name=cidr-block,Values=10.70.0.0/24 \
		--query "Subnets[].SubnetId" --output text >subnets &&
	test_empty subnets
'

# S3 objects (in obj/): in a versioned bucket, ListObjectVersions proves an
# object unchanged by its version id and ETag, leaving only its tags to read;
# in an unversioned one nothing can be proved by a listing (a copy onto
# itself with new metadata keeps the ETag), and every object is read.
objects_stack () {
	mkdir -p obj &&
	write_stack obj/stack.yaml &&
	cat >>obj/stack.yaml <<-YAML
	resources:
	  versioned:
	    type: aws.s3.bucket
	    name: listing-versioned
	    versioning: true
	    force_destroy: true
	  plain:
	    type: aws.s3.bucket
	    name: listing-plain
	  obj:
	    type: aws.s3.object
	    count: 4
	    bucket: \${versioned.name}
	    key: "conf/obj\${count.index}.txt"
	    content: "v\${count.index}"
	    content_type: text/plain
	    metadata: { owner: etl }
	    tags: { team: data }
	  plain_obj:
	    type: aws.s3.object
	    count: 2
	    bucket: \${plain.name}
	    key: "conf/plain\${count.index}.txt"
	    content: "p\${count.index}"
	    content_type: text/plain
	    metadata: { owner: etl }
	YAML
}

# copy_in_place BUCKET KEY CONTENT: the object copied onto itself with new
# user metadata (owner: by-hand), its content type and digest kept.
copy_in_place () {
	s3 s3api copy-object --bucket "$1" --key "$2" --copy-source "$1/$2" \
		--metadata-directive REPLACE --content-type text/plain \
		--metadata "owner=by-hand,content-sha256=$(printf %s "$3" | sha256sum | cut -d" " -f1)" >/dev/null
}

test_expect_success 'objects: apply creates 2 buckets, 4 objects in the versioned one and 2 in the other' '
	objects_stack &&
	(cd obj && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 8 added, 0 changed, 0 destroyed."
'

test_expect_success 'objects, no change: the same plan; versioned objects need no HeadObject' '
	(cd obj && plan_both same) &&
	test_equal 0 "$(cat obj/same.list.rc)" && test_equal 0 "$(cat obj/same.each.rc)" &&
	test_cmp obj/same.each obj/same.list &&
	test_equal 6 "$(count obj/same.each.log s3 HeadObject)" &&
	test_equal 2 "$(count obj/same.list.log s3 HeadObject)" &&
	test_equal 1 "$(count obj/same.list.log s3 ListObjectVersions)" &&
	test_equal 6 "$(count obj/same.each.log s3 GetObjectTagging)" &&
	test_equal 6 "$(count obj/same.list.log s3 GetObjectTagging)" &&
	echo "refresh of 6 S3 objects (4 in a versioned bucket, 2 in an unversioned one) and 2 buckets:" \
		"$(requests obj/same.each.log) requests read one by one," \
		"$(requests obj/same.list.log) by listing" >>"$TRASH/figures"
'

test_expect_success 'objects, drift made by hand: rewritten, metadata copied in place, tags changed: all caught' '
	printf "by hand" >by-hand.txt &&
	s3 s3api put-object --bucket listing-versioned --key conf/obj1.txt --body by-hand.txt \
		--content-type text/plain --metadata owner=etl >/dev/null &&
	copy_in_place listing-versioned conf/obj2.txt v2 &&
	s3 s3api put-object-tagging --bucket listing-versioned --key conf/obj3.txt \
		--tagging "TagSet=[{Key=team,Value=bi}]" &&
	copy_in_place listing-plain conf/plain1.txt p1 &&
	(cd obj && plan_both drift) &&
	test_equal 2 "$(cat obj/drift.list.rc)" && test_equal 2 "$(cat obj/drift.each.rc)" &&
	test_cmp obj/drift.each obj/drift.list &&
	test_contains obj/drift.list "Plan: 0 to add, 4 to change, 0 to destroy." &&
	test_contains obj/drift.list "obj[1]" &&
	test_contains obj/drift.list "obj[2]" &&
	test_contains obj/drift.list "obj[3]" &&
	test_contains obj/drift.list "plain_obj[1]" &&
	test_match obj/drift.list "\"bi\" -> \"data\"" &&
	test_match obj/drift.list "\"by-hand\" -> \"etl\"" &&
	test_not_contains obj/drift.list "obj[0]" &&
	test_equal 4 "$(count obj/drift.list.log s3 HeadObject)"
'

test_expect_success 'objects, deleted by hand: the latest version a delete marker, the object is read, found gone and planned again' '
	(cd obj && terrace apply -auto-approve >../out 2>../err) &&
	s3 s3api delete-object --bucket listing-versioned --key conf/obj0.txt >/dev/null &&
	(cd obj && plan_both gone) &&
	test_equal 2 "$(cat obj/gone.list.rc)" &&
	test_cmp obj/gone.each obj/gone.list &&
	test_contains obj/gone.list "Plan: 1 to add, 0 to change, 0 to destroy." &&
	test_equal 3 "$(count obj/gone.list.log s3 HeadObject)" &&
	(cd obj && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 7 destroyed."
'

# IAM (in iam/): roles, policies, groups and users by
# GetAccountAuthorizationDetails, one per type (Filter Role, LocalManagedPolicy,
# Group, User), and roles' descriptions and session lengths by ListRoles. moto
# gives at most 2 entities a page here (MOTO_IAM_PAGE_CAP=2, as IAM may give
# fewer than MaxItems), so that their further pages are taken; what the
# listing lacks is still read per resource: a policy's tags (ListPolicyTags), a
# user's access keys, login profile and credentials secret.
DOC='{ Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::listing-lake/*" }] }'
TRUST='{ Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: glue.amazonaws.com }, Action: "sts:AssumeRole" }] }'

iam_stack () {
	mkdir -p iam &&
	write_stack iam/stack.yaml &&
	cat >>iam/stack.yaml <<-YAML
	resources:
	  policy:
	    type: aws.iam.policy
	    count: 3
	    name: "listing-policy\${count.index}"
	    path: /listing/
	    description: "policy \${count.index}"
	    policy: $DOC
	    tags: { team: data }
	  bare:
	    type: aws.iam.policy
	    name: listing-bare
	    policy: $DOC
	  role:
	    type: aws.iam.role
	    count: 3
	    name: "listing-role\${count.index}"
	    description: "role \${count.index}"
	    max_session_duration: 7200
	    assume_role_policy: $TRUST
	    inline_policies: { read: $DOC }
	    managed_policy_arns: ["\${policy[count.index].arn}"]
	    tags: { team: data }
	  group:
	    type: aws.iam.group
	    count: 3
	    name: "listing-group\${count.index}"
	    path: /labs/
	    policy_arns: ["\${policy[count.index].arn}"]
	    policy: $DOC
	  user:
	    type: aws.iam.user
	    count: 3
	    name: "listing-user\${count.index}"
	    groups: ["\${group[count.index].name}"]
	    policy_arns: ["\${policy[count.index].arn}"]
	    tags: { team: data }
	  trainer:
	    type: aws.iam.user
	    name: listing-trainer
	    groups: ["\${group[0].name}"]
	    login_profile: true
	    access_key: true
	    credentials_secret: listing/trainer
	YAML
}

policy_arn () {
	echo "arn:aws:iam::123456789012:policy/listing/listing-policy$1"
}

test_expect_success 'iam: apply creates 4 policies (one without a description), 3 roles, 3 groups and 4 users' '
	iam_stack &&
	(cd iam && terrace apply -auto-approve -parallelism 8 >../out 2>../err) &&
	test_line out "Apply complete! Resources: 14 added, 0 changed, 0 destroyed."
'

test_expect_success 'iam, no change: the same plan, by GetAccountAuthorizationDetails and ListRoles instead of a read each' '
	(cd iam && plan_both same) &&
	test_equal 0 "$(cat iam/same.list.rc)" && test_equal 0 "$(cat iam/same.each.rc)" &&
	test_cmp iam/same.each iam/same.list &&
	test_equal 0 "$(count iam/same.each.log iam GetAccountAuthorizationDetails)" &&
	test_equal 8 "$(count iam/same.list.log iam GetAccountAuthorizationDetails)" &&
	test_equal 2 "$(count iam/same.list.log iam ListRoles)" &&
	test_equal 3 "$(count iam/same.each.log iam GetRole)" &&
	test_equal 3 "$(count iam/same.each.log iam GetRolePolicy)" &&
	test_equal 0 "$(count iam/same.list.log iam GetRole)" &&
	test_equal 0 "$(count iam/same.list.log iam ListRolePolicies)" &&
	test_equal 0 "$(count iam/same.list.log iam GetRolePolicy)" &&
	test_equal 0 "$(count iam/same.list.log iam ListAttachedRolePolicies)" &&
	test_equal 4 "$(count iam/same.each.log iam GetPolicyVersion)" &&
	test_equal 0 "$(count iam/same.list.log iam GetPolicy)" &&
	test_equal 0 "$(count iam/same.list.log iam GetPolicyVersion)" &&
	test_equal 4 "$(count iam/same.list.log iam ListPolicyTags)" &&
	test_equal 3 "$(count iam/same.each.log iam GetGroup)" &&
	test_equal 0 "$(count iam/same.list.log iam GetGroup)" &&
	test_equal 0 "$(count iam/same.list.log iam GetGroupPolicy)" &&
	test_equal 4 "$(count iam/same.each.log iam GetUser)" &&
	test_equal 0 "$(count iam/same.list.log iam GetUser)" &&
	test_equal 0 "$(count iam/same.list.log iam ListUserTags)" &&
	test_equal 0 "$(count iam/same.list.log iam ListGroupsForUser)" &&
	test_equal 4 "$(count iam/same.list.log iam ListAccessKeys)" &&
	test_equal 4 "$(count iam/same.list.log iam GetLoginProfile)" &&
	echo "refresh of 14 IAM resources (3 roles, 4 policies, 3 groups, 4 users; 2 entities a page):" \
		"$(requests iam/same.each.log) requests read one by one," \
		"$(requests iam/same.list.log) by listing" >>"$TRASH/figures"
'

test_expect_success 'iam, drift made by hand on every type: the same plan, drift caught, the rest unchanged' '
	s3 iam put-role-policy --role-name listing-role0 --policy-name read --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" &&
	s3 iam detach-role-policy --role-name listing-role1 --policy-arn "$(policy_arn 1)" &&
	s3 iam update-assume-role-policy --role-name listing-role2 --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" &&
	s3 iam update-role --role-name listing-role2 --description "role by hand" &&
	s3 iam tag-role --role-name listing-role1 --tags Key=team,Value=bi &&
	s3 iam create-policy-version --policy-arn "$(policy_arn 1)" --set-as-default --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}" >/dev/null &&
	s3 iam tag-policy --policy-arn "$(policy_arn 2)" --tags Key=team,Value=bi &&
	s3 iam put-group-policy --group-name listing-group0 --policy-name terrace --policy-document \
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" &&
	s3 iam detach-group-policy --group-name listing-group1 --policy-arn "$(policy_arn 1)" &&
	s3 iam tag-user --user-name listing-user0 --tags Key=team,Value=bi &&
	s3 iam remove-user-from-group --user-name listing-user1 --group-name listing-group1 &&
	s3 iam detach-user-policy --user-name listing-user2 --policy-arn "$(policy_arn 2)" &&
	s3 iam delete-login-profile --user-name listing-trainer &&
	(cd iam && plan_both drift) &&
	test_equal 2 "$(cat iam/drift.list.rc)" && test_equal 2 "$(cat iam/drift.each.rc)" &&
	test_cmp iam/drift.each iam/drift.list &&
	test_contains iam/drift.list "Plan: 0 to add, 11 to change, 0 to destroy." &&
	test_contains iam/drift.list "role[0]" &&
	test_contains iam/drift.list "\"role by hand\" -> \"role 2\"" &&
	test_contains iam/drift.list "lambda.amazonaws.com" &&
	test_match iam/drift.list "\"bi\" -> \"data\"" &&
	test_contains iam/drift.list "policy[1]" &&
	test_contains iam/drift.list "group[0]" &&
	test_contains iam/drift.list "group[1]" &&
	test_contains iam/drift.list "user[1]" &&
	test_match iam/drift.list "login_profile *= false -> true" &&
	test_not_contains iam/drift.list "policy[0]" &&
	test_not_contains iam/drift.list "group[2]" &&
	test_equal 0 "$(count iam/drift.list.log iam GetRole)" &&
	test_equal 0 "$(count iam/drift.list.log iam GetUser)"
'

test_expect_success 'iam, deleted by hand: a role, a group and a user the listing misses are read, found gone and planned again' '
	(cd iam && terrace apply -auto-approve >../out 2>../err) &&
	s3 iam delete-role-policy --role-name listing-role1 --policy-name read &&
	s3 iam detach-role-policy --role-name listing-role1 --policy-arn "$(policy_arn 1)" &&
	s3 iam delete-role --role-name listing-role1 &&
	s3 iam remove-user-from-group --user-name listing-user2 --group-name listing-group2 &&
	s3 iam detach-user-policy --user-name listing-user2 --policy-arn "$(policy_arn 2)" &&
	s3 iam delete-user --user-name listing-user2 &&
	s3 iam delete-group-policy --group-name listing-group2 --policy-name terrace &&
	s3 iam detach-group-policy --group-name listing-group2 --policy-arn "$(policy_arn 2)" &&
	s3 iam delete-group --group-name listing-group2 &&
	(cd iam && plan_both gone) &&
	test_equal 2 "$(cat iam/gone.list.rc)" &&
	test_cmp iam/gone.each iam/gone.list &&
	test_contains iam/gone.list "Plan: 3 to add, 0 to change, 0 to destroy." &&
	test_equal 1 "$(count iam/gone.list.log iam GetRole)" &&
	test_equal 1 "$(count iam/gone.list.log iam GetGroup)" &&
	test_equal 1 "$(count iam/gone.list.log iam GetUser)"
'

test_expect_success 'iam, more roles than the listing may page through: they are read one by one, the same plan' '
	(cd iam && terrace apply -auto-approve >../out 2>../err && terrace destroy -auto-approve >../out 2>../err) &&
	for i in 0 1 2 3 4 5 6; do
		s3 iam create-role --role-name "listing-first$i" --assume-role-policy-document \
			"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}" >/dev/null || return 1
	done &&
	(cd iam && terrace apply -auto-approve -parallelism 8 >../out 2>../err) &&
	(cd iam && plan_both bound) &&
	test_equal 0 "$(cat iam/bound.list.rc)" &&
	test_cmp iam/bound.each iam/bound.list &&
	test_equal 3 "$(count iam/bound.list.log iam GetRole)" &&
	test_equal 0 "$(count iam/bound.list.log iam GetGroup)" &&
	(cd iam && terrace destroy -auto-approve >../out 2>../err) &&
	test_line out "Destroy complete! Resources: 14 destroyed."
'

test_expect_success 'destroy leaves nothing' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 127 destroyed." &&
	s3 glue get-databases --query "DatabaseList[].Name" --output text >dbs &&
	test_not_contains dbs listing_
'

test -f "$TRASH/figures" && sed 's/^/# figure: /' "$TRASH/figures"
test_done

#!/usr/bin/env bash
# t0216-emrserverless: aws.emrserverless.application against moto: what EMR
# Serverless refuses, refused at validate with the attribute's position;
# an application made (CREATED), read back with the aws CLI and planned
# again as no change; its release, capacities, auto stop and tags changed
# in place, a started one stopped first (AWS changes only a CREATED or
# STOPPED application); drift made with the CLI shown and undone; imported
# by its id; destroyed while started (stopped, then TERMINATED); swept by
# its tags. moto 5.2.1 gives new applications, clientToken, architecture and
# tagging as AWS does only through moto_patches/emrserverless_applications.py.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

emrs () { s3 emr-serverless "$@"; }
app () { json_get terrace.state.json "d[\"resources\"][\"spark\"][\"id\"]"; }
got () { # JMESPATH of GetApplication's application
	emrs get-application --application-id "$(app)" --query "application.$1" --output text
}

the_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  spark:
	    type: aws.emrserverless.application
	    name: t0216-spark
	    release_label: ${RELEASE:-emr-7.1.0}
	    application_type: SPARK
	    architecture: ARM64
	    maximum_capacity: {cpu: ${MAX_CPU:-16 vCPU}, memory: 64 GB}
	    auto_stop_configuration: {idle_timeout_minutes: ${IDLE:-30}}
	    tags: {team: data${TAG:-}}
	YAML
}

test_expect_success 'validate refuses what EMR Serverless refuses, at the attribute' '
	mkdir bad &&
	write_stack bad/bad.yaml &&
	cat >>bad/bad.yaml <<-\YAML &&
	resources:
	  arch: {type: aws.emrserverless.application, name: a, release_label: emr-7.1.0,
	         application_type: SPARK, architecture: X86}
	  idle: {type: aws.emrserverless.application, name: b, release_label: emr-7.1.0,
	         application_type: SPARK, auto_stop_configuration: {idle_timeout_minutes: 0}}
	  kind: {type: aws.emrserverless.application, name: c, release_label: emr-7.1.0, application_type: SPARK,
	         initial_capacity: [{initial_capacity_type: Worker, initial_capacity_config: {
	           worker_count: 1, worker_configuration: {cpu: 2 vCPU, memory: 4 GB}}}]}
	  named: {type: aws.emrserverless.application, name: "a b", release_label: emr-7.1.0,
	          application_type: SPARK}
	YAML
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*arch.*architecture.*\"X86\"" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*idle.*idle_timeout_minutes" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*kind.*initial_capacity_type.*Worker" &&
	test_match err "bad.yaml:[0-9]+:[0-9]+: .*named.*name"
'

test_expect_success 'apply makes the application, CREATED; a second plan is no change' '
	the_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal CREATED "$(got state)" &&
	test_equal ARM64 "$(got architecture)" &&
	test_equal "emr-7.1.0" "$(got releaseLabel)" &&
	test_equal 30 "$(got autoStopConfiguration.idleTimeoutMinutes)" &&
	test_equal data "$(got tags.team)" &&
	test_equal "16 vCPU" "$(got maximumCapacity.cpu)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a started application is stopped, then changed in place' '
	emrs start-application --application-id "$(app)" &&
	test_equal STARTED "$(got state)" &&
	RELEASE=emr-7.2.0 IDLE=45 TAG=", env: dev" MAX_CPU="32 vCPU" the_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal STOPPED "$(got state)" &&
	test_equal "emr-7.2.0" "$(got releaseLabel)" &&
	test_equal 45 "$(got autoStopConfiguration.idleTimeoutMinutes)" &&
	test_equal "32 vCPU" "$(got maximumCapacity.cpu)" &&
	test_equal dev "$(got tags.env)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI shows in plan and apply undoes it' '
	export RELEASE=emr-7.2.0 IDLE=45 TAG=", env: dev" MAX_CPU="32 vCPU" &&
	emrs update-application --application-id "$(app)" --client-token drift1 \
		--auto-stop-configuration enabled=true,idleTimeoutMinutes=60 >/dev/null &&
	emrs tag-resource --resource-arn "$(got arn)" --tags extra=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\"idle_timeout_minutes\" *= 60 -> 45" &&
	test_match out "\"extra\" *= \"x\" -> null" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 45 "$(got autoStopConfiguration.idleTimeoutMinutes)" &&
	test_equal None "$(got tags.extra)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by the application id' '
	export RELEASE=emr-7.2.0 IDLE=45 TAG=", env: dev" MAX_CPU="32 vCPU" &&
	id=$(app) &&
	terrace state rm spark >out 2>err &&
	terrace import spark "$id" >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy stops a started application and deletes it' '
	export RELEASE=emr-7.2.0 IDLE=45 TAG=", env: dev" MAX_CPU="32 vCPU" &&
	id=$(app) &&
	emrs start-application --application-id "$id" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal TERMINATED "$(emrs get-application --application-id "$id" --query application.state --output text)"
'

test_expect_success 'sweep finds a lab'"'"'s application by its tags and deletes it' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t0216
	resources:
	  a: {type: aws.emrserverless.application, name: t0216-lab, release_label: emr-7.1.0,
	      application_type: HIVE}
	YAML
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	id=$(cd lab && json_get terrace.state.json "d[\"resources\"][\"a\"][\"id\"]") &&
	rm -rf lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	awk "\$1 ~ /^aws\\./ {print \$1, \$2}" out >found &&
	test_contains found "aws.emrserverless.application t0216-lab" &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal TERMINATED "$(emrs get-application --application-id "$id" --query application.state --output text)"
'

test_done

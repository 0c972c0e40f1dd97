#!/usr/bin/env bash
# t1250-awscc-names: the awscc types and attributes named as
# terraform-provider-awscc names them (issue 67 point 2; its generator's
# internal/naming at the commit gen_schemas.py pins): a top-level Id is
# <resource>_id (awscc.ec2.transit_gateway's transit_gateway_id,
# awscc.iotfleetwise.fleet's fleet_id), an acronym is one word
# (AWS::CloudWatch::OTelEnrichment is awscc.cloudwatch.otel_enrichment), and
# the names terrace gave them before (id, o_tel_enrichment) are kept as
# aliases: a stack written with them validates, and against a state written
# with them (the release before's: no transit_gateway_id) plans no change.
# Writing a required Id by both names, or by neither, is refused at
# FILE:LINE:COL. The transit gateway goes through moto's Cloud Control.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: names"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'awscc names validate: otel_enrichment, fleet_id, transit_gateway_id' '
	stack <<-\YAML &&
	  otel: {type: awscc.cloudwatch.otel_enrichment}
	  fleet: {type: awscc.iotfleetwise.fleet, fleet_id: f1, signal_catalog_arn: "arn:aws:iotfleetwise:us-east-1:123456789012:signal-catalog/c"}
	  tgw: {type: awscc.ec2.transit_gateway, description: core}
	  peer: {type: awscc.ec2.transit_gateway, description: "${tgw.transit_gateway_id}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)" &&
	test_empty err &&
	terrace providers schema awscc.ec2.transit_gateway >out 2>err &&
	test_contains out "import id: its primary identifier (transit_gateway_id)" &&
	test_match out "^ *id +string +read-only; the old name of transit_gateway_id\$"
'

test_expect_success 'the old names validate too: o_tel_enrichment, id' '
	stack <<-\YAML &&
	  otel: {type: awscc.cloudwatch.o_tel_enrichment}
	  fleet: {type: awscc.iotfleetwise.fleet, id: f1, signal_catalog_arn: "arn:aws:iotfleetwise:us-east-1:123456789012:signal-catalog/c"}
	  tgw: {type: awscc.ec2.transit_gateway, description: core}
	  peer: {type: awscc.ec2.transit_gateway, description: "${tgw.id}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)" &&
	test_empty err
'

test_expect_success 'a required Id by both names, or by neither, is refused at FILE:LINE:COL' '
	stack <<-\YAML &&
	  both: {type: awscc.iotfleetwise.fleet, id: f1, fleet_id: f1, signal_catalog_arn: "arn:aws:iotfleetwise:us-east-1:123456789012:signal-catalog/c"}
	  none: {type: awscc.iotfleetwise.fleet, signal_catalog_arn: "arn:aws:iotfleetwise:us-east-1:123456789012:signal-catalog/c"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:3:42: error: resource \"both\" (awscc.iotfleetwise.fleet): id: is the old name of fleet_id, which is set too: write one of them (AWS::IoTFleetWise::Fleet'"'"'s schema)" &&
	test_line err "./stack.yaml:4:3: error: resource \"none\" (awscc.iotfleetwise.fleet): the required property fleet_id is not set (AWS::IoTFleetWise::Fleet'"'"'s schema)"
'

start_moto || test_fail_setup "moto did not start"
use_server moto

test_expect_success 'a transit gateway applies; ${tgw.transit_gateway_id} is its id' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-\YAML &&
	resources:
	  tgw: {type: awscc.ec2.transit_gateway, description: core}
	outputs:
	  now: {value: "${tgw.transit_gateway_id}"}
	  old: {value: "${tgw.id}"}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	id=$(json_get terrace.state.json "d[\"resources\"][\"tgw\"][\"id\"]") &&
	case "$id" in tgw-*) ;; *) false ;; esac &&
	test_line out "now = \"$id\"" &&
	test_line out "old = \"$id\"" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a state written with the old names alone (no transit_gateway_id) plans no change' '
	python3 -S - <<-\EOF &&
	import json
	d = json.load(open("terrace.state.json"))
	a = d["resources"]["tgw"]["attributes"]
	assert a.pop("transit_gateway_id") == a["id"]
	del d["outputs"]["now"]
	json.dump(d, open("terrace.state.json", "w"), indent=2)
	EOF
	sed -i "/now:/d" stack.yaml &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!"
'

test_done

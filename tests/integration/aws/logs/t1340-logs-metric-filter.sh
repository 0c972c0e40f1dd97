#!/usr/bin/env bash
# t1340-logs-metric-filter: aws.logs.metric_filter against moto (the type
# added by its types.def line, its file, this test and its prose: issue 70) —
# a filter counting a log group's ERROR events: every attribute read back
# with the AWS CLI, planned again as no change, its pattern and metric changed
# in place with the same PutMetricFilter (one filter, not two), drift made
# with the AWS CLI shown and undone, import by LOG_GROUP:NAME, a filter of the
# name already there refused before PutMetricFilter (which would replace it),
# a group that is not there refused at plan, destroy leaving none and
# a filter deleted outside terrace destroyed as gone. The lost answer of a
# PutMetricFilter is t0810's (its creates table).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

logs () { s3 logs "$@"; }

# filter_field FIELD: one field of filter errors in /pipeline/nightly.
filter_field () {
	logs describe-metric-filters --log-group-name /pipeline/nightly --filter-name-prefix errors \
		--query "metricFilters[?filterName==\`errors\`] | [0].$1" --output text
}

filter_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  nightly:
	    type: aws.logs.log_group
	    name: /pipeline/nightly
	  errors:
	    type: aws.logs.metric_filter
	    name: errors
	    log_group_name: \${nightly.name}
	    pattern: '${PATTERN:-ERROR}'
	    metric_transformation:
	      name: ErrorCount
	      namespace: Retail/Pipeline
	      value: '${VALUE:-1}'
	      ${DEFAULT:-default_value: 0}
	YAML
}

test_expect_success 'apply makes the group and the filter; the AWS CLI reads every attribute back' '
	filter_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "ERROR /pipeline/nightly" "$(filter_field "[filterPattern, logGroupName]" | tr "\t" " ")" &&
	test_equal "ErrorCount Retail/Pipeline 1 0" \
		"$(filter_field "metricTransformations[0].[metricName, metricNamespace, metricValue, defaultValue]" | tr "\t" " ")" &&
	test_equal "/pipeline/nightly:errors" "$(json_get terrace.state.json "d[\"resources\"][\"errors\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the pattern and the metric change in place: one filter, the new one' '
	PATTERN="{ \$.level = \"ERROR\" }" VALUE="\$.count" DEFAULT=" " filter_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ pattern *= \"ERROR\" -> " &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 1 "$(logs describe-metric-filters --log-group-name /pipeline/nightly \
		--query "length(metricFilters)")" &&
	test_equal "{ \$.level = \"ERROR\" } \$.count None" \
		"$(filter_field "[filterPattern, metricTransformations[0].metricValue, metricTransformations[0].defaultValue]" | tr "\t" " ")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the AWS CLI is shown and undone' '
	filter_stack &&
	terrace apply -auto-approve >out 2>err &&
	logs put-metric-filter --log-group-name /pipeline/nightly --filter-name errors \
		--filter-pattern WARN --metric-transformations \
		metricName=ErrorCount,metricNamespace=Retail/Pipeline,metricValue=1,defaultValue=0 &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ pattern *= \"WARN\" -> \"ERROR\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal ERROR "$(filter_field filterPattern)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by LOG_GROUP:NAME, then no changes; an id without its group is refused' '
	filter_stack &&
	terrace state rm errors >out 2>err &&
	test_expect_code 1 terrace import errors errors >out 2>err &&
	test_contains err "aws.logs.metric_filter: errors is not LOG_GROUP:NAME" &&
	terrace import errors /pipeline/nightly:errors >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a filter of the name already there is refused, not replaced: PutMetricFilter would overwrite it' '
	mkdir theirs &&
	logs put-metric-filter --log-group-name /pipeline/nightly --filter-name theirs \
		--filter-pattern FATAL --metric-transformations \
		metricName=Fatal,metricNamespace=Other,metricValue=1 &&
	write_stack theirs/stack.yaml &&
	cat >>theirs/stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.logs.metric_filter, name: theirs, log_group_name: /pipeline/nightly,
	      pattern: ERROR, metric_transformation: {name: m, namespace: n, value: "1"}}
	YAML
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "metric filter /pipeline/nightly:theirs already exists but is not in this state: import it or choose another name" &&
	test_equal "FATAL Other" "$(logs describe-metric-filters --log-group-name /pipeline/nightly \
		--filter-name-prefix theirs --query "metricFilters[0].[filterPattern, metricTransformations[0].metricNamespace]" \
		--output text | tr "\t" " ")" &&
	logs delete-metric-filter --log-group-name /pipeline/nightly --filter-name theirs
'

test_expect_success 'a filter on a group that is not there is refused at plan (the group'"'"'s kind, from its twin), nothing recorded' '
	mkdir nogroup &&
	write_stack nogroup/stack.yaml &&
	cat >>nogroup/stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.logs.metric_filter, name: f, log_group_name: /not/there,
	      pattern: ERROR, metric_transformation: {name: m, namespace: n, value: "1"}}
	YAML
	(cd nogroup && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "aws.logs.metric_filter: log_group_name: \"/not/there\" is a log group'"'"'s name that AWS does not have" &&
	(cd nogroup && terrace state list >../out 2>../err) &&
	test_equal 0 "$(wc -l <out)"
'

test_expect_success 'destroy leaves no filter; one deleted outside terrace is destroyed as gone' '
	filter_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	filter_stack &&
	terrace apply -auto-approve >out 2>err &&
	logs delete-metric-filter --log-group-name /pipeline/nightly --filter-name errors &&
	terrace destroy -auto-approve -refresh=false >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(logs describe-metric-filters --query "length(metricFilters)")"
'

test_done

#!/usr/bin/env bash
# t1470-logs-log-stream: aws.logs.log_stream against moto (the type added by
# its file, its types.def line, this test, its card and its prose: issue 70's
# count) — a stream in a log group read back with the AWS CLI, planned again
# as no change, a change of its name replacing it (the old one gone), import
# by LOG_GROUP:NAME (a bare name and one with a second ':' refused), a stream
# of the name already there refused and left as it was (it takes no tags: no
# earlier attempt of this create made it), a group that is not there refused
# at plan, destroy leaving none and a stream deleted outside terrace
# destroyed as gone. The lost answer of a CreateLogStream, adopted by its
# creationTime, is t0810's (the type's card).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

logs () { s3 logs "$@"; }

# streams: the names of /pipeline/nightly's streams, one line.
streams () {
	logs describe-log-streams --log-group-name /pipeline/nightly \
		--query "logStreams[].logStreamName" --output text
}

stream_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  nightly:
	    type: aws.logs.log_group
	    name: /pipeline/nightly
	  loader:
	    type: aws.logs.log_stream
	    name: ${STREAM:-loader/etl.log}
	    log_group_name: \${nightly.name}
	YAML
}

test_expect_success 'apply makes the group and the stream; the AWS CLI finds it, its ARN is recorded' '
	stream_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal "loader/etl.log" "$(streams)" &&
	test_equal "/pipeline/nightly:loader/etl.log" "$(json_get terrace.state.json "d[\"resources\"][\"loader\"][\"id\"]")" &&
	test_equal "$(logs describe-log-streams --log-group-name /pipeline/nightly --query "logStreams[0].arn" --output text)" \
		"$(json_get terrace.state.json "d[\"resources\"][\"loader\"][\"attributes\"][\"arn\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new name replaces the stream: the old one is gone, the new one there' '
	STREAM=loader/etl-2.log stream_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	test_equal "loader/etl-2.log" "$(streams)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by LOG_GROUP:NAME, then no changes; a bare name or a second colon is refused' '
	STREAM=loader/etl-2.log stream_stack &&
	terrace state rm loader >out 2>err &&
	test_expect_code 1 terrace import loader etl-2.log >out 2>err &&
	test_contains err "aws.logs.log_stream: etl-2.log is not LOG_GROUP:NAME" &&
	test_expect_code 1 terrace import loader /pipeline/nightly:a:b >out 2>err &&
	test_contains err "aws.logs.log_stream: /pipeline/nightly:a:b is not LOG_GROUP:NAME" &&
	terrace import loader /pipeline/nightly:loader/etl-2.log >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a stream of the name already there is refused and left as it was: no attempt of this create made it' '
	mkdir theirs &&
	logs create-log-stream --log-group-name /pipeline/nightly --log-stream-name theirs &&
	logs put-log-events --log-group-name /pipeline/nightly --log-stream-name theirs \
		--log-events timestamp=$(($(date +%s) * 1000)),message=kept >/dev/null &&
	write_stack theirs/stack.yaml &&
	cat >>theirs/stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.logs.log_stream, name: theirs, log_group_name: /pipeline/nightly}
	YAML
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "a log stream /pipeline/nightly:theirs already exists but is not in this state: import it or choose another name" &&
	(cd theirs && terrace state list >../out 2>../err) &&
	test_equal 0 "$(wc -l <out)" &&
	test_equal kept "$(logs get-log-events --log-group-name /pipeline/nightly --log-stream-name theirs \
		--query "events[0].message" --output text)" &&
	logs delete-log-stream --log-group-name /pipeline/nightly --log-stream-name theirs
'

test_expect_success 'a stream in a group that is not there is refused at plan (the group'"'"'s kind, from its twin), nothing recorded' '
	mkdir nogroup &&
	write_stack nogroup/stack.yaml &&
	cat >>nogroup/stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.logs.log_stream, name: s, log_group_name: /not/there}
	YAML
	(cd nogroup && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "aws.logs.log_stream: log_group_name: \"/not/there\" is a log group'"'"'s name that AWS does not have" &&
	(cd nogroup && terrace state list >../out 2>../err) &&
	test_equal 0 "$(wc -l <out)"
'

test_expect_success 'destroy leaves no stream; one deleted outside terrace is destroyed as gone' '
	stream_stack &&
	terrace apply -auto-approve >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(logs describe-log-groups --log-group-name-prefix /pipeline/nightly --query "length(logGroups)")" &&
	stream_stack &&
	terrace apply -auto-approve >out 2>err &&
	logs delete-log-stream --log-group-name /pipeline/nightly --log-stream-name loader/etl.log &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "# loader will be created (it was deleted outside terrace)" &&
	terrace destroy -auto-approve -refresh=false >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed."
'

test_done

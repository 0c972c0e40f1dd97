#!/usr/bin/env bash
# t1650-convert-cdk: a template as `cdk synth` writes it
# (t1650/pipeline.template.json: a landing bucket whose uploads invoke a
# function, a Glue table, a Firehose stream logging to its own log stream,
# the CDK's custom resources, its bootstrap version check and metadata),
# converted as a CDK user expects (issue 86 point 5): Ref of a log stream is
# the stream's name, as CloudFormation's Ref of AWS::Logs::LogStream is.
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1650
f=$here/pipeline.template.json

test_expect_success 'convert the CDK template' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$f" >out 2>err
'

test_expect_success 'Ref of a log stream is its name, with no warning (the Firehose logs to the stream made)' '
	test_line s/stack.yaml "log_stream_name: \${DeliveryLogsS3Destination2E3F4A5B.log_stream_name}" &&
	test_line s/stack.yaml "value: \${DeliveryLogsS3Destination2E3F4A5B.log_stream_name}" &&
	test_not_contains err "Ref DeliveryLogsS3Destination2E3F4A5B"
'

test_done

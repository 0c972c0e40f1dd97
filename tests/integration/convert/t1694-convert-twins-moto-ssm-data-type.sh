#!/usr/bin/env bash
# t1694-convert-twins-moto-ssm-data-type: the harness's moto patch
# ssm_integration_data_type.py, proven with botocore (not terrace) against
# the patched moto: PutParameter takes DataType aws:ssm:integration, as
# AWS's API reference lists it (terraform-aws-ssm-parameter's
# examples/complete, issue 86's held-out set, writes one), GetParameter
# answers it as sent, and a data type AWS does not list is still refused.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"

cat >probe.py <<'EOF_PY'
import os
import sys

import boto3
import botocore.exceptions

ssm = boto3.client("ssm", endpoint_url=os.environ["ENDPOINT"], region_name="us-east-1",
                   aws_access_key_id="AKIAMOTOUNCHECKED000",
                   aws_secret_access_key="moto-accepts-any-secret")
name, data_type = sys.argv[1], sys.argv[2]
try:
    ssm.put_parameter(Name=name, Value="https://hooks.example.com/x", Type="SecureString",
                      DataType=data_type)
except botocore.exceptions.ClientError as e:
    print("error %s: %s" % (e.response["Error"]["Code"], e.response["Error"].get("Message")))
    sys.exit(0)
print("data type: %s" % ssm.get_parameter(Name=name)["Parameter"]["DataType"])
EOF_PY

probe () {
	ENDPOINT=$MOTO_ENDPOINT python3 probe.py "$@"
}

test_expect_success 'PutParameter takes DataType aws:ssm:integration and GetParameter answers it' '
	probe /pipeline/integrations/webhook/hook aws:ssm:integration >out &&
	test_contains out "data type: aws:ssm:integration"
'

test_expect_success 'text still goes, and a data type AWS does not list is still refused' '
	probe /plain text >out &&
	test_contains out "data type: text" &&
	probe /other aws:ssm:other >out &&
	test_contains out "error ValidationException"
'

test_done

#!/usr/bin/env bash
# t1691-moto-twins-serverless: the harness's moto patches that let the
# Terraform corpus's serverless examples (terraform-aws-lambda,
# -step-functions, -eventbridge, -sns, -sqs, -kms) apply on moto
# (tests/twins, issue 86), proven with botocore (not terrace) against the
# patched moto, each answer read through the service's own API; each step
# fails with its patch moved aside:
#   - sfn_validate_definition_list_versions.py: ValidateStateMachineDefinition
#     (OK for a good definition; FAIL with INVALID_JSON_DESCRIPTION,
#     SCHEMA_VALIDATION_FAILED or MISSING_TRANSITION_TARGET and where, a
#     nested branch's too; maxResults truncating) and
#     ListStateMachineVersions (newest first, a page of one and its token,
#     none for a machine never published, a malformed ARN refused).
#   - cloudformation_amazonmq_broker.py: Cloud Control's
#     AWS::AmazonMQ::Broker (lambda event-source-mapping's broker), as
#     DescribeBroker answers it, and its delete.

. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"
(error answers as "error CODE")."""
import json

from probe_base import cc, client, done, err, outcome, show  # noqa: F401


def sfn_validate_and_versions():
    """Step Functions: ValidateStateMachineDefinition and
    ListStateMachineVersions (sfn_validate_definition_list_versions.py)."""
    sfn = client("stepfunctions")
    good = {"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "Next": "World"},
                                           "World": {"Type": "Pass", "End": True}}}

    def validate(label, definition, **kw):
        r = sfn.validate_state_machine_definition(definition=definition, **kw)
        show(label, "%s %s %s" % (r["result"], [(d["severity"], d["code"], d.get("location"))
                                                for d in r["diagnostics"]], r.get("truncated")))
    validate("validate good", json.dumps(good), type="EXPRESS")
    validate("validate not json", "{not json")
    validate("validate unknown type", json.dumps(
        {"StartAt": "H", "States": {"H": {"Type": "Bogus", "End": True}}}))
    validate("validate missing start", json.dumps(
        {"StartAt": "Nowhere", "States": {"H": {"Type": "Pass", "End": True}}}))
    nested = {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": True, "Branches": [
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Gone"}}},
        {"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "Away"}}}]}}}
    validate("validate nested", json.dumps(nested))
    validate("validate nested, one result", json.dumps(nested), maxResults=1)

    role = "arn:aws:iam::123456789012:role/sfn"
    arn = sfn.create_state_machine(name="versioned", definition=json.dumps(good), roleArn=role,
                                   publish=True)["stateMachineArn"]
    good["States"]["Hello"]["Comment"] = "second"
    sfn.update_state_machine(stateMachineArn=arn, definition=json.dumps(good), publish=True)
    listed = sfn.list_state_machine_versions(stateMachineArn=arn)["stateMachineVersions"]
    show("versions", [v["stateMachineVersionArn"][len(arn):] for v in listed])
    show("versions have dates", all("creationDate" in v for v in listed))
    page = sfn.list_state_machine_versions(stateMachineArn=arn, maxResults=1)
    rest = sfn.list_state_machine_versions(stateMachineArn=arn, maxResults=1, nextToken=page["nextToken"])
    show("versions by pages", "%s %s %s" % ([v["stateMachineVersionArn"][len(arn):] for v in page["stateMachineVersions"]],
                                            [v["stateMachineVersionArn"][len(arn):] for v in rest["stateMachineVersions"]],
                                            "nextToken" in rest))
    plain = sfn.create_state_machine(name="unpublished", definition=json.dumps(good), roleArn=role)["stateMachineArn"]
    show("versions of an unpublished machine", sfn.list_state_machine_versions(
        stateMachineArn=plain)["stateMachineVersions"])
    err("versions of a malformed arn", sfn, "list_state_machine_versions", stateMachineArn="not-an-arn")


def mq_broker():
    """Cloud Control: AWS::AmazonMQ::Broker (cloudformation_amazonmq_broker.py)."""
    mq = client("mq")
    made = done(cc.create_resource(TypeName="AWS::AmazonMQ::Broker", DesiredState=json.dumps({
        "BrokerName": "events", "DeploymentMode": "SINGLE_INSTANCE", "EngineType": "RabbitMQ",
        "EngineVersion": "3.12.13", "HostInstanceType": "mq.t3.micro", "PubliclyAccessible": False,
        "Users": [{"Username": "events", "Password": "not-a-real-secret-1"}],
        "Tags": [{"Key": "team", "Value": "data"}]}))["ProgressEvent"])
    bid = made.get("Identifier", "")
    show("broker through Cloud Control", made["OperationStatus"])
    b = mq.describe_broker(BrokerId=bid)
    show("broker in Amazon MQ", "%s %s %s %s %s %s" % (
        b["BrokerName"], b["EngineType"], b["DeploymentMode"], b["PubliclyAccessible"],
        [u["Username"] for u in b["Users"]], b.get("Tags")))
    read = json.loads(cc.get_resource(TypeName="AWS::AmazonMQ::Broker",
                                      Identifier=bid)["ResourceDescription"]["Properties"])
    show("broker read", "%s %s" % (read.get("Id") == bid, read.get("Arn") == b["BrokerArn"]))
    show("broker delete", outcome(cc.delete_resource(
        TypeName="AWS::AmazonMQ::Broker", Identifier=bid)["ProgressEvent"]))
    show("brokers after delete", [x["BrokerId"] for x in mq.list_brokers()["BrokerSummaries"]])


SECTIONS = [sfn_validate_and_versions, mq_broker]

# Each section alone: one that fails names itself and the others still run.
for section in SECTIONS:
    try:
        section()
    except Exception as e:  # a patch missing: moto's own refusal
        show(section.__name__ + " stopped", repr(e)[:300])
EOF

test_expect_success 'the probe runs against the patched moto' '
	ENDPOINT=$MOTO_ENDPOINT PYTHONPATH="$TEST_HERE/t1688" python3 probe.py >probe.out 2>probe.err ||
	{ cat probe.err; false; }
'

test_expect_success 'Step Functions validates a definition as ValidateStateMachineDefinition answers' '
	test_line probe.out "validate good: OK [] False" &&
	test_line probe.out "validate not json: FAIL [('"'"'ERROR'"'"', '"'"'INVALID_JSON_DESCRIPTION'"'"', None)] False" &&
	test_line probe.out "validate unknown type: FAIL [('"'"'ERROR'"'"', '"'"'SCHEMA_VALIDATION_FAILED'"'"', None)] False" &&
	test_line probe.out "validate missing start: FAIL [('"'"'ERROR'"'"', '"'"'MISSING_TRANSITION_TARGET'"'"', '"'"'/StartAt'"'"')] False" &&
	test_line probe.out "validate nested: FAIL [('"'"'ERROR'"'"', '"'"'MISSING_TRANSITION_TARGET'"'"', '"'"'/States/P/Branches[0]/States/A/Next'"'"'), ('"'"'ERROR'"'"', '"'"'MISSING_TRANSITION_TARGET'"'"', '"'"'/States/P/Branches[1]/States/B/Next'"'"')] False" &&
	test_line probe.out "validate nested, one result: FAIL [('"'"'ERROR'"'"', '"'"'MISSING_TRANSITION_TARGET'"'"', '"'"'/States/P/Branches[0]/States/A/Next'"'"')] True"
'

test_expect_success 'Step Functions lists a state machine'"'"'s versions, newest first' '
	test_line probe.out "versions: ['"'"':2'"'"', '"'"':1'"'"']" &&
	test_line probe.out "versions have dates: True" &&
	test_line probe.out "versions by pages: ['"'"':2'"'"'] ['"'"':1'"'"'] False" &&
	test_line probe.out "versions of an unpublished machine: []" &&
	test_line probe.out "versions of a malformed arn: error InvalidArn"
'

test_expect_success 'Cloud Control makes AWS::AmazonMQ::Broker, as DescribeBroker answers it, and deletes it' '
	test_line probe.out "broker through Cloud Control: SUCCESS" &&
	test_line probe.out "broker in Amazon MQ: events RabbitMQ SINGLE_INSTANCE False ['"'"'events'"'"'] {'"'"'team'"'"': '"'"'data'"'"'}" &&
	test_line probe.out "broker read: True True" &&
	test_line probe.out "broker delete: SUCCESS" &&
	test_line probe.out "brokers after delete: []"
'

test_done

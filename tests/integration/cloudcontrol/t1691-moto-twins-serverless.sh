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
#   - cloudformation_events_connection_api_destination.py: Cloud Control's
#     AWS::Events::Connection and ::ApiDestination (made, read back with
#     their Arn, ArnForPolicy and SecretArn and without the password, read
#     by DescribeConnection and DescribeApiDestination as EventBridge holds
#     them, updated, deleted with the connection's secret, NotFound after).

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


def events_connection_api_destination():
    """Cloud Control: AWS::Events::Connection and ::ApiDestination
    (cloudformation_events_connection_api_destination.py)."""
    events = client("events")
    auth = {"BasicAuthParameters": {"Username": "user", "Password": "hidden-password"},
            "InvocationHttpParameters": {"HeaderParameters": [
                {"Key": "h1", "Value": "v1", "IsValueSecret": False}]}}
    made = done(cc.create_resource(TypeName="AWS::Events::Connection", DesiredState=json.dumps({
        "Name": "orders", "Description": "basic auth", "AuthorizationType": "BASIC",
        "AuthParameters": auth}))["ProgressEvent"])
    show("connection create", made["OperationStatus"] + " " + made.get("Identifier", ""))
    read = json.loads(cc.get_resource(TypeName="AWS::Events::Connection",
                                      Identifier="orders")["ResourceDescription"]["Properties"])
    show("connection arn", read["Arn"].split(":", 5)[5].rsplit("/", 1)[0])
    show("connection arn for policy", read["ArnForPolicy"] == read["Arn"].rsplit("/", 1)[0])
    show("connection secret", read["SecretArn"].split(":")[6].startswith("events!connection/orders/"))
    show("connection password read back", "hidden-password" in json.dumps(read))
    described = events.describe_connection(Name="orders")
    show("connection described", "%s %s %s %s" % (described["ConnectionArn"] == read["Arn"],
                                                   described["AuthorizationType"], described["Description"],
                                                   described["ConnectionState"]))
    dest = done(cc.create_resource(TypeName="AWS::Events::ApiDestination", DesiredState=json.dumps({
        "Name": "orders-bin", "ConnectionArn": read["Arn"], "InvocationEndpoint": "https://example.com/in",
        "HttpMethod": "POST", "InvocationRateLimitPerSecond": 20}))["ProgressEvent"])
    show("destination create", dest["OperationStatus"] + " " + dest.get("Identifier", ""))
    dread = json.loads(cc.get_resource(TypeName="AWS::Events::ApiDestination",
                                       Identifier="orders-bin")["ResourceDescription"]["Properties"])
    show("destination arn", dread["Arn"].split(":", 5)[5].rsplit("/", 1)[0] + " " +
         str(dread["ArnForPolicy"] == dread["Arn"].rsplit("/", 1)[0]))
    show("destination update", outcome(cc.update_resource(
        TypeName="AWS::Events::ApiDestination", Identifier="orders-bin", PatchDocument=json.dumps([
            {"op": "replace", "path": "/InvocationRateLimitPerSecond", "value": 40}]))["ProgressEvent"]))
    d = events.describe_api_destination(Name="orders-bin")
    show("destination described", "%s %s %s %s" % (d["ConnectionArn"] == read["Arn"], d["HttpMethod"],
                                                    d["InvocationEndpoint"], d["InvocationRateLimitPerSecond"]))
    show("destination delete", outcome(cc.delete_resource(TypeName="AWS::Events::ApiDestination",
                                                          Identifier="orders-bin")["ProgressEvent"]))
    err("destination described after delete", events, "describe_api_destination", Name="orders-bin")
    show("connection delete", outcome(cc.delete_resource(TypeName="AWS::Events::Connection",
                                                         Identifier="orders")["ProgressEvent"]))
    err("connection secret after delete", client("secretsmanager"), "describe_secret",
        SecretId=read["SecretArn"])
    try:
        show("connection delete again", outcome(cc.delete_resource(
            TypeName="AWS::Events::Connection", Identifier="orders")["ProgressEvent"]))
    except cc.exceptions.ClientError as e:
        show("connection delete again", "error " + e.response["Error"]["Code"])


SECTIONS = [sfn_validate_and_versions, events_connection_api_destination]

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

test_expect_success 'Cloud Control makes, reads, updates and deletes an EventBridge connection and API destination' '
	test_line probe.out "connection create: SUCCESS orders" &&
	test_line probe.out "connection arn: connection/orders" &&
	test_line probe.out "connection arn for policy: True" &&
	test_line probe.out "connection secret: True" &&
	test_line probe.out "connection password read back: False" &&
	test_line probe.out "connection described: True BASIC basic auth AUTHORIZED" &&
	test_line probe.out "destination create: SUCCESS orders-bin" &&
	test_line probe.out "destination arn: api-destination/orders-bin True" &&
	test_line probe.out "destination update: SUCCESS" &&
	test_line probe.out "destination described: True POST https://example.com/in 40" &&
	test_line probe.out "destination delete: SUCCESS" &&
	test_line probe.out "destination described after delete: error ResourceNotFoundException" &&
	test_line probe.out "connection delete: SUCCESS" &&
	test_line probe.out "connection secret after delete: error ResourceNotFoundException" &&
	test_line probe.out "connection delete again: FAILED NotFound"
'

test_done

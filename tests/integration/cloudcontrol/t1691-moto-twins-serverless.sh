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
#   - cloudformation_events_connection_api_destination.py: Cloud Control's
#     AWS::Events::Connection and ::ApiDestination (made, read back with
#     their Arn, ArnForPolicy and SecretArn and without the password, read
#     by DescribeConnection and DescribeApiDestination as EventBridge holds
#     them, updated, deleted with the connection's secret, NotFound after).
#   - kms_import_key_material.py: an EXTERNAL key is PendingImport until
#     material wrapped with GetParametersForImport's public key is imported
#     (then Enabled, DescribeKey's ExpirationModel and ValidTo; a used or
#     foreign token, bad ciphertext, a ValidTo against the model refused;
#     DeleteImportedKeyMaterial back to PendingImport; a key of KMS's own
#     origin refused).
#   - kms_replicate_key_settings.py: ReplicateKey gives the replica the
#     policy, description and tags asked, grants of its own, REPLICA in its
#     MultiRegionConfiguration (the primary lists it), PendingImport for a
#     replica of an EXTERNAL key; a single-Region key or a Region that holds
#     the key already refused.

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


def kms_import_key_material():
    """KMS: GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial
    (kms_import_key_material.py)."""
    import datetime
    import os

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding
    kms = client("kms")

    def state(key_id):
        m = kms.describe_key(KeyId=key_id)["KeyMetadata"]
        return "%s %s %s %s" % (m["KeyState"], m["Enabled"], m.get("ExpirationModel"), "ValidTo" in m)

    def wrap(params, material):
        public = serialization.load_der_public_key(params["PublicKey"])
        return public.encrypt(material, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()),
                                                     algorithm=hashes.SHA256(), label=None))

    key = kms.create_key(Origin="EXTERNAL", Description="imported")["KeyMetadata"]["KeyId"]
    show("external key made", state(key))
    params = kms.get_parameters_for_import(KeyId=key, WrappingAlgorithm="RSAES_OAEP_SHA_256",
                                           WrappingKeySpec="RSA_2048")
    show("import parameters", "%s %s %s" % (params["KeyId"].endswith(key), len(params["ImportToken"]) > 0,
                                            params["ParametersValidTo"] > datetime.datetime.now(
                                                params["ParametersValidTo"].tzinfo)))
    material = os.urandom(32)
    err("import with ValidTo and no expiry", kms, "import_key_material", KeyId=key,
        ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrap(params, material),
        ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE", ValidTo=datetime.datetime(2099, 1, 1))
    err("import of bad ciphertext", kms, "import_key_material", KeyId=key, ImportToken=params["ImportToken"],
        EncryptedKeyMaterial=b"not wrapped", ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
    err("import", kms, "import_key_material", KeyId=key, ImportToken=params["ImportToken"],
        EncryptedKeyMaterial=wrap(params, material), ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
    show("key after import", state(key))
    blob = kms.encrypt(KeyId=key, Plaintext=b"hello")["CiphertextBlob"]
    show("imported key decrypts", kms.decrypt(CiphertextBlob=blob)["Plaintext"])
    err("import again with the used token", kms, "import_key_material", KeyId=key,
        ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrap(params, material),
        ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
    err("delete imported material", kms, "delete_imported_key_material", KeyId=key)
    show("key after delete", state(key))
    again = kms.get_parameters_for_import(KeyId=key, WrappingAlgorithm="RSAES_OAEP_SHA_256",
                                          WrappingKeySpec="RSA_2048")
    err("import expiring", kms, "import_key_material", KeyId=key, ImportToken=again["ImportToken"],
        EncryptedKeyMaterial=wrap(again, material), ValidTo=datetime.datetime(2099, 1, 1))
    show("key after expiring import", state(key))
    other = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
    theirs = kms.get_parameters_for_import(KeyId=other, WrappingAlgorithm="RSAES_OAEP_SHA_256",
                                           WrappingKeySpec="RSA_2048")
    err("import with another key's token", kms, "import_key_material", KeyId=key,
        ImportToken=theirs["ImportToken"], EncryptedKeyMaterial=wrap(theirs, material),
        ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
    own = kms.create_key()["KeyMetadata"]["KeyId"]
    err("import parameters of a key of KMS's own material", kms, "get_parameters_for_import", KeyId=own,
        WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")


def kms_replicate_key():
    """KMS: ReplicateKey (kms_replicate_key_settings.py)."""
    kms, there = client("kms"), client("kms", region="eu-west-2")
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "replica", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
        "Action": "kms:*", "Resource": "*"}]})
    primary = kms.create_key(MultiRegion=True, Description="primary")["KeyMetadata"]
    kms.create_grant(KeyId=primary["KeyId"], GranteePrincipal="arn:aws:iam::123456789012:root",
                     Operations=["Decrypt"])
    out = kms.replicate_key(KeyId=primary["KeyId"], ReplicaRegion="eu-west-2", Policy=policy,
                            Description="the replica", Tags=[{"TagKey": "team", "TagValue": "data"}])
    show("replica answer", "%s %s %s" % (out["ReplicaKeyMetadata"]["Arn"].split(":")[3],
                                         json.loads(out["ReplicaPolicy"])["Statement"][0]["Sid"],
                                         out["ReplicaTags"]))
    meta = there.describe_key(KeyId=primary["KeyId"])["KeyMetadata"]
    config = meta["MultiRegionConfiguration"]
    show("replica described", "%s %s %s %s" % (meta["Description"], config["MultiRegionKeyType"],
                                               config["PrimaryKey"]["Region"],
                                               [r["Region"] for r in config["ReplicaKeys"]]))
    show("replica policy", json.loads(there.get_key_policy(KeyId=primary["KeyId"], PolicyName="default")[
        "Policy"])["Statement"][0]["Sid"])
    show("replica tags", there.list_resource_tags(KeyId=primary["KeyId"])["Tags"])
    show("replica grants", len(there.list_grants(KeyId=primary["KeyId"])["Grants"]))
    pmeta = kms.describe_key(KeyId=primary["KeyId"])["KeyMetadata"]
    show("primary after", "%s %s %s" % (pmeta["Description"], pmeta["MultiRegionConfiguration"]["MultiRegionKeyType"],
                                        [r["Region"] for r in pmeta["MultiRegionConfiguration"]["ReplicaKeys"]]))
    err("replicate into a region that holds it", kms, "replicate_key", KeyId=primary["KeyId"],
        ReplicaRegion="eu-west-2")
    single = kms.create_key()["KeyMetadata"]["KeyId"]
    err("replicate a single-region key", kms, "replicate_key", KeyId=single, ReplicaRegion="eu-west-2")
    external = kms.create_key(MultiRegion=True, Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
    kms.replicate_key(KeyId=external, ReplicaRegion="eu-west-2")
    m = there.describe_key(KeyId=external)["KeyMetadata"]
    show("replica of an external key", "%s %s" % (m["KeyState"], m["Origin"]))


SECTIONS = [sfn_validate_and_versions, mq_broker, events_connection_api_destination,
            kms_import_key_material, kms_replicate_key]

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

test_expect_success 'KMS imports key material into an EXTERNAL key as ImportKeyMaterial does' '
	test_line probe.out "external key made: PendingImport False None False" &&
	test_line probe.out "import parameters: True True True" &&
	test_line probe.out "import with ValidTo and no expiry: error ValidationException" &&
	test_line probe.out "import of bad ciphertext: error InvalidCiphertextException" &&
	test_line probe.out "import: ok" &&
	test_line probe.out "key after import: Enabled True KEY_MATERIAL_DOES_NOT_EXPIRE False" &&
	test_line probe.out "imported key decrypts: b'"'"'hello'"'"'" &&
	test_line probe.out "import again with the used token: error InvalidImportTokenException" &&
	test_line probe.out "delete imported material: ok" &&
	test_line probe.out "key after delete: PendingImport False None False" &&
	test_line probe.out "import expiring: ok" &&
	test_line probe.out "key after expiring import: Enabled True KEY_MATERIAL_EXPIRES True" &&
	test_line probe.out "import with another key'"'"'s token: error InvalidImportTokenException" &&
	test_line probe.out "import parameters of a key of KMS'"'"'s own material: error UnsupportedOperationException"
'

test_expect_success 'KMS makes a replica with the policy, description and tags asked' '
	test_line probe.out "replica answer: eu-west-2 replica [{'"'"'TagKey'"'"': '"'"'team'"'"', '"'"'TagValue'"'"': '"'"'data'"'"'}]" &&
	test_line probe.out "replica described: the replica REPLICA us-east-1 ['"'"'eu-west-2'"'"']" &&
	test_line probe.out "replica policy: replica" &&
	test_line probe.out "replica tags: [{'"'"'TagKey'"'"': '"'"'team'"'"', '"'"'TagValue'"'"': '"'"'data'"'"'}]" &&
	test_line probe.out "replica grants: 0" &&
	test_line probe.out "primary after: primary PRIMARY ['"'"'eu-west-2'"'"']" &&
	test_line probe.out "replicate into a region that holds it: error AlreadyExistsException" &&
	test_line probe.out "replicate a single-region key: error UnsupportedOperationException" &&
	test_line probe.out "replica of an external key: PendingImport EXTERNAL"
'

test_done

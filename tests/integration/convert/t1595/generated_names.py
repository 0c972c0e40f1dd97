"""t1595/generated_names.py: tests/twins/normalise.py's compare() on
inventories as the CDK corpus's templates leave them: two buckets the
template leaves unnamed, named by moto's CloudFormation STACK-LOGICALID-SUFFIX
in lower case in the original's and by Cloud Control
cloudcontrol-resource-SUFFIX in the twin's, a Glue table named by terrace
STACK-LOGICALID-HASH, each inside a policy, a condition, an ARN and an
environment variable, and a bucket notification whose Id S3 generated in the
original's and terrace in the twin's, and a Glue security configuration
named after the stack's id (CloudFormation's and terrace's). Prints each case and its difference
lines (none: "same").
"""
import sys

sys.path.insert(0, sys.argv[1])
import normalise  # noqa: E402

STACK = "s3lam-no-arguments"
SOURCE, LOGS = STACK + "-tests3lambdas3bucketbe7c1b8e-tojmyi0oyxl3", STACK + "-tests3lambdas3loggingbucket0c3b-j5le8ruuia9y"
TABLE = STACK + "-gluetable-0h9lwfirbi2m"
S3_ID = "Rvy2pjZZ08EJJYnlLSZwCNRVxX3LAawVXcvaCAVHIwar9k9v8z"


def bucket(name, logs, versioning="Enabled", notification_id=None):
    attrs = {"versioning": {"Status": versioning},
             "policy": {"Version": "2012-10-17", "Statement": [{
                 "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*",
                 "Resource": ["arn:aws:s3:::" + name, "arn:aws:s3:::" + name + "/*"]}]}}
    if logs:
        attrs["logging"] = {"TargetBucket": logs, "TargetPrefix": ""}
    if notification_id:
        attrs["notification"] = {"LambdaFunctionConfigurations": [{
            "Id": notification_id, "Events": ["s3:ObjectCreated:*"],
            "LambdaFunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:f"}]}
    return {"type": "s3.bucket", "name": name, "attrs": attrs}


def logging_bucket(name, source):
    b = bucket(name, None)
    b["attrs"]["policy"]["Statement"].append({
        "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject",
        "Resource": "arn:aws:s3:::" + name + "/*", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::" + source}}})
    return b


def function(name, role, source, table):
    return {"type": "lambda.function", "name": name, "attrs": {
        "Environment": {"Variables": {"S3_BUCKET_NAME": source}},
        "Role": "arn:aws:iam::123456789012:role/" + role,
        "policy": {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "glue:GetTable",
            "Resource": "arn:aws:glue:us-east-1:123456789012:table/db/" + table}]}}}


ORIGINAL_FUNCTION = (STACK + "-tests3lambdaLambdaFunctionB56B7023-4POOCGT3NFE5",
                     STACK + "-tests3lambdaLambdaFunctionServiceRoleA74F4427-C3MZO7XJHZ6Y")
ORIGINAL = [bucket(SOURCE, LOGS, notification_id=S3_ID), logging_bucket(LOGS, SOURCE),
            function(*ORIGINAL_FUNCTION, SOURCE, TABLE)]
CC_SOURCE, CC_LOGS = "cloudcontrol-resource-egkpq1nvr12t", "cloudcontrol-resource-bf1zjj2863ji"
TERRACE_TABLE = "terrace-gluetable-76ae0dbd"
FUNCTION = ("CloudControl-Resource-K6BZIFER65RW", "CloudControl-Resource-ETJYWE8SW3NT")


def case(title, twin, original=ORIGINAL):
    lines = normalise.compare(original, twin)
    print(title + ": " + ("same" if not lines else "differ"))
    for line in lines:
        print("  " + line)


# listed in the other order, so that the order found does not pair them
case("generated names and ids on both sides", [
    function(*FUNCTION, CC_SOURCE, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")])
case("a difference beside them", [
    function(*FUNCTION, CC_SOURCE, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, versioning="Suspended", notification_id="lambda_function-1")])
case("the logging bucket's condition names itself, not its source", [
    function(*FUNCTION, CC_SOURCE, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_LOGS),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")])
case("the function names the logging bucket", [
    function(*FUNCTION, CC_LOGS, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")])
case("a table of another logical id", [
    function(*FUNCTION, CC_SOURCE, "terrace-othertable-76ae0dbd"), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")])
case("a bucket the user named", [
    function(*FUNCTION, CC_SOURCE, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")],
    original=[bucket("my-bucket", LOGS, notification_id=S3_ID), logging_bucket(LOGS, "my-bucket"),
              function(*ORIGINAL_FUNCTION, "my-bucket", TABLE)])
case("a notification id of the user's", [
    function(*FUNCTION, CC_SOURCE, TERRACE_TABLE), logging_bucket(CC_LOGS, CC_SOURCE),
    bucket(CC_SOURCE, CC_LOGS, notification_id="lambda_function-1")],
    original=[bucket(SOURCE, LOGS, notification_id="on-upload"), logging_bucket(LOGS, SOURCE),
              function(*ORIGINAL_FUNCTION, SOURCE, TABLE)])


def security_configuration(name):
    return {"type": "glue.security_configuration", "name": name, "attrs": {"EncryptionConfiguration": {}}}


STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/%s/%s"
case("stack ids", [security_configuration("ETLJobSecurityConfig" + STACK_ID % (
    "terrace", "9d8c7b6a-1111-2222-3333-444455556666"))], original=[security_configuration(
        "ETLJobSecurityConfig" + STACK_ID % (STACK, "0f1e2d3c-aaaa-bbbb-cccc-ddddeeeeffff"))])
case("a name beside a stack id", [security_configuration("JobSecurityConfig" + STACK_ID % (
    "terrace", "9d8c7b6a-1111-2222-3333-444455556666"))], original=[security_configuration(
        "ETLJobSecurityConfig" + STACK_ID % (STACK, "0f1e2d3c-aaaa-bbbb-cccc-ddddeeeeffff"))])


def instance(secret_arn):
    return {"type": "rds.db_instance", "name": "complete-mysql", "attrs": {"MasterUserSecret": {
        "SecretArn": secret_arn, "SecretStatus": "active"}}}


SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-ca36af7c-c4be-401c-92d9-be15d67d32d4-"
case("a secret's ARN suffix", [instance(SECRET + "bBKqQL")], original=[instance(SECRET + "HvVUBq")])
case("a secret of another name", [instance(SECRET.replace("rds!db", "rds!dx") + "bBKqQL")],
     original=[instance(SECRET + "HvVUBq")])


def bus(org_id):
    return {"type": "events.event_bus", "name": "external", "attrs": {"Policy": {"Statement": [{
        "Sid": "OrgAccess", "Principal": "*", "Action": "events:PutEvents",
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": org_id}}}]}}}


case("an organization's id", [bus("o-um9lkoav0k")], original=[bus("o-jaierlzttw")])
case("an organization's id beside another value", [bus("o-um9lkoav0k-x")], original=[bus("o-jaierlzttw")])

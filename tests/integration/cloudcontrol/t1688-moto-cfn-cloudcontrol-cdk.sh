#!/usr/bin/env bash
# t1688-moto-cfn-cloudcontrol-cdk: the harness's moto patches that let the
# CDK corpus's templates apply on moto (tests/twins, issue 86), proven with
# botocore (not terrace) against the patched moto, each read back through
# the service's own API:
#   - cloudformation_resource_policies.py: Cloud Control's
#     AWS::S3::BucketPolicy (create, read, AlreadyExists, update, a
#     createOnly Bucket refused, delete, gone when S3 deleted it).
#   - cloudformation_sns_subscription.py: CloudFormation's
#     AWS::SNS::Subscription (a queue subscribed with its attributes, Ref
#     its ARN; an update changes them in place; delete unsubscribes;
#     Cloud Control makes, reads and deletes one by its ARN).
#   - cloudformation_generated_name_lengths.py, cloudformation_event_bus_ref.py:
#     an unnamed state machine of a long stack's name is named within 80;
#     a rule on a bus the stack makes (EventBusName: Ref) is made.
#   - cloudformation_firehose_delivery_stream.py, cloudformation_logs_log_stream.py:
#     a delivery stream to S3 logging to a log stream the stack makes, its
#     generated name within 64, Fn::GetAtt Arn, an update of its
#     destination, delete; a stream and a log stream through Cloud
#     Control (the log stream known as GROUP|STREAM).
#   - cloudformation_cloudwatch_alarm.py: alarms on a metric and on metric
#     math, Ref and Fn::GetAtt Arn, an update, delete; one through Cloud
#     Control.
#   - cloudformation_iot_topic_rule.py: a topic rule whose payload the
#     template writes in PascalCase, its generated name of [A-Za-z0-9_],
#     an update (ReplaceTopicRule), delete.
#   - cloudformation_sqs_fifo_queue_name.py: an unnamed FIFO queue.
#   - cloudformation_iam_role_managed_policies.py: an AWS::IAM::Role made
#     through Cloud Control with its ManagedPolicyArns (an update changes
#     them), without a Description when none is given, its Policies'
#     documents as JSON.
#   - cloudformation_models_cloudcontrol.py: an AWS::KMS::Key's Tags (a
#     stack's and Cloud Control's) and its KeyPolicy as an object; an
#     AWS::Events::Rule known to Cloud Control by its Arn.
#   - cloudformation_glue_catalog_job.py: a Glue database, a table in it, a
#     security configuration and a job naming them, as kinesisstreams-gluejob
#     writes them (generated names, lower case where Glue folds them; a job's
#     JSON arguments as strings), an update, delete; a job through Cloud
#     Control.
#   - applicationautoscaling_tags.py (the Terraform corpus's): a scalable
#     target's tags at RegisterScalableTarget, TagResource, UntagResource,
#     ListTagsForResource.
#   - dynamodb_sse_disabled_no_key.py: a table with SSESpecification Enabled
#     false makes no alias/aws/dynamodb key; Enabled true uses it.
#   - rds_adjacent_backup_maintenance_windows.py: a backup window beginning
#     as the maintenance window ends is taken; overlapping ones refused.
#   - s3_lifecycle_object_size_filter.py: a lifecycle Filter's
#     ObjectSizeGreaterThan and ObjectSizeLessThan, alone and inside And.
#   - s3_object_lock_configuration_existing_objects.py: an Object Lock
#     configuration put on a bucket already holding objects.
#   - rds_describe_option_groups_filters.py: DescribeOptionGroups without
#     OptionGroupName (every group, or those of an engine; none: empty).
#   - sns_data_protection_policy.py: Put/GetDataProtectionPolicy of a topic.
#   - sqs_set_attributes_keeps_policy.py: SetQueueAttributes keeps a Policy
#     it does not name.
#   - cloudformation_security_group_rules.py: Cloud Control's
#     AWS::EC2::SecurityGroupEgress and ::SecurityGroupIngress (an IPv6
#     range, a prefix list, known by the rule's id, a description updated,
#     a rule without a destination refused, revoked at delete).
#   - cloudformation_ec2_prefix_list.py: Cloud Control's AWS::EC2::PrefixList
#     (its entries a version, an update, MaxEntries exceeded, delete).
#   - ssoadmin_tags_and_arn_patterns.py: a permission set's tags
#     (ListTagsForResource, TagResource, UntagResource), its ARN of
#     permissionSet/, and a placeholder instance ARN refused as AWS does.
#   - s3_bucket_analytics_configuration.py: a bucket's analytics
#     configurations put, read, listed and deleted (NoSuchConfiguration).
#   - rds_dbi_resource_id_unique.py: two DB instances and a read replica,
#     three DbiResourceIds, each found by the dbi-resource-id filter.
#   - rds_automated_backups_replication.py: an instance's automated backups
#     replicated to another Region, listed there by ARN and resource id,
#     named by the source, stopped.
#   - cloudformation_rds_db_instance_properties.py: a DB instance made
#     through Cloud Control with MaxAllocatedStorage, log exports and an
#     RDS-managed master password, as DescribeDBInstances shows.
#   - dynamodb_table_replicas.py: a table replicated to another Region
#     (UpdateTable's ReplicaUpdates), its Replicas on both sides, a second
#     replica of a Region refused, the replica deleted.
#   - dynamodb_update_table_sse.py: a table's encryption changed by
#     UpdateTable's SSESpecification (a KMS key, then off), as
#     DescribeTable's SSEDescription shows.
#   - cloudformation_application_autoscaling.py: Cloud Control's
#     AWS::ApplicationAutoScaling::ScalableTarget and ::ScalingPolicy (known
#     as RESOURCE|DIMENSION|NAMESPACE and ARN|DIMENSION, an update, a policy
#     of no target refused, delete).
. "$(dirname "$0")/../lib.sh"

start_moto MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 || test_fail_setup "moto did not start"

cat >probe.py <<'EOF'
"""The patches against moto at $ENDPOINT: one line per check, "LABEL: VALUE"
(error answers as "error CODE")."""
import json
import re
import time

from probe_base import cc, client, done, err, outcome, show  # noqa: F401


cfn = client("cloudformation")


def stack(name, resources, outputs=None, update=False):
    """CreateStack (or UpdateStack) and its end: STATUS, and the first failure's reason."""
    body = json.dumps({"Resources": resources, "Outputs": outputs or {}})
    (cfn.update_stack if update else cfn.create_stack)(StackName=name, TemplateBody=body,
                                                      Capabilities=["CAPABILITY_IAM"])
    while True:
        s = cfn.describe_stacks(StackName=name)["Stacks"][0]
        if not s["StackStatus"].endswith("IN_PROGRESS"):
            break
        time.sleep(0.2)
    failed = [e.get("ResourceStatusReason", "") for e in cfn.describe_stack_events(StackName=name)["StackEvents"]
              if e["ResourceStatus"].endswith("FAILED")]
    return s["StackStatus"] + (" " + failed[0] if failed else "")


def stack_types(name):
    return " ".join(sorted(r["ResourceType"] for r in
                           cfn.list_stack_resources(StackName=name)["StackResourceSummaries"]))


def output(name, key):
    return {o["OutputKey"]: o["OutputValue"] for o in
            cfn.describe_stacks(StackName=name)["Stacks"][0].get("Outputs", [])}.get(key)


def bucket_policy():
    """Cloud Control: AWS::S3::BucketPolicy (cloudformation_resource_policies.py)."""
    s3 = client("s3")
    s3.create_bucket(Bucket="cdk-site")

    def deny(action):
        return {"Version": "2012-10-17", "Statement": [{
            "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": action,
            "Resource": ["arn:aws:s3:::cdk-site", "arn:aws:s3:::cdk-site/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}

    def policy_actions():
        try:
            return json.loads(s3.get_bucket_policy(Bucket="cdk-site")["Policy"])["Statement"][0]["Action"]
        except s3.exceptions.ClientError as e:
            return "error " + e.response["Error"]["Code"]

    desired = json.dumps({"Bucket": "cdk-site", "PolicyDocument": deny("s3:*")})
    event = done(cc.create_resource(TypeName="AWS::S3::BucketPolicy", DesiredState=desired)["ProgressEvent"])
    show("bucket policy create", "%s %s" % (event["OperationStatus"], event.get("Identifier")))
    show("bucket policy in S3", policy_actions())
    got = cc.get_resource(TypeName="AWS::S3::BucketPolicy", Identifier="cdk-site")["ResourceDescription"]
    props = json.loads(got["Properties"])
    show("bucket policy read", "%s %s" % (props["Bucket"], props["PolicyDocument"]["Statement"][0]["Action"]))
    show("bucket policy again", outcome(cc.create_resource(TypeName="AWS::S3::BucketPolicy",
                                                            DesiredState=desired)["ProgressEvent"]))
    show("bucket policy without document", outcome(cc.create_resource(
        TypeName="AWS::S3::BucketPolicy", DesiredState=json.dumps({"Bucket": "cdk-site"}))["ProgressEvent"]))
    show("bucket policy update", outcome(cc.update_resource(
        TypeName="AWS::S3::BucketPolicy", Identifier="cdk-site",
        PatchDocument=json.dumps([{"op": "replace", "path": "/PolicyDocument", "value": deny("s3:GetObject")}]))[
            "ProgressEvent"]))
    show("bucket policy in S3 after update", policy_actions())
    err("bucket policy new bucket", cc, "update_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site", PatchDocument=json.dumps([{"op": "replace", "path": "/Bucket", "value": "other"}]))
    listed = cc.list_resources(TypeName="AWS::S3::BucketPolicy")["ResourceDescriptions"]
    show("bucket policy listed", " ".join(r["Identifier"] for r in listed))
    show("bucket policy delete", outcome(cc.delete_resource(TypeName="AWS::S3::BucketPolicy",
                                                            Identifier="cdk-site")["ProgressEvent"]))
    show("bucket policy in S3 after delete", policy_actions())
    err("bucket policy read after delete", cc, "get_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site")
    done(cc.create_resource(TypeName="AWS::S3::BucketPolicy", DesiredState=desired)["ProgressEvent"])
    s3.delete_bucket_policy(Bucket="cdk-site")
    err("bucket policy read after S3 deleted it", cc, "get_resource", TypeName="AWS::S3::BucketPolicy",
        Identifier="cdk-site")


def sns_subscription():
    """CloudFormation: AWS::SNS::Subscription (cloudformation_sns_subscription.py)."""
    sns = client("sns")
    subscribed = {
        "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "cdk-topic"}},
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "cdk-queue"}},
        "Sub": {"Type": "AWS::SNS::Subscription", "Properties": {
            "TopicArn": {"Ref": "Topic"}, "Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["Queue", "Arn"]},
            "RawMessageDelivery": True, "FilterPolicy": {"color": ["red"]}}}}
    outputs = {"Sub": {"Value": {"Ref": "Sub"}}, "Topic": {"Value": {"Ref": "Topic"}}}
    show("subscription stack", stack("subs", subscribed, outputs))
    show("subscription stack resources", stack_types("subs"))
    topic_arn = output("subs", "Topic")
    subs = sns.list_subscriptions_by_topic(TopicArn=topic_arn)["Subscriptions"]
    show("subscriptions of the topic", " ".join(s["Protocol"] + " " + s["Endpoint"].split(":")[-1] for s in subs))
    show("subscription Ref is its ARN", bool(subs) and subs[0]["SubscriptionArn"] == output("subs", "Sub"))

    def sub_attribute(name):
        arn = sns.list_subscriptions_by_topic(TopicArn=topic_arn)["Subscriptions"][0]["SubscriptionArn"]
        return sns.get_subscription_attributes(SubscriptionArn=arn)["Attributes"].get(name, "")

    if subs:
        show("subscription raw delivery", sub_attribute("RawMessageDelivery"))
        show("subscription filter policy", json.loads(sub_attribute("FilterPolicy")) == {"color": ["red"]})
        subscribed["Sub"]["Properties"]["RawMessageDelivery"] = False
        del subscribed["Sub"]["Properties"]["FilterPolicy"]
        show("subscription stack update", stack("subs", subscribed, outputs, update=True))
        show("subscription raw delivery after update", sub_attribute("RawMessageDelivery"))
        show("subscription filter policy after update", repr(sub_attribute("FilterPolicy")))
        show("subscription same after update", output("subs", "Sub") == sns.list_subscriptions_by_topic(
            TopicArn=topic_arn)["Subscriptions"][0]["SubscriptionArn"])
        cfn.delete_stack(StackName="subs")
        show("subscriptions after delete", len(sns.list_subscriptions()["Subscriptions"]))
    # Cloud Control serves it too, known by its Arn
    topic = sns.create_topic(Name="cc-topic")["TopicArn"]
    desired = json.dumps({"TopicArn": topic, "Protocol": "sqs",
                          "Endpoint": "arn:aws:sqs:us-east-1:123456789012:cdk-queue"})
    event = done(cc.create_resource(TypeName="AWS::SNS::Subscription", DesiredState=desired)["ProgressEvent"])
    arn = event.get("Identifier", "")
    show("subscription through Cloud Control", "%s %s" % (event["OperationStatus"], arn.startswith(topic + ":")))
    props = json.loads(cc.get_resource(TypeName="AWS::SNS::Subscription", Identifier=arn)[
        "ResourceDescription"]["Properties"])
    show("subscription read through Cloud Control", "%s %s" % (props.get("Arn") == arn, props.get("Protocol")))
    show("subscription delete through Cloud Control", outcome(cc.delete_resource(
        TypeName="AWS::SNS::Subscription", Identifier=arn)["ProgressEvent"]))
    show("subscriptions of the topic after", len(sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]))


LONG_STACK = "evtstp-eventbridge-stepfunctions-no-argument-and-more-words-as-the-cdk-names-them"


def state_machine_name_and_bus_ref():
    """CloudFormation: an unnamed state machine's generated name within 80
    (cloudformation_generated_name_lengths.py); Ref of an event bus is its
    name (cloudformation_event_bus_ref.py)."""
    sfn, events = client("stepfunctions"), client("events")
    resources = {
        "testeventbridgestepfunctionsconstructStateMachine08688697": {
            "Type": "AWS::StepFunctions::StateMachine", "Properties": {
                "RoleArn": "arn:aws:iam::123456789012:role/cdk-sfn",
                "DefinitionString": json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})}},
        "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "cdk-bus"}},
        "Rule": {"Type": "AWS::Events::Rule", "Properties": {
            "EventBusName": {"Ref": "Bus"}, "EventPattern": {"source": ["cdk"]}, "State": "ENABLED"}}}
    show("state machine stack", stack(LONG_STACK, resources, {"Bus": {"Value": {"Ref": "Bus"}}}))
    names = [m["name"] for m in sfn.list_state_machines()["stateMachines"]]
    show("state machine names", " ".join("%d %s" % (len(n), n.startswith(LONG_STACK[:20])) for n in names))
    show("event bus Ref", output(LONG_STACK, "Bus"))
    show("rules on the bus", " ".join(r["EventBusName"] for r in events.list_rules(EventBusName="cdk-bus")["Rules"]))


def firehose_delivery_stream():
    """CloudFormation: AWS::KinesisFirehose::DeliveryStream and
    AWS::Logs::LogStream (cloudformation_firehose_delivery_stream.py,
    cloudformation_logs_log_stream.py)."""
    firehose, logs = client("firehose"), client("logs")
    resources = {
        "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "cdk-firehose-dest"}},
        "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"LogGroupName": "cdk-firehose-logs"}},
        "LogsS3Destination": {"Type": "AWS::Logs::LogStream", "Properties": {"LogGroupName": {"Ref": "Logs"}}},
        "testkinesisfirehoses3KinesisFirehoseToS3KinesisFirehose2D9AF4A5": {
            "Type": "AWS::KinesisFirehose::DeliveryStream", "Properties": {
                "ExtendedS3DestinationConfiguration": {
                    "BucketARN": {"Fn::GetAtt": ["Bucket", "Arn"]},
                    "RoleARN": "arn:aws:iam::123456789012:role/cdk-firehose",
                    "BufferingHints": {"IntervalInSeconds": 300, "SizeInMBs": 5},
                    "CloudWatchLoggingOptions": {"Enabled": True, "LogGroupName": {"Ref": "Logs"},
                                                 "LogStreamName": {"Ref": "LogsS3Destination"}}}}}}
    fh = "testkinesisfirehoses3KinesisFirehoseToS3KinesisFirehose2D9AF4A5"
    outputs = {"Arn": {"Value": {"Fn::GetAtt": [fh, "Arn"]}}, "Name": {"Value": {"Ref": fh}},
               "Stream": {"Value": {"Ref": "LogsS3Destination"}}}
    show("delivery stream stack", stack(LONG_STACK + "-fh", resources, outputs))
    show("delivery stream stack resources", stack_types(LONG_STACK + "-fh"))
    name = output(LONG_STACK + "-fh", "Name")
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    show("delivery stream", "%d %s %s" % (len(name), d["DeliveryStreamType"],
                                          d["DeliveryStreamARN"] == output(LONG_STACK + "-fh", "Arn")))
    dest = d["Destinations"][0]["ExtendedS3DestinationDescription"]
    show("delivery stream destination", "%s %s" % (dest["BucketARN"], dest["BufferingHints"]["SizeInMBs"]))
    streams = logs.describe_log_streams(logGroupName="cdk-firehose-logs")["logStreams"]
    show("log stream", " ".join(str(s["logStreamName"] == output(LONG_STACK + "-fh", "Stream")) for s in streams))
    resources[fh]["Properties"]["ExtendedS3DestinationConfiguration"]["BufferingHints"]["SizeInMBs"] = 64
    show("delivery stream stack update", stack(LONG_STACK + "-fh", resources, outputs, update=True))
    d = firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    show("delivery stream buffer after update", "%s %s" % (
        d["Destinations"][0]["ExtendedS3DestinationDescription"]["BufferingHints"]["SizeInMBs"],
        output(LONG_STACK + "-fh", "Name") == name))
    cfn.delete_stack(StackName=LONG_STACK + "-fh")
    show("delivery streams after delete", len(firehose.list_delivery_streams()["DeliveryStreamNames"]))
    desired = json.dumps({"DeliveryStreamName": "cc-stream", "ExtendedS3DestinationConfiguration": {
        "BucketARN": "arn:aws:s3:::cdk-firehose-dest", "RoleARN": "arn:aws:iam::123456789012:role/cdk-firehose"}})
    event = done(cc.create_resource(TypeName="AWS::KinesisFirehose::DeliveryStream",
                                    DesiredState=desired)["ProgressEvent"])
    props = json.loads(cc.get_resource(TypeName="AWS::KinesisFirehose::DeliveryStream", Identifier="cc-stream")[
        "ResourceDescription"]["Properties"])
    show("delivery stream through Cloud Control", "%s %s %s" % (
        event["OperationStatus"], event.get("Identifier"), props.get("Arn") == firehose.describe_delivery_stream(
            DeliveryStreamName="cc-stream")["DeliveryStreamDescription"]["DeliveryStreamARN"]))
    show("delivery stream delete through Cloud Control", outcome(cc.delete_resource(
        TypeName="AWS::KinesisFirehose::DeliveryStream", Identifier="cc-stream")["ProgressEvent"]))
    show("delivery streams after", len(firehose.list_delivery_streams()["DeliveryStreamNames"]))
    logs.create_log_group(logGroupName="cc-logs")
    event = done(cc.create_resource(TypeName="AWS::Logs::LogStream", DesiredState=json.dumps({
        "LogGroupName": "cc-logs", "LogStreamName": "cc-stream"}))["ProgressEvent"])
    show("log stream through Cloud Control", "%s %s %s" % (event["OperationStatus"], event.get("Identifier"), [
        x["logStreamName"] for x in logs.describe_log_streams(logGroupName="cc-logs")["logStreams"]]))
    show("log stream delete through Cloud Control", outcome(cc.delete_resource(
        TypeName="AWS::Logs::LogStream", Identifier="cc-logs|cc-stream")["ProgressEvent"]))
    show("log streams after", len(logs.describe_log_streams(logGroupName="cc-logs")["logStreams"]))


def cloudwatch_alarm():
    """CloudFormation: AWS::CloudWatch::Alarm (cloudformation_cloudwatch_alarm.py)."""
    cw = client("cloudwatch")
    resources = {
        "FunctionErrorsAlarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {
            "AlarmDescription": "errors", "MetricName": "Errors", "Namespace": "AWS/Lambda",
            "Statistic": "Sum", "Period": 300, "EvaluationPeriods": 1, "Threshold": 1,
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
            "Dimensions": [{"Name": "FunctionName", "Value": "f"}]}},
        "MathAlarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {
            "AlarmName": "cdk-math", "EvaluationPeriods": 2, "Threshold": 10,
            "ComparisonOperator": "GreaterThanThreshold", "Metrics": [
                {"Id": "e", "Expression": "m * 2", "ReturnData": True},
                {"Id": "m", "ReturnData": False, "MetricStat": {
                    "Metric": {"MetricName": "Throttles", "Namespace": "AWS/Lambda",
                               "Dimensions": [{"Name": "FunctionName", "Value": "f"}]},
                    "Period": 60, "Stat": "Sum"}}]}}}
    outputs = {"Name": {"Value": {"Ref": "FunctionErrorsAlarm"}},
               "Arn": {"Value": {"Fn::GetAtt": ["FunctionErrorsAlarm", "Arn"]}}}
    show("alarm stack", stack("alarms", resources, outputs))
    name = output("alarms", "Name")
    alarms = {a["AlarmName"]: a for a in cw.describe_alarms()["MetricAlarms"]}
    a = alarms.get(name, {})
    show("alarm", "%s %s %s %s %s" % (name.startswith("alarms-FunctionErrorsAlarm-"), a.get("MetricName"),
                                      a.get("Threshold"), a.get("Dimensions"),
                                      a.get("AlarmArn") == output("alarms", "Arn")))
    m = alarms.get("cdk-math", {})
    show("math alarm", " ".join(q["Id"] for q in m.get("Metrics", [])) + " " + str(
        [q for q in m.get("Metrics", []) if q["Id"] == "m"][0]["MetricStat"]["Metric"]["MetricName"]))
    resources["FunctionErrorsAlarm"]["Properties"]["Threshold"] = 5
    show("alarm stack update", stack("alarms", resources, outputs, update=True))
    a = {x["AlarmName"]: x for x in cw.describe_alarms()["MetricAlarms"]}.get(name, {})
    show("alarm threshold after update", a.get("Threshold"))
    cfn.delete_stack(StackName="alarms")
    show("alarms after delete", len(cw.describe_alarms()["MetricAlarms"]))
    event = done(cc.create_resource(TypeName="AWS::CloudWatch::Alarm", DesiredState=json.dumps({
        "AlarmName": "cc-alarm", "MetricName": "Errors", "Namespace": "AWS/Lambda", "Statistic": "Sum",
        "Period": 60, "EvaluationPeriods": 1, "Threshold": 3,
        "ComparisonOperator": "GreaterThanThreshold"}))["ProgressEvent"])
    show("alarm through Cloud Control", "%s %s %s" % (event["OperationStatus"], event.get("Identifier"),
                                                      [x["Threshold"] for x in cw.describe_alarms(
                                                          AlarmNames=["cc-alarm"])["MetricAlarms"]]))


def topic_rule():
    """CloudFormation: AWS::IoT::TopicRule (cloudformation_iot_topic_rule.py)."""
    iot = client("iot")
    logical = "iotkinesisfirehoses3IotToKinesisFirehoseToS3IotActionsRole"
    resources = {logical: {"Type": "AWS::IoT::TopicRule", "Properties": {"TopicRulePayload": {
        "Sql": "SELECT * FROM 'solutions/constructs'", "RuleDisabled": False,
        "Actions": [{"Firehose": {"DeliveryStreamName": "cdk-stream",
                                  "RoleArn": "arn:aws:iam::123456789012:role/cdk-iot"}}]}}}}
    outputs = {"Rule": {"Value": {"Ref": logical}}, "Arn": {"Value": {"Fn::GetAtt": [logical, "Arn"]}}}
    show("topic rule stack", stack(LONG_STACK + "-iot", resources, outputs))
    name = output(LONG_STACK + "-iot", "Rule")
    got = iot.get_topic_rule(ruleName=name)
    rule = got["rule"]
    show("topic rule", "%s %s %s %s" % (bool(re.fullmatch(r"[A-Za-z0-9_]{1,128}", name)), rule["sql"],
                                        rule["actions"][0]["firehose"]["deliveryStreamName"],
                                        got["ruleArn"] == output(LONG_STACK + "-iot", "Arn")))
    resources[logical]["Properties"]["TopicRulePayload"]["Sql"] = "SELECT * FROM 'solutions/other'"
    show("topic rule stack update", stack(LONG_STACK + "-iot", resources, outputs, update=True))
    show("topic rule after update", iot.get_topic_rule(ruleName=name)["rule"]["sql"])
    cfn.delete_stack(StackName=LONG_STACK + "-iot")
    show("topic rules after delete", len(iot.list_topic_rules()["rules"]))


def fifo_queue():
    """CloudFormation: an unnamed FIFO queue (cloudformation_sqs_fifo_queue_name.py)."""
    sqs = client("sqs")
    show("fifo queue stack", stack(LONG_STACK + "-fifo", {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {
        "FifoQueue": True}}}))
    urls = sqs.list_queues(QueueNamePrefix=LONG_STACK[:20]).get("QueueUrls", [])
    show("fifo queue", " ".join("%s %s %s" % (u.endswith(".fifo"), len(u.rsplit("/", 1)[-1]), sqs.get_queue_attributes(
        QueueUrl=u, AttributeNames=["FifoQueue"])["Attributes"].get("FifoQueue")) for u in urls))


def kms_key_tags():
    """CloudFormation and Cloud Control: an AWS::KMS::Key's Tags and its
    KeyPolicy left out (cloudformation_models_cloudcontrol.py)."""
    kms = client("kms")
    show("key stack", stack("keys", {"Key": {"Type": "AWS::KMS::Key", "Properties": {
        "Tags": [{"Key": "team", "Value": "data"}], "EnableKeyRotation": True}}},
        {"Key": {"Value": {"Ref": "Key"}}}))
    key = output("keys", "Key")
    show("key tags", kms.list_resource_tags(KeyId=key)["Tags"] if key else None)
    event = done(cc.create_resource(TypeName="AWS::KMS::Key", DesiredState=json.dumps({
        "Description": "cc", "Tags": [{"Key": "team", "Value": "ml"}],
        "KeyPolicy": {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
            "Action": "kms:*", "Resource": "*"}]}}))["ProgressEvent"])
    key = event.get("Identifier")
    show("key through Cloud Control", "%s %s" % (event["OperationStatus"], kms.list_resource_tags(
        KeyId=key)["Tags"] if key else event.get("StatusMessage")))
    if key:
        policy = json.loads(kms.get_key_policy(KeyId=key, PolicyName="default")["Policy"])
        show("key policy through Cloud Control", policy["Statement"][0]["Principal"]["AWS"])



def events_rule_arn():
    """Cloud Control: an AWS::Events::Rule is known by its Arn
    (cloudformation_models_cloudcontrol.py)."""
    events = client("events")
    event = done(cc.create_resource(TypeName="AWS::Events::Rule", DesiredState=json.dumps({
        "Name": "cc-rule", "ScheduleExpression": "rate(1 day)"}))["ProgressEvent"])
    arn = events.describe_rule(Name="cc-rule")["Arn"]
    show("rule through Cloud Control", "%s %s" % (event["OperationStatus"], event.get("Identifier") == arn))
    props = json.loads(cc.get_resource(TypeName="AWS::Events::Rule", Identifier=arn)[
        "ResourceDescription"]["Properties"])
    show("rule read through Cloud Control", "%s %s" % (props.get("Arn") == arn, props.get("Name")))
    show("rule delete through Cloud Control", outcome(cc.delete_resource(
        TypeName="AWS::Events::Rule", Identifier=arn)["ProgressEvent"]))
    show("rules after", len(events.list_rules(NamePrefix="cc-rule")["Rules"]))


def glue_catalog_job():
    """CloudFormation: AWS::Glue::Database, AWS::Glue::Table, AWS::Glue::Job
    and AWS::Glue::SecurityConfiguration (cloudformation_glue_catalog_job.py),
    as kinesisstreams-gluejob's templates write them."""
    glue = client("glue")
    resources = {
        "GlueDatabase": {"Type": "AWS::Glue::Database", "Properties": {
            "CatalogId": "123456789012", "DatabaseInput": {"Description": "made by a construct"}}},
        "GlueTable": {"Type": "AWS::Glue::Table", "Properties": {
            "CatalogId": "123456789012", "DatabaseName": {"Ref": "GlueDatabase"}, "TableInput": {
                "Parameters": {"classification": "json"}, "TableType": "EXTERNAL_TABLE",
                "StorageDescriptor": {"Columns": [{"Name": "id", "Type": "int"}], "Location": "cdk-stream"}}}},
        "GlueSecurityConfig": {"Type": "AWS::Glue::SecurityConfiguration", "Properties": {
            "Name": "cdk-security", "EncryptionConfiguration": {"S3Encryptions": [{"S3EncryptionMode": "SSE-S3"}]}}},
        "KinesisETLJob": {"Type": "AWS::Glue::Job", "Properties": {
            "Command": {"Name": "gluestreaming", "PythonVersion": "3", "ScriptLocation": "s3://cdk-assets/job.py"},
            "DefaultArguments": {"--enable-metrics": True, "--database_name": {"Ref": "GlueDatabase"},
                                 "--table_name": {"Ref": "GlueTable"}},
            "GlueVersion": "2.0", "NumberOfWorkers": 2, "WorkerType": "G.1X",
            "Role": "arn:aws:iam::123456789012:role/cdk-glue", "SecurityConfiguration": {"Ref": "GlueSecurityConfig"}}}}
    outputs = {k: {"Value": {"Ref": k}} for k in ("GlueDatabase", "GlueTable", "KinesisETLJob")}
    name = "kinglu-no-arguments"
    show("glue stack", stack(name, resources, outputs))
    db, table, job = (output(name, k) for k in ("GlueDatabase", "GlueTable", "KinesisETLJob"))
    show("glue database", "%s %s %s" % (db == db.lower(), db.startswith(name + "-gluedatabase-"),
                                         glue.get_database(Name=db)["Database"]["Description"]))
    t = glue.get_table(DatabaseName=db, Name=table)["Table"]
    show("glue table", "%s %s %s" % (t["Name"] == table.lower(), t["TableType"],
                                     t["StorageDescriptor"]["Location"]))
    show("glue security configuration", glue.get_security_configuration(Name="cdk-security")[
        "SecurityConfiguration"]["EncryptionConfiguration"]["S3Encryption"][0]["S3EncryptionMode"])
    j = glue.get_job(JobName=job)["Job"]
    show("glue job", "%s %s %s %s %s %s" % (job.startswith(name + "-KinesisETLJob-"), j["Command"]["Name"],
                                            j["WorkerType"], j["SecurityConfiguration"],
                                            j["DefaultArguments"]["--enable-metrics"],
                                            j["DefaultArguments"]["--table_name"] == table))
    resources["KinesisETLJob"]["Properties"]["NumberOfWorkers"] = 5
    resources["GlueDatabase"]["Properties"]["DatabaseInput"]["Description"] = "changed"
    show("glue stack update", stack(name, resources, outputs, update=True))
    show("glue after update", "%s %s %s" % (glue.get_job(JobName=job)["Job"]["NumberOfWorkers"],
                                            glue.get_database(Name=db)["Database"]["Description"],
                                            output(name, "GlueDatabase") == db))
    cfn.delete_stack(StackName=name)
    show("glue after delete", "%d %d %d" % (len(glue.get_databases()["DatabaseList"]),
                                           len(glue.get_jobs()["Jobs"]),
                                           len(glue.get_security_configurations()["SecurityConfigurations"])))
    event = done(cc.create_resource(TypeName="AWS::Glue::Job", DesiredState=json.dumps({
        "Name": "cc-job", "Role": "arn:aws:iam::123456789012:role/cdk-glue",
        "Command": {"Name": "glueetl", "ScriptLocation": "s3://cdk-assets/job.py"},
        "DefaultArguments": {"--enable-metrics": True}}))["ProgressEvent"])
    show("glue job through Cloud Control", "%s %s %s" % (event["OperationStatus"], event.get("Identifier"),
                                                         glue.get_job(JobName="cc-job")["Job"]["DefaultArguments"]))
    show("glue job delete through Cloud Control", outcome(cc.delete_resource(
        TypeName="AWS::Glue::Job", Identifier="cc-job")["ProgressEvent"]))


def iam_role_managed_policies():
    """Cloud Control: an AWS::IAM::Role made with ManagedPolicyArns has them
    attached, an update attaches and detaches, and one made without a
    Description has none (cloudformation_iam_role_managed_policies.py)."""
    iam = client("iam")
    arns = [iam.create_policy(PolicyName=n, PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                                "Resource": "*"}]}))["Policy"]["Arn"]
            for n in ("cc-read", "cc-write")]
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                     "Principal": {"Service": "lambda.amazonaws.com"}}]}
    event = done(cc.create_resource(TypeName="AWS::IAM::Role", DesiredState=json.dumps({
        "RoleName": "cc-role", "AssumeRolePolicyDocument": trust,
        "ManagedPolicyArns": [arns[0]], "Policies": [{"PolicyName": "cc-inline", "PolicyDocument": {
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage",
                                                    "Resource": "*"}]}}]}))["ProgressEvent"])

    def attached():
        return " ".join(sorted(p["PolicyName"] for p in
                               iam.list_attached_role_policies(RoleName="cc-role")["AttachedPolicies"]))
    show("role through Cloud Control", "%s %s" % (event["OperationStatus"], attached()))
    show("role description", iam.get_role(RoleName="cc-role")["Role"].get("Description", "<absent>"))
    document = iam.get_role_policy(RoleName="cc-role", PolicyName="cc-inline")["PolicyDocument"]
    if isinstance(document, str):  # botocore decodes a JSON document; moto's Python text stays
        document = json.loads(document)
    show("role inline policy", document["Statement"][0]["Action"])
    show("role update through Cloud Control", outcome(cc.update_resource(
        TypeName="AWS::IAM::Role", Identifier="cc-role", PatchDocument=json.dumps([
            {"op": "replace", "path": "/ManagedPolicyArns", "value": [arns[1]]}]))["ProgressEvent"]))
    show("role policies after update", attached())


def scalable_target_tags():
    """Application Auto Scaling: a scalable target's tags, given at
    RegisterScalableTarget and changed by TagResource and UntagResource,
    as ListTagsForResource answers them (applicationautoscaling_tags.py)."""
    aas = client("application-autoscaling")
    ddb = client("dynamodb")
    ddb.create_table(TableName="scaled", BillingMode="PROVISIONED",
                     ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
    arn = aas.register_scalable_target(
        ServiceNamespace="dynamodb", ResourceId="table/scaled", ScalableDimension="dynamodb:table:ReadCapacityUnits",
        MinCapacity=5, MaxCapacity=20, Tags={"team": "data"})["ScalableTargetARN"]
    show("scalable target tags", aas.list_tags_for_resource(ResourceARN=arn)["Tags"])
    aas.tag_resource(ResourceARN=arn, Tags={"stage": "test"})
    aas.untag_resource(ResourceARN=arn, TagKeys=["team"])
    show("scalable target tags after tag and untag", aas.list_tags_for_resource(ResourceARN=arn)["Tags"])
    aas.register_scalable_target(
        ServiceNamespace="dynamodb", ResourceId="table/scaled", ScalableDimension="dynamodb:table:ReadCapacityUnits",
        MinCapacity=5, MaxCapacity=30, Tags={"other": "x"})
    show("scalable target tags after an update", aas.list_tags_for_resource(ResourceARN=arn)["Tags"])
    err("scalable target tags of no target", aas, "list_tags_for_resource",
        ResourceARN=arn.rsplit("/", 1)[0] + "/" + "0" * 36)


def dynamodb_sse_key():
    """DynamoDB: a table made with SSESpecification Enabled false makes no
    KMS key; one with Enabled true uses alias/aws/dynamodb's
    (dynamodb_sse_disabled_no_key.py)."""
    # eu-west-1: a region whose account has no key of another section
    ddb, kms = (client(n, "eu-west-1") for n in ("dynamodb", "kms"))

    def make(name, sse):
        ddb.create_table(TableName=name, BillingMode="PAY_PER_REQUEST", SSESpecification=sse,
                         AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                         KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
        return ddb.describe_table(TableName=name)["Table"].get("SSEDescription", {})

    def keys():  # the account's keys (ListAliases names the reserved aliases always)
        return [k["KeyArn"] for k in kms.list_keys()["Keys"]]
    description = make("sse-off", {"Enabled": False})
    show("sse off", "%s %d" % (description.get("Status", "<none>"), len(keys())))
    description = make("sse-on", {"Enabled": True})
    show("sse on", "%s %s" % (description.get("Status"), keys() == [description.get("KMSMasterKeyArn")]))


def rds_adjacent_windows():
    """RDS: a backup window beginning as the maintenance window ends is
    taken; one sharing an hour with it is refused
    (rds_adjacent_backup_maintenance_windows.py)."""
    rds = client("rds")

    def make(label, backup):
        name = label.replace(" ", "-")
        return err(label, rds, "create_db_instance", DBInstanceIdentifier=name, DBInstanceClass="db.t3.micro",
                   Engine="postgres", AllocatedStorage=20, MasterUsername="admin1", MasterUserPassword="secret123",
                   PreferredMaintenanceWindow="Mon:00:00-Mon:03:00", PreferredBackupWindow=backup)
    made = make("rds adjacent windows", "03:00-06:00")
    if made:
        show("rds windows", "%s %s" % (made["DBInstance"]["PreferredMaintenanceWindow"],
                                       made["DBInstance"]["PreferredBackupWindow"]))
    make("rds overlapping windows", "02:00-05:00")


def s3_lifecycle_sizes():
    """S3: a lifecycle rule's Filter keeps ObjectSizeGreaterThan and
    ObjectSizeLessThan, alone and inside And (s3_lifecycle_object_size_filter.py)."""
    s3 = client("s3")
    s3.create_bucket(Bucket="sized-rules")
    s3.put_bucket_lifecycle_configuration(Bucket="sized-rules", LifecycleConfiguration={"Rules": [
        {"ID": "alone", "Status": "Enabled", "Filter": {"ObjectSizeGreaterThan": 100}, "Expiration": {"Days": 3}},
        {"ID": "and", "Status": "Enabled", "Filter": {"And": {
            "Prefix": "log1/", "ObjectSizeGreaterThan": 200000, "ObjectSizeLessThan": 500000,
            "Tags": [{"Key": "some", "Value": "value"}]}}, "NoncurrentVersionExpiration": {"NoncurrentDays": 300}}]})
    for rule in s3.get_bucket_lifecycle_configuration(Bucket="sized-rules")["Rules"]:
        f = rule.get("Filter", {})
        f = f.get("And", f)
        show("lifecycle rule " + rule["ID"], "%s %s %s" % (f.get("Prefix", "-"), f.get("ObjectSizeGreaterThan", "-"),
                                                          f.get("ObjectSizeLessThan", "-")))


def s3_object_lock_with_objects():
    """S3: PutObjectLockConfiguration on a versioned bucket already holding
    an object (s3_object_lock_configuration_existing_objects.py)."""
    s3 = client("s3")
    s3.create_bucket(Bucket="locked-later", ObjectLockEnabledForBucket=True)
    s3.put_object(Bucket="locked-later", Key="first", Body=b"x")
    err("object lock with an object", s3, "put_object_lock_configuration", Bucket="locked-later",
        ObjectLockConfiguration={"ObjectLockEnabled": "Enabled", "Rule": {
            "DefaultRetention": {"Mode": "GOVERNANCE", "Days": 1}}})
    rule = s3.get_object_lock_configuration(Bucket="locked-later")["ObjectLockConfiguration"].get("Rule", {})
    retention = rule.get("DefaultRetention", {})
    show("object lock rule", "%s %s" % (retention.get("Mode"), retention.get("Days")))
    s3.create_bucket(Bucket="never-versioned")
    err("object lock unversioned", s3, "put_object_lock_configuration", Bucket="never-versioned",
        ObjectLockConfiguration={"ObjectLockEnabled": "Enabled"})


def rds_option_groups_filters():
    """RDS: DescribeOptionGroups without OptionGroupName lists the groups its
    other filters match (rds_describe_option_groups_filters.py)."""
    rds = client("rds")
    rds.create_option_group(OptionGroupName="og-mysql", EngineName="mysql", MajorEngineVersion="8.0",
                            OptionGroupDescription="the module's")

    def names(label, **kw):
        answer = err(label, rds, "describe_option_groups", **kw)
        if answer is not None:
            show(label + " names", " ".join(g["OptionGroupName"] for g in answer["OptionGroupsList"]) or "<none>")
    names("option groups all")
    names("option groups of mysql", EngineName="mysql")
    names("option groups of postgres", EngineName="postgres")
    names("option group by name", OptionGroupName="og-mysql")
    names("option group of no name", OptionGroupName="og-none")


def sns_data_protection():
    """SNS: a topic's data protection policy put and read back
    (sns_data_protection_policy.py)."""
    sns = client("sns")
    arn = sns.create_topic(Name="protected")["TopicArn"]
    show("data protection policy before", repr(sns.get_data_protection_policy(ResourceArn=arn).get(
        "DataProtectionPolicy", "")))
    policy = json.dumps({"Name": "p", "Version": "2021-06-01", "Statement": [{
        "Sid": "deny", "DataDirection": "Inbound", "Principal": ["*"],
        "DataIdentifier": ["arn:aws:dataprotection::aws:data-identifier/EmailAddress"],
        "Operation": {"Deny": {}}}]})
    sns.put_data_protection_policy(ResourceArn=arn, DataProtectionPolicy=policy)
    show("data protection policy", json.loads(sns.get_data_protection_policy(ResourceArn=arn)[
        "DataProtectionPolicy"])["Statement"][0]["Sid"])
    err("data protection policy of no topic", sns, "get_data_protection_policy", ResourceArn=arn + "-none")


def sqs_policy_kept():
    """SQS: SetQueueAttributes naming other attributes keeps the queue's
    Policy; a Policy of "" removes it (sqs_set_attributes_keeps_policy.py)."""
    sqs = client("sqs")
    url = sqs.create_queue(QueueName="kept-policy")["QueueUrl"]
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "send", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:SendMessage",
        "Resource": "arn:aws:sqs:us-east-1:123456789012:kept-policy"}]})
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": policy})

    def sid():
        got = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"]).get("Attributes", {})
        return json.loads(got["Policy"])["Statement"][0]["Sid"] if got.get("Policy") else "<none>"
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedriveAllowPolicy": json.dumps(
        {"redrivePermission": "allowAll"})})
    show("queue policy after redrive allow policy", sid())
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"VisibilityTimeout": "45"})
    show("queue policy after visibility timeout", sid())
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": ""})
    show("queue policy after an empty one", sid())

def security_group_rules():
    """Cloud Control: AWS::EC2::SecurityGroupEgress and ::SecurityGroupIngress
    (cloudformation_security_group_rules.py), as DescribeSecurityGroupRules shows."""
    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.8.0.0/16")["Vpc"]["VpcId"]
    sg = ec2.create_security_group(GroupName="cc-rules", Description="rules", VpcId=vpc)["GroupId"]
    pl = ec2.create_managed_prefix_list(PrefixListName="cc-rules-pl", AddressFamily="IPv4", MaxEntries=1,
                                        Entries=[{"Cidr": "10.9.0.0/16"}])["PrefixList"]["PrefixListId"]

    def rules():
        got = ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [sg]}])
        return sorted("%s %s %s %s %s" % ("egress" if r["IsEgress"] else "ingress", r["IpProtocol"],
                                          r.get("CidrIpv4") or r.get("CidrIpv6") or
                                          ("cc-rules-pl" if r.get("PrefixListId") == pl else r.get("PrefixListId")),
                                          r.get("FromPort", "-"), r.get("Description", "-"))
                      for r in got["SecurityGroupRules"])

    def make(label, type_name, props):
        event = done(cc.create_resource(TypeName=type_name, DesiredState=json.dumps(props))["ProgressEvent"])
        show(label, event["OperationStatus"] + " " + (event.get("ErrorCode") or
                                                      event.get("Identifier", "")[:4]))
        return event.get("Identifier")
    egress = make("egress rule through Cloud Control", "AWS::EC2::SecurityGroupEgress", {
        "GroupId": sg, "IpProtocol": "-1", "CidrIpv6": "::/0", "Description": "all out"})
    make("egress rule to a prefix list", "AWS::EC2::SecurityGroupEgress", {
        "GroupId": sg, "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "DestinationPrefixListId": pl})
    ingress = make("ingress rule through Cloud Control", "AWS::EC2::SecurityGroupIngress", {
        "GroupId": sg, "IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIpv6": "::/0"})
    make("egress rule without a destination", "AWS::EC2::SecurityGroupEgress", {
        "GroupId": sg, "IpProtocol": "-1"})
    show("security group rules", rules())
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::SecurityGroupEgress",
                                      Identifier=egress)["ResourceDescription"]["Properties"])
    show("egress rule read", "%s %s" % (read["Id"] == egress, read["CidrIpv6"]))
    show("egress rule description update", outcome(cc.update_resource(
        TypeName="AWS::EC2::SecurityGroupEgress", Identifier=egress, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/Description", "value": "everything out"}]))["ProgressEvent"]))
    show("security group rules after update", rules())
    err("egress rule port update", cc, "update_resource", TypeName="AWS::EC2::SecurityGroupEgress",
        Identifier=egress, PatchDocument=json.dumps([{"op": "add", "path": "/FromPort", "value": 22}]))
    for type_name, ident in (("AWS::EC2::SecurityGroupEgress", egress), ("AWS::EC2::SecurityGroupIngress", ingress)):
        show("rule delete " + type_name.split("::")[-1], outcome(cc.delete_resource(
            TypeName=type_name, Identifier=ident)["ProgressEvent"]))
    show("security group rules after delete", rules())
    status = stack("cc-rules-stack", {
        "Group": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "d", "VpcId": vpc}},
        "Out": {"Type": "AWS::EC2::SecurityGroupEgress", "Properties": {
            "GroupId": {"Fn::GetAtt": ["Group", "GroupId"]}, "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
            "CidrIp": "10.1.0.0/16"}}}, {"Rule": {"Value": {"Ref": "Out"}}})
    outputs = {o["OutputKey"]: o["OutputValue"] for o in cfn.describe_stacks(StackName="cc-rules-stack")[
        "Stacks"][0].get("Outputs", [])}
    show("egress rule stack", "%s %s" % (status, outputs.get("Rule", "")[:4]))
    err("egress rule stack delete", cfn, "delete_stack", StackName="cc-rules-stack")


def prefix_list():
    """Cloud Control: AWS::EC2::PrefixList (cloudformation_ec2_prefix_list.py),
    as GetManagedPrefixListEntries shows."""
    ec2 = client("ec2")
    made = done(cc.create_resource(TypeName="AWS::EC2::PrefixList", DesiredState=json.dumps({
        "PrefixListName": "All VPC CIDRs", "AddressFamily": "IPv4", "MaxEntries": 1,
        "Entries": [{"Cidr": "172.31.0.0/16", "Description": "Default VPC CIDR"}],
        "Tags": [{"Key": "team", "Value": "net"}]}))["ProgressEvent"])
    ident = made.get("Identifier", "")
    show("prefix list through Cloud Control", "%s %s" % (made["OperationStatus"], ident[:3]))
    read = json.loads(cc.get_resource(TypeName="AWS::EC2::PrefixList",
                                      Identifier=ident)["ResourceDescription"]["Properties"])
    show("prefix list read", "%s %s %s %s" % (read["PrefixListId"] == ident, read["Version"],
                                              read["Arn"].endswith("prefix-list/" + ident), read["OwnerId"]))
    listed = ec2.describe_managed_prefix_lists(PrefixListIds=[ident])["PrefixLists"][0]
    show("prefix list in EC2", "%s %s %s" % (listed["PrefixListName"], listed["MaxEntries"], listed.get("Tags")))

    def entries():
        return [(e["Cidr"], e.get("Description", "-"))
                for e in ec2.get_managed_prefix_list_entries(PrefixListId=ident)["Entries"]]
    show("prefix list entries", entries())
    show("prefix list update", outcome(cc.update_resource(
        TypeName="AWS::EC2::PrefixList", Identifier=ident, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/Entries", "value": [{"Cidr": "10.1.0.0/16"}]}]))["ProgressEvent"]))
    show("prefix list entries after update", entries())
    show("prefix list over its MaxEntries", outcome(cc.create_resource(
        TypeName="AWS::EC2::PrefixList", DesiredState=json.dumps({
            "PrefixListName": "two", "AddressFamily": "IPv4", "MaxEntries": 1,
            "Entries": [{"Cidr": "10.2.0.0/16"}, {"Cidr": "10.3.0.0/16"}]}))["ProgressEvent"]))
    show("prefix list delete", outcome(cc.delete_resource(TypeName="AWS::EC2::PrefixList",
                                                          Identifier=ident)["ProgressEvent"]))
    err("prefix list read after delete", cc, "get_resource", TypeName="AWS::EC2::PrefixList", Identifier=ident)


def scalable_target_cloudcontrol():
    """Cloud Control: AWS::ApplicationAutoScaling::ScalableTarget and
    ::ScalingPolicy (cloudformation_application_autoscaling.py), as
    DescribeScalableTargets and DescribeScalingPolicies show."""
    aas = client("application-autoscaling")
    client("dynamodb").create_table(
        TableName="cc-scaled", AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5})
    target = done(cc.create_resource(TypeName="AWS::ApplicationAutoScaling::ScalableTarget", DesiredState=json.dumps({
        "ResourceId": "table/cc-scaled", "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
        "ServiceNamespace": "dynamodb", "MinCapacity": 5, "MaxCapacity": 20}))["ProgressEvent"])
    ident = target.get("Identifier", "")
    show("scalable target through Cloud Control", "%s %s" % (target["OperationStatus"], ident))

    def targets():
        return ["%s %s %s" % (t["ResourceId"], t["MinCapacity"], t["MaxCapacity"])
                for t in aas.describe_scalable_targets(ServiceNamespace="dynamodb",
                                                       ResourceIds=["table/cc-scaled"])["ScalableTargets"]]
    show("scalable targets", targets())
    read = json.loads(cc.get_resource(TypeName="AWS::ApplicationAutoScaling::ScalableTarget",
                                      Identifier=ident)["ResourceDescription"]["Properties"])
    show("scalable target read", read.get("Id"))
    policy = done(cc.create_resource(TypeName="AWS::ApplicationAutoScaling::ScalingPolicy", DesiredState=json.dumps({
        "PolicyName": "DynamoDBReadCapacityUtilization:table/cc-scaled", "PolicyType": "TargetTrackingScaling",
        "ResourceId": "table/cc-scaled", "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
        "ServiceNamespace": "dynamodb", "TargetTrackingScalingPolicyConfiguration": {
            "PredefinedMetricSpecification": {"PredefinedMetricType": "DynamoDBReadCapacityUtilization"},
            "TargetValue": 70, "ScaleInCooldown": 60, "ScaleOutCooldown": 60}}))["ProgressEvent"])
    pident = policy.get("Identifier", "")
    policies = aas.describe_scaling_policies(ServiceNamespace="dynamodb")["ScalingPolicies"]
    show("scaling policy through Cloud Control", "%s %s" % (
        policy["OperationStatus"], [pident == p["PolicyARN"] + "|" + p["ScalableDimension"] for p in policies]))
    show("scaling policy target value", [float(p["TargetTrackingScalingPolicyConfiguration"]["TargetValue"])
                                         for p in policies])
    show("scaling policy update", outcome(cc.update_resource(
        TypeName="AWS::ApplicationAutoScaling::ScalingPolicy", Identifier=pident, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/TargetTrackingScalingPolicyConfiguration/TargetValue", "value": 50}]))[
        "ProgressEvent"]))
    policies = aas.describe_scaling_policies(ServiceNamespace="dynamodb")["ScalingPolicies"]
    show("scaling policy after update", ["%s %s" % (float(p["TargetTrackingScalingPolicyConfiguration"]["TargetValue"]),
                                                    pident.startswith(p["PolicyARN"] + "|")) for p in policies])
    show("scalable target update", outcome(cc.update_resource(
        TypeName="AWS::ApplicationAutoScaling::ScalableTarget", Identifier=ident, PatchDocument=json.dumps(
            [{"op": "replace", "path": "/MaxCapacity", "value": 30}]))["ProgressEvent"]))
    show("scalable targets after update", targets())
    show("scaling policy of no target", outcome(cc.create_resource(
        TypeName="AWS::ApplicationAutoScaling::ScalingPolicy", DesiredState=json.dumps({
            "PolicyName": "none", "PolicyType": "TargetTrackingScaling",
            "ScalingTargetId": "table/none|dynamodb:table:ReadCapacityUnits|dynamodb"}))["ProgressEvent"]))
    show("scaling policy delete", outcome(cc.delete_resource(
        TypeName="AWS::ApplicationAutoScaling::ScalingPolicy", Identifier=pident)["ProgressEvent"]))
    show("scalable target delete", outcome(cc.delete_resource(
        TypeName="AWS::ApplicationAutoScaling::ScalableTarget", Identifier=ident)["ProgressEvent"]))
    show("scalable targets after delete", "%s %s" % (
        targets(), aas.describe_scaling_policies(ServiceNamespace="dynamodb")["ScalingPolicies"]))

def sso_permission_set_tags():
    """IAM Identity Center: a permission set's tags and ARN, an instance ARN
    held to its pattern (ssoadmin_tags_and_arn_patterns.py)."""
    sso = client("sso-admin")
    err("permission set of a placeholder instance", sso, "create_permission_set", Name="Example",
        InstanceArn="arn:aws:sso:::instance/example")
    instance = sso.list_instances()["Instances"][0]["InstanceArn"]
    ps = sso.create_permission_set(Name="Example", InstanceArn=instance,
                                   Tags=[{"Key": "team", "Value": "ops"}])["PermissionSet"]["PermissionSetArn"]
    show("permission set ARN", re.sub(r"ins-[a-z0-9]{16}/ps-[a-z0-9]{16}$", "ins-ID/ps-ID", ps))
    show("permission set tags", sso.list_tags_for_resource(InstanceArn=instance, ResourceArn=ps)["Tags"])
    sso.tag_resource(InstanceArn=instance, ResourceArn=ps, Tags=[{"Key": "stage", "Value": "test"}])
    sso.untag_resource(InstanceArn=instance, ResourceArn=ps, TagKeys=["team"])
    show("permission set tags after tag and untag",
         sso.list_tags_for_resource(InstanceArn=instance, ResourceArn=ps)["Tags"])
    err("tags of no permission set", sso, "list_tags_for_resource", InstanceArn=instance,
        ResourceArn=ps[:-16] + "0" * 16)

def s3_analytics():
    """S3: a bucket's analytics configurations (s3_bucket_analytics_configuration.py)."""
    s3 = client("s3")
    s3.create_bucket(Bucket="analyzed-bucket")
    whole = {"Id": "whole", "StorageClassAnalysis": {"DataExport": {"OutputSchemaVersion": "V_1", "Destination": {
        "S3BucketDestination": {"Format": "CSV", "Bucket": "arn:aws:s3:::analytics-destination", "Prefix": "a"}}}}}
    tagged = {"Id": "tagged", "Filter": {"And": {"Prefix": "documents/", "Tags": [
        {"Key": "production", "Value": "true"}, {"Key": "team", "Value": "data"}]}}, "StorageClassAnalysis": {}}
    err("analytics put", s3, "put_bucket_analytics_configuration", Bucket="analyzed-bucket", Id="whole",
        AnalyticsConfiguration=whole)
    s3.put_bucket_analytics_configuration(Bucket="analyzed-bucket", Id="tagged", AnalyticsConfiguration=tagged)
    got = s3.get_bucket_analytics_configuration(Bucket="analyzed-bucket", Id="whole")["AnalyticsConfiguration"]
    show("analytics whole", got == whole)
    got = s3.get_bucket_analytics_configuration(Bucket="analyzed-bucket", Id="tagged")["AnalyticsConfiguration"]
    show("analytics tagged", "%s %s" % (got["Filter"]["And"]["Prefix"],
                                        [t["Key"] for t in got["Filter"]["And"]["Tags"]]))
    show("analytics listed", [c["Id"] for c in s3.list_bucket_analytics_configurations(
        Bucket="analyzed-bucket")["AnalyticsConfigurationList"]])
    err("analytics of another id", s3, "put_bucket_analytics_configuration", Bucket="analyzed-bucket",
        Id="other", AnalyticsConfiguration=whole)
    s3.delete_bucket_analytics_configuration(Bucket="analyzed-bucket", Id="whole")
    err("analytics after delete", s3, "get_bucket_analytics_configuration", Bucket="analyzed-bucket", Id="whole")
    show("buckets named analyzed-bucket", sum(b["Name"] == "analyzed-bucket" for b in s3.list_buckets()["Buckets"]))


def rds_resource_ids():
    """RDS: each instance its own DbiResourceId, found by the dbi-resource-id
    filter (rds_dbi_resource_id_unique.py)."""
    rds = client("rds")
    ids = []
    for name in ("first-db", "second-db"):
        made = rds.create_db_instance(DBInstanceIdentifier=name, DBInstanceClass="db.t3.micro", Engine="postgres",
                                      AllocatedStorage=20, MasterUsername="admin1", MasterUserPassword="secret123")
        ids.append(made["DBInstance"]["DbiResourceId"])
    ids.append(rds.create_db_instance_read_replica(DBInstanceIdentifier="second-db-replica",
                                                   SourceDBInstanceIdentifier="second-db")[
        "DBInstance"]["DbiResourceId"])
    show("rds resource ids", "%s %s" % (len(set(ids)), all(re.fullmatch(r"db-[A-Z0-9]{26}", i) for i in ids)))
    found = rds.describe_db_instances(Filters=[{"Name": "dbi-resource-id", "Values": [ids[1]]}])["DBInstances"]
    show("rds found by resource id", [d["DBInstanceIdentifier"] for d in found])

def rds_backups_replication():
    """RDS: automated backups replicated to another Region
    (rds_automated_backups_replication.py)."""
    source_rds = client("rds")
    dest = client("rds", "eu-central-1")
    db = source_rds.create_db_instance(
        DBInstanceIdentifier="replicated-db", DBInstanceClass="db.t3.micro", Engine="postgres", AllocatedStorage=20,
        MasterUsername="admin1", MasterUserPassword="secret123", BackupRetentionPeriod=1)["DBInstance"]
    started = err("backups replication start", dest, "start_db_instance_automated_backups_replication",
                  SourceDBInstanceArn=db["DBInstanceArn"], BackupRetentionPeriod=14,
                  KmsKeyId="arn:aws:kms:eu-central-1:123456789012:key/replica")
    if not started:
        return
    backup = started["DBInstanceAutomatedBackup"]
    arn = backup["DBInstanceAutomatedBackupsArn"]
    show("backups replication", "%s %s %s %s" % (backup["Status"], backup["Region"], backup["BackupRetentionPeriod"],
                                                arn.startswith("arn:aws:rds:eu-central-1:123456789012:auto-backup:ab-")))
    by_arn = dest.describe_db_instance_automated_backups(DBInstanceAutomatedBackupsArn=arn)["DBInstanceAutomatedBackups"]
    by_id = dest.describe_db_instance_automated_backups(DbiResourceId=db["DbiResourceId"])["DBInstanceAutomatedBackups"]
    show("backups replication listed", "%s %s" % ([b["DBInstanceArn"] == db["DBInstanceArn"] for b in by_arn],
                                                  [b["DBInstanceAutomatedBackupsArn"] == arn for b in by_id]))
    named = source_rds.describe_db_instances(DBInstanceIdentifier="replicated-db")["DBInstances"][0]
    show("backups replication named by the source", [r["DBInstanceAutomatedBackupsArn"] == arn for r in
                                                      named.get("DBInstanceAutomatedBackupsReplications", [])])
    err("backups replication again", dest, "start_db_instance_automated_backups_replication",
        SourceDBInstanceArn=db["DBInstanceArn"])
    err("backups replication stop", dest, "stop_db_instance_automated_backups_replication",
        SourceDBInstanceArn=db["DBInstanceArn"])
    err("backups replication after stop", dest, "describe_db_instance_automated_backups",
        DBInstanceAutomatedBackupsArn=arn)
    named = source_rds.describe_db_instances(DBInstanceIdentifier="replicated-db")["DBInstances"][0]
    show("backups replication named after stop", named.get("DBInstanceAutomatedBackupsReplications", []))
    err("backups replication of no instance", dest, "start_db_instance_automated_backups_replication",
        SourceDBInstanceArn="arn:aws:rds:us-east-1:123456789012:db:none")

def rds_instance_through_cloudcontrol():
    """Cloud Control: an AWS::RDS::DBInstance's CreateDBInstance properties
    reach the instance (cloudformation_rds_db_instance_properties.py)."""
    rds = client("rds")
    show("db instance through Cloud Control", outcome(cc.create_resource(
        TypeName="AWS::RDS::DBInstance", DesiredState=json.dumps({
            "DBInstanceIdentifier": "cc-mysql", "DBInstanceClass": "db.t3.micro", "Engine": "mysql",
            "AllocatedStorage": "20", "MaxAllocatedStorage": 100, "MasterUsername": "admin1",
            "ManageMasterUserPassword": True, "EnableCloudwatchLogsExports": ["general"],
            "DeletionProtection": False}))["ProgressEvent"]))
    db = rds.describe_db_instances(DBInstanceIdentifier="cc-mysql")["DBInstances"][0]
    show("db instance properties", "%s %s %s %s" % (db.get("AllocatedStorage"), db.get("MaxAllocatedStorage"),
                                                   db.get("EnabledCloudwatchLogsExports"),
                                                   db.get("MasterUserSecret", {}).get("SecretArn", "").startswith(
                                                       "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-")))

def dynamodb_replicas():
    """DynamoDB global tables: ReplicaUpdates and Replicas (dynamodb_table_replicas.py)."""
    primary = client("dynamodb", "eu-west-1")
    second = client("dynamodb", "eu-west-2")
    primary.create_table(
        TableName="global", BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "N"},
                              {"AttributeName": "title", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[{"IndexName": "TitleIndex", "KeySchema": [{"AttributeName": "title", "KeyType": "HASH"}],
                                 "Projection": {"ProjectionType": "ALL"}}],
        StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_AND_OLD_IMAGES"})
    key = "arn:aws:kms:eu-west-2:123456789012:key/replica"
    err("replica create", primary, "update_table", TableName="global",
        ReplicaUpdates=[{"Create": {"RegionName": "eu-west-2", "KMSMasterKeyId": key}}])
    table = primary.describe_table(TableName="global")["Table"]
    show("replicas of the primary", "%s %s" % ([(r["RegionName"], r["ReplicaStatus"], r.get("KMSMasterKeyId") == key)
                                               for r in table.get("Replicas", [])], table.get("GlobalTableVersion")))
    replica = call_or_none(second.describe_table, TableName="global")
    if replica:
        replica = replica["Table"]
        show("the replica table", "%s %s %s %s" % (
            [r["RegionName"] for r in replica.get("Replicas", [])], [i["IndexName"] for i in replica["GlobalSecondaryIndexes"]],
            replica.get("StreamSpecification", {}).get("StreamViewType"),
            replica.get("SSEDescription", {}).get("KMSMasterKeyArn") == key))
    err("replica of a Region again", primary, "update_table", TableName="global",
        ReplicaUpdates=[{"Create": {"RegionName": "eu-west-2"}}])
    err("replica delete", primary, "update_table", TableName="global",
        ReplicaUpdates=[{"Delete": {"RegionName": "eu-west-2"}}])
    show("after the replica's delete", "%s %s" % (primary.describe_table(TableName="global")["Table"].get("Replicas"),
                                                   second.list_tables()["TableNames"]))


def dynamodb_sse_update():
    """DynamoDB: UpdateTable's SSESpecification changes the table's
    encryption (dynamodb_update_table_sse.py)."""
    ddb, kms = (client(n, "eu-west-1") for n in ("dynamodb", "kms"))
    key = kms.create_key(Description="table key")["KeyMetadata"]["Arn"]
    ddb.create_table(TableName="sse-changed", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])

    def sse():
        d = ddb.describe_table(TableName="sse-changed")["Table"].get("SSEDescription", {})
        return "%s %s" % (d.get("Status", "<none>"), d.get("KMSMasterKeyArn") == key)
    err("sse update on", ddb, "update_table", TableName="sse-changed",
        SSESpecification={"Enabled": True, "SSEType": "KMS", "KMSMasterKeyId": key})
    show("sse after update on", sse())
    err("sse update off", ddb, "update_table", TableName="sse-changed", SSESpecification={"Enabled": False})
    show("sse after update off", sse())


def call_or_none(fn, **kw):
    try:
        return fn(**kw)
    except Exception as e:  # the replica's Region has no such table
        show(fn.__name__ + " stopped", type(e).__name__)
        return None

SECTIONS = [bucket_policy, sns_subscription, state_machine_name_and_bus_ref,
            firehose_delivery_stream, cloudwatch_alarm, topic_rule, fifo_queue, kms_key_tags,
            events_rule_arn, glue_catalog_job, iam_role_managed_policies, scalable_target_tags,
            dynamodb_sse_key, rds_adjacent_windows, s3_lifecycle_sizes,
            s3_object_lock_with_objects, rds_option_groups_filters,
            sns_data_protection, sqs_policy_kept, security_group_rules, prefix_list,
            scalable_target_cloudcontrol, sso_permission_set_tags, s3_analytics, rds_resource_ids,
            rds_backups_replication, rds_instance_through_cloudcontrol, dynamodb_replicas,
            dynamodb_sse_update]

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

test_expect_success 'Cloud Control makes, reads, updates and deletes AWS::S3::BucketPolicy, as S3 shows' '
	test_line probe.out "bucket policy create: SUCCESS cdk-site" &&
	test_line probe.out "bucket policy in S3: s3:*" &&
	test_line probe.out "bucket policy read: cdk-site s3:*" &&
	test_line probe.out "bucket policy again: FAILED AlreadyExists" &&
	test_line probe.out "bucket policy without document: FAILED InvalidRequest" &&
	test_line probe.out "bucket policy update: SUCCESS" &&
	test_line probe.out "bucket policy in S3 after update: s3:GetObject" &&
	test_line probe.out "bucket policy new bucket: error NotUpdatableException" &&
	test_line probe.out "bucket policy listed: cdk-site" &&
	test_line probe.out "bucket policy delete: SUCCESS" &&
	test_line probe.out "bucket policy in S3 after delete: error NoSuchBucketPolicy" &&
	test_line probe.out "bucket policy read after delete: error ResourceNotFoundException" &&
	test_line probe.out "bucket policy read after S3 deleted it: error ResourceNotFoundException"
'

test_expect_success 'CloudFormation makes AWS::SNS::Subscription with its attributes, updates and deletes it' '
	test_line probe.out "subscription stack: CREATE_COMPLETE" &&
	test_line probe.out "subscription stack resources: AWS::SNS::Subscription AWS::SNS::Topic AWS::SQS::Queue" &&
	test_line probe.out "subscriptions of the topic: sqs cdk-queue" &&
	test_line probe.out "subscription Ref is its ARN: True" &&
	test_line probe.out "subscription raw delivery: true" &&
	test_line probe.out "subscription filter policy: True" &&
	test_line probe.out "subscription stack update: UPDATE_COMPLETE" &&
	test_line probe.out "subscription raw delivery after update: false" &&
	test_line probe.out "subscription filter policy after update: '"''"'" &&
	test_line probe.out "subscription same after update: True" &&
	test_line probe.out "subscriptions after delete: 0" &&
	test_line probe.out "subscription through Cloud Control: SUCCESS True" &&
	test_line probe.out "subscription read through Cloud Control: True sqs" &&
	test_line probe.out "subscription delete through Cloud Control: SUCCESS" &&
	test_line probe.out "subscriptions of the topic after: 0"
'

test_expect_success 'CloudFormation names an unnamed state machine within 80; Ref of an event bus is its name' '
	test_line probe.out "state machine stack: CREATE_COMPLETE" &&
	test_line probe.out "state machine names: 80 True" &&
	test_line probe.out "event bus Ref: cdk-bus" &&
	test_line probe.out "rules on the bus: cdk-bus"
'

test_expect_success 'CloudFormation and Cloud Control make AWS::KinesisFirehose::DeliveryStream and AWS::Logs::LogStream' '
	test_line probe.out "delivery stream stack: CREATE_COMPLETE" &&
	test_line probe.out "delivery stream stack resources: AWS::KinesisFirehose::DeliveryStream AWS::Logs::LogGroup AWS::Logs::LogStream AWS::S3::Bucket" &&
	test_line probe.out "delivery stream: 64 DirectPut True" &&
	test_line probe.out "delivery stream destination: arn:aws:s3:::cdk-firehose-dest 5" &&
	test_line probe.out "log stream: True" &&
	test_line probe.out "delivery stream stack update: UPDATE_COMPLETE" &&
	test_line probe.out "delivery stream buffer after update: 64 True" &&
	test_line probe.out "delivery streams after delete: 0" &&
	test_line probe.out "delivery stream through Cloud Control: SUCCESS cc-stream True" &&
	test_line probe.out "delivery stream delete through Cloud Control: SUCCESS" &&
	test_line probe.out "delivery streams after: 0" &&
	test_line probe.out "log stream through Cloud Control: SUCCESS cc-logs|cc-stream ['"'"'cc-stream'"'"']" &&
	test_line probe.out "log stream delete through Cloud Control: SUCCESS" &&
	test_line probe.out "log streams after: 0"
'

test_expect_success 'CloudFormation and Cloud Control make AWS::CloudWatch::Alarm, as DescribeAlarms shows' '
	test_line probe.out "alarm stack: CREATE_COMPLETE" &&
	test_line probe.out "alarm: True Errors 1.0 [{'"'"'Name'"'"': '"'"'FunctionName'"'"', '"'"'Value'"'"': '"'"'f'"'"'}] True" &&
	test_line probe.out "math alarm: e m Throttles" &&
	test_line probe.out "alarm stack update: UPDATE_COMPLETE" &&
	test_line probe.out "alarm threshold after update: 5.0" &&
	test_line probe.out "alarms after delete: 0" &&
	test_line probe.out "alarm through Cloud Control: SUCCESS cc-alarm [3.0]"
'

test_expect_success 'CloudFormation makes AWS::IoT::TopicRule, its payload in IoT'"'"'s names' '
	test_line probe.out "topic rule stack: CREATE_COMPLETE" &&
	test_line probe.out "topic rule: True SELECT * FROM '"'"'solutions/constructs'"'"' cdk-stream True" &&
	test_line probe.out "topic rule stack update: UPDATE_COMPLETE" &&
	test_line probe.out "topic rule after update: SELECT * FROM '"'"'solutions/other'"'"'" &&
	test_line probe.out "topic rules after delete: 0"
'

test_expect_success 'CloudFormation names an unnamed FIFO queue with .fifo, within 80' '
	test_line probe.out "fifo queue stack: CREATE_COMPLETE" &&
	test_line probe.out "fifo queue: True 80 true"
'

test_expect_success 'an AWS::KMS::Key takes its Tags in a stack and through Cloud Control' '
	test_line probe.out "key stack: CREATE_COMPLETE" &&
	test_line probe.out "key tags: [{'"'"'TagKey'"'"': '"'"'team'"'"', '"'"'TagValue'"'"': '"'"'data'"'"'}]" &&
	test_line probe.out "key through Cloud Control: SUCCESS [{'"'"'TagKey'"'"': '"'"'team'"'"', '"'"'TagValue'"'"': '"'"'ml'"'"'}]" &&
	test_line probe.out "key policy through Cloud Control: arn:aws:iam::123456789012:root"
'

test_expect_success 'Cloud Control knows an AWS::Events::Rule by its Arn, as its schema says' '
	test_line probe.out "rule through Cloud Control: SUCCESS True" &&
	test_line probe.out "rule read through Cloud Control: True cc-rule" &&
	test_line probe.out "rule delete through Cloud Control: SUCCESS" &&
	test_line probe.out "rules after: 0"
'

test_expect_success 'CloudFormation makes AWS::Glue::Database, ::Table, ::SecurityConfiguration and ::Job' '
	test_line probe.out "glue stack: CREATE_COMPLETE" &&
	test_line probe.out "glue database: True True made by a construct" &&
	test_line probe.out "glue table: True EXTERNAL_TABLE cdk-stream" &&
	test_line probe.out "glue security configuration: SSE-S3" &&
	test_line probe.out "glue job: True gluestreaming G.1X cdk-security true True" &&
	test_line probe.out "glue stack update: UPDATE_COMPLETE" &&
	test_line probe.out "glue after update: 5 changed True" &&
	test_line probe.out "glue after delete: 0 0 0" &&
	test_line probe.out "glue job through Cloud Control: SUCCESS cc-job {'"'"'--enable-metrics'"'"': '"'"'true'"'"'}" &&
	test_line probe.out "glue job delete through Cloud Control: SUCCESS"
'

test_expect_success 'Cloud Control makes an AWS::IAM::Role with its ManagedPolicyArns, no Description when none' '
	test_line probe.out "role through Cloud Control: SUCCESS cc-read" &&
	test_line probe.out "role description: <absent>" &&
	test_line probe.out "role inline policy: sqs:SendMessage" &&
	test_line probe.out "role update through Cloud Control: SUCCESS" &&
	test_line probe.out "role policies after update: cc-write"
'

test_expect_success 'Application Auto Scaling keeps a scalable target'"'"'s tags, as ListTagsForResource answers' '
	test_line probe.out "scalable target tags: {'"'"'team'"'"': '"'"'data'"'"'}" &&
	test_line probe.out "scalable target tags after tag and untag: {'"'"'stage'"'"': '"'"'test'"'"'}" &&
	test_line probe.out "scalable target tags after an update: {'"'"'stage'"'"': '"'"'test'"'"'}" &&
	test_line probe.out "scalable target tags of no target: error ResourceNotFoundException"
'

test_expect_success 'DynamoDB makes alias/aws/dynamodb only for SSESpecification Enabled true' '
	test_line probe.out "sse off: <none> 0" &&
	test_line probe.out "sse on: ENABLED True"
'

test_expect_success 'RDS takes a backup window that begins as the maintenance window ends' '
	test_line probe.out "rds adjacent windows: ok" &&
	test_line probe.out "rds windows: mon:00:00-mon:03:00 03:00-06:00" &&
	test_line probe.out "rds overlapping windows: error InvalidParameterValue"
'

test_expect_success 'S3 keeps a lifecycle filter'"'"'s object sizes, alone and inside And' '
	test_line probe.out "lifecycle rule alone: - 100 -" &&
	test_line probe.out "lifecycle rule and: log1/ 200000 500000"
'

test_expect_success 'S3 takes an Object Lock configuration on a bucket holding objects, not on an unversioned one' '
	test_line probe.out "object lock with an object: ok" &&
	test_line probe.out "object lock rule: GOVERNANCE 1" &&
	test_line probe.out "object lock unversioned: error InvalidBucketState"
'

test_expect_success 'RDS DescribeOptionGroups lists by engine without a name; a missing name is OptionGroupNotFoundFault' '
	test_line probe.out "option groups all names: og-mysql" &&
	test_line probe.out "option groups of mysql names: og-mysql" &&
	test_line probe.out "option groups of postgres names: <none>" &&
	test_line probe.out "option group by name names: og-mysql" &&
	test_line probe.out "option group of no name: error OptionGroupNotFoundFault"
'

test_expect_success 'SNS keeps a topic'"'"'s data protection policy' '
	test_line probe.out "data protection policy before: '"''"'" &&
	test_line probe.out "data protection policy: deny" &&
	test_line probe.out "data protection policy of no topic: error NotFound"
'

test_expect_success 'SQS SetQueueAttributes keeps the Policy it does not name' '
	test_line probe.out "queue policy after redrive allow policy: send" &&
	test_line probe.out "queue policy after visibility timeout: send" &&
	test_line probe.out "queue policy after an empty one: <none>"
'

test_expect_success 'Cloud Control makes, updates and revokes AWS::EC2::SecurityGroupEgress and ::SecurityGroupIngress' '
	test_line probe.out "egress rule through Cloud Control: SUCCESS sgr-" &&
	test_line probe.out "egress rule to a prefix list: SUCCESS sgr-" &&
	test_line probe.out "ingress rule through Cloud Control: SUCCESS sgr-" &&
	test_line probe.out "egress rule without a destination: FAILED InvalidRequest" &&
	test_line probe.out "security group rules: ['"'"'egress -1 0.0.0.0/0 -1 -'"'"', '"'"'egress -1 ::/0 -1 all out'"'"', '"'"'egress tcp cc-rules-pl 443 -'"'"', '"'"'ingress tcp ::/0 80 -'"'"']" &&
	test_line probe.out "egress rule read: True ::/0" &&
	test_line probe.out "egress rule description update: SUCCESS" &&
	test_line probe.out "security group rules after update: ['"'"'egress -1 0.0.0.0/0 -1 -'"'"', '"'"'egress -1 ::/0 -1 everything out'"'"', '"'"'egress tcp cc-rules-pl 443 -'"'"', '"'"'ingress tcp ::/0 80 -'"'"']" &&
	test_line probe.out "egress rule port update: error NotUpdatableException" &&
	test_line probe.out "rule delete SecurityGroupEgress: SUCCESS" &&
	test_line probe.out "rule delete SecurityGroupIngress: SUCCESS" &&
	test_line probe.out "security group rules after delete: ['"'"'egress -1 0.0.0.0/0 -1 -'"'"', '"'"'egress tcp cc-rules-pl 443 -'"'"']" &&
	test_line probe.out "egress rule stack: CREATE_COMPLETE sgr-" &&
	test_line probe.out "egress rule stack delete: ok"
'

test_expect_success 'Cloud Control makes, updates and deletes AWS::EC2::PrefixList, as EC2 lists it' '
	test_line probe.out "prefix list through Cloud Control: SUCCESS pl-" &&
	test_line probe.out "prefix list read: True 1 True 123456789012" &&
	test_line probe.out "prefix list in EC2: All VPC CIDRs 1 [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'net'"'"'}]" &&
	test_line probe.out "prefix list entries: [('"'"'172.31.0.0/16'"'"', '"'"'Default VPC CIDR'"'"')]" &&
	test_line probe.out "prefix list update: SUCCESS" &&
	test_line probe.out "prefix list entries after update: [('"'"'10.1.0.0/16'"'"', '"'"'-'"'"')]" &&
	test_line probe.out "prefix list over its MaxEntries: FAILED InvalidRequest" &&
	test_line probe.out "prefix list delete: SUCCESS" &&
	test_line probe.out "prefix list read after delete: error ResourceNotFoundException"
'

test_expect_success 'Cloud Control makes AWS::ApplicationAutoScaling::ScalableTarget and ::ScalingPolicy' '
	test_line probe.out "scalable target through Cloud Control: SUCCESS table/cc-scaled|dynamodb:table:ReadCapacityUnits|dynamodb" &&
	test_line probe.out "scalable targets: ['"'"'table/cc-scaled 5 20'"'"']" &&
	test_line probe.out "scalable target read: table/cc-scaled|dynamodb:table:ReadCapacityUnits|dynamodb" &&
	test_line probe.out "scaling policy through Cloud Control: SUCCESS [True]" &&
	test_line probe.out "scaling policy target value: [70.0]" &&
	test_line probe.out "scaling policy update: SUCCESS" &&
	test_line probe.out "scaling policy after update: ['"'"'50.0 True'"'"']" &&
	test_line probe.out "scalable target update: SUCCESS" &&
	test_line probe.out "scalable targets after update: ['"'"'table/cc-scaled 5 30'"'"']" &&
	test_line probe.out "scaling policy of no target: FAILED NotFound" &&
	test_line probe.out "scaling policy delete: SUCCESS" &&
	test_line probe.out "scalable target delete: SUCCESS" &&
	test_line probe.out "scalable targets after delete: [] []"
'

test_expect_success 'IAM Identity Center keeps a permission set'"'"'s tags and refuses a placeholder instance ARN' '
	test_line probe.out "permission set of a placeholder instance: error ValidationException" &&
	test_line probe.out "permission set ARN: arn:aws:sso:::permissionSet/ssoins-ID/ps-ID" &&
	test_line probe.out "permission set tags: [{'"'"'Key'"'"': '"'"'team'"'"', '"'"'Value'"'"': '"'"'ops'"'"'}]" &&
	test_line probe.out "permission set tags after tag and untag: [{'"'"'Key'"'"': '"'"'stage'"'"', '"'"'Value'"'"': '"'"'test'"'"'}]" &&
	test_line probe.out "tags of no permission set: error ResourceNotFoundException"
'

test_expect_success 'S3 keeps a bucket'"'"'s analytics configurations' '
	test_line probe.out "analytics put: ok" &&
	test_line probe.out "analytics whole: True" &&
	test_line probe.out "analytics tagged: documents/ ['"'"'production'"'"', '"'"'team'"'"']" &&
	test_line probe.out "analytics listed: ['"'"'tagged'"'"', '"'"'whole'"'"']" &&
	test_line probe.out "analytics of another id: error InvalidArgument" &&
	test_line probe.out "analytics after delete: error NoSuchConfiguration" &&
	test_line probe.out "buckets named analyzed-bucket: 1"
'

test_expect_success 'RDS gives each DB instance and read replica its own DbiResourceId' '
	test_line probe.out "rds resource ids: 3 True" &&
	test_line probe.out "rds found by resource id: ['"'"'second-db'"'"']"
'

test_expect_success 'RDS replicates an instance'"'"'s automated backups to another Region and stops' '
	test_line probe.out "backups replication start: ok" &&
	test_line probe.out "backups replication: replicating us-east-1 14 True" &&
	test_line probe.out "backups replication listed: [True] [True]" &&
	test_line probe.out "backups replication named by the source: [True]" &&
	test_line probe.out "backups replication again: error InvalidDBInstanceAutomatedBackupState" &&
	test_line probe.out "backups replication stop: ok" &&
	test_line probe.out "backups replication after stop: error DBInstanceAutomatedBackupNotFound" &&
	test_line probe.out "backups replication named after stop: []" &&
	test_line probe.out "backups replication of no instance: error DBInstanceNotFound"
'

test_expect_success 'Cloud Control hands an AWS::RDS::DBInstance every CreateDBInstance property it names' '
	test_line probe.out "db instance through Cloud Control: SUCCESS" &&
	test_line probe.out "db instance properties: 20 100 ['"'"'general'"'"'] True"
'

test_expect_success 'DynamoDB replicates a table to another Region (global tables 2019.11.21)' '
	test_line probe.out "replica create: ok" &&
	test_line probe.out "replicas of the primary: [('"'"'eu-west-2'"'"', '"'"'ACTIVE'"'"', True)] 2019.11.21" &&
	test_line probe.out "the replica table: ['"'"'eu-west-1'"'"'] ['"'"'TitleIndex'"'"'] NEW_AND_OLD_IMAGES True" &&
	test_line probe.out "replica of a Region again: error ValidationException" &&
	test_line probe.out "replica delete: ok" &&
	test_line probe.out "after the replica'"'"'s delete: None []"
'

test_expect_success 'DynamoDB changes a table'"'"'s encryption by UpdateTable'"'"'s SSESpecification' '
	test_line probe.out "sse update on: ok" &&
	test_line probe.out "sse after update on: ENABLED True" &&
	test_line probe.out "sse update off: ok" &&
	test_line probe.out "sse after update off: <none> False"
'

test_done

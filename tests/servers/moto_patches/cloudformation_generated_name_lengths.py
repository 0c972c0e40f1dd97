"""CloudFormation: the name it makes for a resource the template leaves
unnamed fits what the type's name property allows.

The CloudFormation template reference says, for each of these types' name
property: "If you don't specify a name, AWS CloudFormation generates a
unique physical ID and uses that ID for the ... name", a name the service
takes. moto 5.2.1 names them STACK-LOGICALID-SUFFIX uncut, and the CDK's
long stack names and logical ids (tests/corpus/cdk) make names over the
limit: AWS::StepFunctions::StateMachine's over 80 characters (12 of the
CDK corpus's 104 templates) are refused by moto's Step Functions with a
ValidationException that its CloudFormation passes on as JSON inside an
HTTP 500 (CreateStack's answer is XML); an
AWS::KinesisFirehose::DeliveryStream's over 64
(cloudformation_firehose_delivery_stream.py); an AWS::IoT::TopicRule's
holds "-", which its pattern refuses (cloudformation_iot_topic_rule.py).

The limit is read from the type's CloudFormation registry schema (cfn-lint's
copy, as cloudcontrol_api.py reads it): the name property's maxLength, and
its pattern, where a name of the form "a-b" does not match it, joins the
parts with "_" (AWS::IoT::TopicRule's RuleName: ^[a-zA-Z0-9_]+$). The
stack's name and the logical id are cut so that the whole fits, as
cloudformation_bucket_generated_name.py does for a bucket's 63.
"""
import json
import os
import re
from functools import lru_cache

from moto.cloudformation import parsing

# The types whose generated names moto left too long, and their name property.
NAME_PROPERTY = {
    "AWS::StepFunctions::StateMachine": "StateMachineName",
    "AWS::KinesisFirehose::DeliveryStream": "DeliveryStreamName",
    "AWS::IoT::TopicRule": "RuleName",
}
_generate = parsing.generate_resource_name


@lru_cache(maxsize=None)
def _limits(resource_type):
    """(maxLength, joiner) of the type's name property, from its schema."""
    import cfnlint
    from cfnlint.data.schemas.providers import us_east_1
    name = us_east_1.types.get(resource_type)
    path = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas", "resources", name + ".json")
    with open(path) as f:
        prop = json.load(f)["properties"][NAME_PROPERTY[resource_type]]
    pattern = prop.get("pattern")
    joiner = "-" if not pattern or re.search(pattern, "a-b") else "_"
    return prop.get("maxLength") or 255, joiner


def generate_resource_name(resource_type, stack_name, logical_id):
    if resource_type not in NAME_PROPERTY:
        return _generate(resource_type, stack_name, logical_id)
    limit, joiner = _limits(resource_type)
    if joiner != "-":
        stack_name = re.sub(r"[^A-Za-z0-9_]", "_", stack_name)
    suffix = parsing.random_suffix()
    room = limit - len(suffix) - 2
    stack_part = stack_name[:max(room // 2, room - len(logical_id))]
    logical_part = logical_id[:room - len(stack_part)]
    return joiner.join((stack_part, logical_part, suffix))


parsing.generate_resource_name = generate_resource_name

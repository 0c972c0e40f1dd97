"""CloudFormation: the name it makes for an AWS::S3::Bucket the template
leaves unnamed fits S3's 63 characters.

AWS CloudFormation User Guide, AWS::S3::Bucket BucketName: "If you don't
specify a name, AWS CloudFormation generates a unique ID and uses that ID
for the bucket name", STACK-LOGICALID-SUFFIX in lower case, each part cut so
that the whole is a valid bucket name. moto 5.2.1 cuts only the stack's
name, so a logical id longer than about 48 characters (the CDK writes such
ids: tests/corpus/cdk) makes a name S3 refuses, and the stack fails with
InvalidBucketName. This cuts the logical id too, keeping as much of each as
fits.
"""
from moto.cloudformation import parsing

_generate = parsing.generate_resource_name


def generate_resource_name(resource_type, stack_name, logical_id):
    if resource_type != "AWS::S3::Bucket":
        return _generate(resource_type, stack_name, logical_id)
    suffix = parsing.random_suffix()
    room = 63 - len(suffix) - 2
    stack_part = stack_name[:max(room // 2, room - len(logical_id))]
    logical_part = logical_id[:room - len(stack_part)]
    return f"{stack_part}-{logical_part}-{suffix}".lower()


parsing.generate_resource_name = generate_resource_name

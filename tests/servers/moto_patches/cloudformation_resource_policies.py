"""CloudFormation: AWS::S3::BucketPolicy, AWS::SNS::TopicPolicy and
AWS::SQS::QueuePolicy.

moto 5.2.1's CloudFormation has no model of these three: it logs "No Moto
CloudFormation support" and leaves them out, so a stack (nearly every one
the CDK synthesizes) is complete without its resource policies, and S3's
notification test then refuses a topic or queue without one. Written from
the CloudFormation template reference of each:

  AWS::S3::BucketPolicy   Bucket (the bucket's name), PolicyDocument (an
                          object or JSON text): PutBucketPolicy. Ref: the
                          bucket's name.
  AWS::SNS::TopicPolicy   Topics (ARNs), PolicyDocument: each topic's Policy
                          attribute. Ref: a generated id.
  AWS::SQS::QueuePolicy   Queues (URLs), PolicyDocument: each queue's Policy
                          attribute. Ref: a generated id.

Delete removes the policy (a bucket's), or puts back the topic's or queue's
default, as the service does when its policy attribute is emptied.

Cloud Control (cloudcontrol_api.py) takes AWS::S3::BucketPolicy too: terrace
converts a template's bucket policy to awscc.s3.bucket_policy, which 21 of
the CDK corpus's 104 templates hold (twins: "moto's Cloud Control has no
AWS::S3::BucketPolicy"). Its registry schema (AWS::S3::BucketPolicy, as
cfn-lint ships it and ../shared/aws-schemas/handlers.json lists its
handlers: create, read, update, delete, list with s3:PutBucketPolicy,
s3:GetBucketPolicy, s3:DeleteBucketPolicy): primaryIdentifier and
createOnlyProperties /properties/Bucket, required Bucket and
PolicyDocument, no other property. So a policy is known by its bucket's
name, a second CREATE for a bucket that has one is AlreadyExists, an
update puts the new document (PutBucketPolicy replaces the whole policy),
a delete is DeleteBucketPolicy, and a policy removed through S3's own
DeleteBucketPolicy (or its bucket deleted) is not found by GetResource, as
the read handler's GetBucketPolicy answers NoSuchBucketPolicy. The topic's
and queue's policies stay stacks only (terrace converts them to aws.*
types, not through Cloud Control).
"""
import json
import uuid

from moto.cloudformation import parsing
from moto.s3.models import s3_backends
from moto.sns.models import sns_backends
from moto.sqs.models import sqs_backends
from moto_cfn_model import CfnModel, NoHandler, register


def _document(props):
    doc = props.get("PolicyDocument")
    return doc if isinstance(doc, str) else json.dumps(doc)


class _ResourcePolicy(CfnModel):
    """A resource's policy (a type says how to put it: put(document), None
    to remove it), known by physical_id_of its properties. Only the bucket
    policy joins moto's map of models, which Cloud Control serves; the
    topic's and queue's are for stacks only (resource_class_from_type
    below), and say nothing of exists_in_service."""

    ATTRIBUTES = ("Id",)
    exists_in_service = NoHandler()

    def get_cfn_attribute(self, attribute_name):
        return self.id  # whatever the name

    @classmethod
    def create(cls, name, props, account_id, region_name):
        policy = cls(cls.physical_id_of(props), account_id, region_name, props)
        policy.put(_document(props))
        return policy

    def replaced_by(self, props):
        return True  # the policy removed, then put anew

    def delete(self, account_id, region_name):
        self.put(None)

    @staticmethod
    def physical_id_of(props):
        return "policy-" + uuid.uuid4().hex[:12]


class BucketPolicy(_ResourcePolicy):
    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.s3.resource_policies"
    TYPE = "AWS::S3::BucketPolicy"

    @staticmethod
    def physical_id_of(props):
        return props["Bucket"]

    def exists_in_service(self):
        """Whether S3 still holds this policy (cloudcontrol_api.py: a
        policy deleted through S3's own API is not found)."""
        bucket = s3_backends[self.account_id]["aws"].buckets.get(self.props["Bucket"])
        return bucket is not None and bucket.policy is not None

    def put(self, document):
        backend = s3_backends[self.account_id]["aws"]
        if document is None:
            backend.delete_bucket_policy(self.props["Bucket"])
        else:
            backend.put_bucket_policy(self.props["Bucket"], document.encode())


class TopicPolicy(_ResourcePolicy):
    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.sns.resource_policies"
    TYPE = "AWS::SNS::TopicPolicy"

    def put(self, document):
        for arn in self.props.get("Topics", []):
            region = arn.split(":")[3]
            topic = sns_backends[self.account_id][region].get_topic(arn)
            if document is None:
                topic._policy_json = topic._create_default_topic_policy(region, self.account_id, topic.name)
            else:
                topic.policy = document


class QueuePolicy(_ResourcePolicy):
    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.sqs.resource_policies"
    TYPE = "AWS::SQS::QueuePolicy"

    def put(self, document):
        for url in self.props.get("Queues", []):
            queue = sqs_backends[self.account_id][self.region_name].get_queue(url.rstrip("/").rsplit("/", 1)[-1])
            queue.policy = document


# moto's map of models is what Cloud Control (cloudcontrol_api.py) serves:
# the bucket policy joins it; the topic's and queue's are for stacks only.
register(BucketPolicy)
_POLICIES = {cls.cloudformation_type(): cls for cls in (BucketPolicy, TopicPolicy, QueuePolicy)}
_resource_class_from_type = parsing.resource_class_from_type


def resource_class_from_type(resource_type):
    return _POLICIES.get(resource_type) or _resource_class_from_type(resource_type)


parsing.resource_class_from_type = resource_class_from_type

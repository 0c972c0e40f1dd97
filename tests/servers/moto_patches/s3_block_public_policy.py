"""S3 PutBucketPolicy refused for a public policy while the bucket blocks
public policies, as S3 does: moto 5.2.1 takes every policy.

From the Amazon S3 User Guide, "Blocking public access to your Amazon S3
storage": with BlockPublicPolicy, "Amazon S3 rejects calls to PUT Bucket
policy if the specified bucket policy allows public access"; and since April
2023 every new bucket has all four Block Public Access settings on ("Default
settings for new S3 buckets"), so a bucket without a configuration of its own
(moto's None: GetPublicAccessBlock of a new bucket still answers
NoSuchPublicAccessBlockConfiguration here, unchanged) blocks them. S3 answers
403 AccessDenied. "Public" is held to its plainest case, as terrace's rule
is (rule_s3_public_policy): a statement that allows Principal "*" or
{"AWS": "*"} with no Condition; a condition may make a policy non-public
("The meaning of public"), so any condition is taken.
"""
import json

from moto.s3.exceptions import S3ClientError
from moto.s3.models import S3Backend


class PublicPolicyBlocked(S3ClientError):
    def __init__(self):
        super().__init__("AccessDenied", "User is not authorized to perform: s3:PutBucketPolicy "
                         "because public policies are blocked by the BlockPublicPolicy block "
                         "public access setting.")


def _everyone(principal):
    if principal == "*":
        return True
    if isinstance(principal, dict) and set(principal) == {"AWS"}:
        aws = principal["AWS"]
        return aws == "*" or (isinstance(aws, list) and "*" in aws)
    return False


def _public(policy):
    try:
        doc = json.loads(policy)
    except (TypeError, ValueError):
        return False
    statements = doc.get("Statement") if isinstance(doc, dict) else None
    if isinstance(statements, dict):
        statements = [statements]
    return any(isinstance(st, dict) and st.get("Effect") == "Allow" and
               _everyone(st.get("Principal")) and "Condition" not in st
               for st in statements or [])


_put = S3Backend.put_bucket_policy


def _put_unless_blocked(self, bucket_name, policy):
    block = self.get_bucket(bucket_name).public_access_block
    if (block is None or block.block_public_policy) and _public(policy):
        raise PublicPolicyBlocked()
    return _put(self, bucket_name, policy)


S3Backend.put_bucket_policy = _put_unless_blocked

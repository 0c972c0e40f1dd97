"""S3 lifecycle rules: a Filter's ObjectSizeGreaterThan and ObjectSizeLessThan,
at its top and inside And, kept and answered.

From the S3 API reference (LifecycleRuleFilter, LifecycleRuleAndOperator):
a rule's Filter takes ObjectSizeGreaterThan and ObjectSizeLessThan ("Minimum
/ Maximum object size to which the rule applies", bytes), alone or inside
And beside Prefix and Tags; GetBucketLifecycleConfiguration answers the
rules as put. moto 5.2.1 drops both sizes, so hashicorp/aws's
aws_s3_bucket_lifecycle_configuration, which waits until the rules read back
equal those it put, waits until it is stopped (tests/twins, issue 86:
terraform-aws-s3-bucket's examples/complete, whose rule log2 filters on
prefix, sizes and tags).
"""
from moto.s3.models import FakeBucket
from moto.s3.responses import S3Response

SIZES = ("ObjectSizeGreaterThan", "ObjectSizeLessThan")

_set_lifecycle = FakeBucket.set_lifecycle


def _sizes(raw):
    return {k: int(raw[k]) for k in SIZES if isinstance(raw, dict) and raw.get(k) not in (None, "")}


def set_lifecycle(self, rules):
    _set_lifecycle(self, rules)
    for raw, rule in zip(rules, self.rules):
        f = raw.get("Filter") if isinstance(raw, dict) else None
        if rule.filter is None or not isinstance(f, dict):
            continue
        rule.filter.object_sizes = _sizes(f)
        if rule.filter.and_filter is not None:
            rule.filter.and_filter.object_sizes = _sizes(f.get("And"))


FakeBucket.set_lifecycle = set_lifecycle

_get_bucket_lifecycle = S3Response.get_bucket_lifecycle


def get_bucket_lifecycle(self):
    serialized = self.serialized

    def with_sizes(action_result):
        models = self.backend.get_bucket_lifecycle(self.bucket_name)
        for answer, rule in zip(action_result.result.get("Rules", []), models):
            if rule.filter is None or "Filter" not in answer:
                continue
            answer["Filter"].update(getattr(rule.filter, "object_sizes", {}))
            if rule.filter.and_filter is not None and "And" in answer["Filter"]:
                answer["Filter"]["And"].update(getattr(rule.filter.and_filter, "object_sizes", {}))
        return serialized(action_result)
    self.serialized = with_sizes
    try:
        return _get_bucket_lifecycle(self)
    finally:
        del self.serialized


S3Response.get_bucket_lifecycle = get_bucket_lifecycle

"""CloudWatch's actions authorized as cloudwatch:*, not monitoring:*.

With request authentication on, moto names the action it checks against the
caller's policies by the SigV4 credential scope's service: for CloudWatch
that is the signing name "monitoring" (botocore's model of CloudWatch:
signingName "monitoring"), so moto asks whether monitoring:DescribeAlarms
is allowed. IAM's prefix for CloudWatch is "cloudwatch" (Service Authorization
Reference, "Actions, resources, and condition keys for Amazon CloudWatch":
"service prefix: cloudwatch"), and a policy granting cloudwatch:DescribeAlarms
(what `terrace policy` prints) is what AWS checks. Every other service
terrace calls signs with its IAM prefix, so only this one is renamed.
Found by t0851 (examples/retail-batch's alarms applied by a user whose only
policy is the one `terrace policy` printed).
"""
from moto.iam.access_control import IAMRequestBase

SIGNING_TO_IAM = {"monitoring": "cloudwatch"}

_init = IAMRequestBase.__init__


def __init__(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    prefix, _, action = self._action.partition(":")
    if prefix in SIGNING_TO_IAM:
        self._action = SIGNING_TO_IAM[prefix] + ":" + action


IAMRequestBase.__init__ = __init__

"""EC2 traffic mirror filters and targets: ids of AWS's form, tmf-... and
tmt-..., not moto's traf-mir-fil-... and traf-mir-tar-....

From the EC2 API reference (CreateTrafficMirrorFilter's and
CreateTrafficMirrorTarget's examples: "tmf-04812ff784EXAMPLE",
"tmt-07f75d8feeEXAMPLE") and the CloudFormation registry's
AWS::EC2::TrafficMirrorSession examples. A read of a filter's or a target's id
at plan (provider/aws/checks/kinds/reads.def) sends only a value of AWS's
form, so an object moto made under its own prefix was never read (proven by
t1688's traffic mirror step, and tests/unit/test_kind_reads.c).
"""
from moto.ec2 import utils

utils.EC2_RESOURCE_TO_PREFIX["traffic-mirror-filter"] = "tmf"
utils.EC2_RESOURCE_TO_PREFIX["traffic-mirror-target"] = "tmt"

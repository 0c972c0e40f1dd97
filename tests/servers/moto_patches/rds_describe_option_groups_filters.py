"""RDS DescribeOptionGroups without OptionGroupName.

From the RDS API reference (DescribeOptionGroups): OptionGroupName,
EngineName and MajorEngineVersion are each optional filters; without
OptionGroupName the answer lists every option group that matches the others
(none: an empty OptionGroupsList); OptionGroupNotFoundFault is for a named
group that does not exist. moto 5.2.1 reads option_group_name as always
present, and answers HTTP 500 (KeyError) to a call without it, as
hashicorp/aws's reads of a module's option group and tests/twins's
inventory make (tests/twins, issue 86: the terraform-aws-rds examples).
"""
from moto.rds.models import RDSBackend

_describe_option_groups = RDSBackend.describe_option_groups


def describe_option_groups(self, option_group_kwargs):
    kwargs = dict(option_group_kwargs)
    kwargs.setdefault("option_group_name", None)
    if kwargs["option_group_name"]:
        return _describe_option_groups(self, kwargs)
    return [g for g in self.option_groups.values()
            if (not kwargs.get("engine_name") or g.engine_name == kwargs["engine_name"])
            and (not kwargs.get("major_engine_version") or g.major_engine_version == kwargs["major_engine_version"])]


RDSBackend.describe_option_groups = describe_option_groups

"""CloudFormation (and so Cloud Control): AWS::RDS::OptionGroup.

moto 5.2.1 has RDS's CreateOptionGroup, ModifyOptionGroup and
DeleteOptionGroup but no CloudFormation model of an option group: its Cloud
Control answered TypeNotFoundException (the Terraform corpus's
terraform-aws-rds examples, whose aws_db_option_group terrace writes as
awscc.rds.option_group; tests/twins, issue 86). Written from the
CloudFormation template reference, AWS::RDS::OptionGroup, and its registry
schema (create rds:CreateOptionGroup and rds:ModifyOptionGroup, update
rds:ModifyOptionGroup and the tags', delete rds:DeleteOptionGroup):

  EngineName                required, createOnly
  MajorEngineVersion        required, createOnly
  OptionGroupDescription    required, createOnly
  OptionGroupName           createOnly; the primaryIdentifier, what Ref
                            returns (RDS keeps it in lower case); one is
                            generated when absent
  OptionConfigurations      [{OptionName, OptionSettings [{Name, Value}],
                            OptionVersion, Port, DBSecurityGroupMemberships,
                            VpcSecurityGroupMemberships}]: ModifyOptionGroup's
                            OptionsToInclude (OptionsToRemove on update)
  Tags                      [{Key, Value}]

moto's own checks of CreateOptionGroup stand (its engines and major
versions, a blank description, a name taken); an update sets the options
and the tags in place.
"""
from moto.rds.exceptions import OptionGroupNotFoundFaultError
from moto.rds.models import rds_backends
from moto_cfn_model import CfnModel, register


def _backend(account_id, region_name):
    return rds_backends[account_id][region_name]


def _options(props):
    """OptionConfigurations as ModifyOptionGroup's OptionsToInclude."""
    out = []
    for o in props.get("OptionConfigurations") or []:
        one = {"OptionName": o["OptionName"]}
        if o.get("OptionSettings"):
            one["OptionSettings"] = [{k: s[k] for k in ("Name", "Value") if k in s} for s in o["OptionSettings"]]
        for key in ("OptionVersion", "Port", "DBSecurityGroupMemberships", "VpcSecurityGroupMemberships"):
            if o.get(key) is not None:
                one[key] = o[key]
        out.append(one)
    return out


class OptionGroupModel(CfnModel):
    """Known by its name (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.rds.option_group_model"
    TYPE, NAME = "AWS::RDS::OptionGroup", "OptionGroupName"

    def held(self):
        return _backend(self.account_id, self.region_name).option_groups.get(self.id)

    @classmethod
    def create(cls, name, props, account_id, region_name):
        backend = _backend(account_id, region_name)
        group = backend.create_option_group({
            "option_group_name": (props.get("OptionGroupName") or name).lower(),
            "engine_name": props.get("EngineName"),
            "major_engine_version": props.get("MajorEngineVersion"),
            "option_group_description": props.get("OptionGroupDescription"),
            "tags": props.get("Tags") or []})
        options = _options(props)
        if options:
            backend.modify_option_group(group.name, options_to_include=options)
        return cls(group.name, account_id, region_name)

    def change(self, props):
        group = self.held()
        if group is None:
            raise OptionGroupNotFoundFaultError(self.id)
        options = _options(props)
        wanted = {o["OptionName"] for o in options}
        gone = [name for name in list(group._options) if name not in wanted]
        if options or gone:
            _backend(self.account_id, self.region_name).modify_option_group(
                group.name, options_to_include=options or None, options_to_remove=gone or None)
        group.tags = props.get("Tags") or []

    def delete(self, account_id, region_name):
        _backend(self.account_id, self.region_name).delete_option_group(self.id)


register(OptionGroupModel)

"""CloudFormation (and so Cloud Control): AWS::EC2::SecurityGroupEgress, and
AWS::EC2::SecurityGroupIngress as its registry schema has it.

moto 5.2.1 has no model of AWS::EC2::SecurityGroupEgress (its Cloud Control
answered TypeNotFoundException: the Terraform corpus's terraform-aws-security-group
`computed` and `dynamic`, whose IPv6 egress rules terrace writes as
awscc.ec2.security_group_egress, could not apply; tests/twins, issue 86).
Its model of AWS::EC2::SecurityGroupIngress authorizes a rule with no range
for CidrIpv6 (it passes only CidrIp on), takes no SourcePrefixListId, has no
physical id (Cloud Control answered a name it made up) and no delete.

Written from the CloudFormation template reference
(AWS::EC2::SecurityGroupEgress, AWS::EC2::SecurityGroupIngress) and their
registry schemas (cfn-lint's copy; ../shared/aws-schemas/handlers.json:
create ec2:AuthorizeSecurityGroupEgress / Ingress, delete
ec2:RevokeSecurityGroupEgress / Ingress):

  GroupId                      the group (Egress: required); Ingress also
                               GroupName (a default VPC's group by name)
  IpProtocol                   required; "-1" all protocols (ports ignored)
  FromPort, ToPort             the port range (ICMP: type and code)
  CidrIp, CidrIpv6             an IPv4 or IPv6 range, with Description
  DestinationPrefixListId,     Egress: a prefix list's or a group's id
  DestinationSecurityGroupId
  SourcePrefixListId,          Ingress: the same as sources
  SourceSecurityGroupId,
  SourceSecurityGroupName
  Description                  the rule's description
  Id                           read-only, the primaryIdentifier: the
                               rule's id (sgr-...), what Ref returns

Each is one rule (exactly one of the ranges, prefix list or group: EC2's
AuthorizeSecurityGroupEgress and Ingress refuse a permission with none,
"InvalidParameterValue"). Every property but Description is createOnly: an
update changes the description in place (UpdateSecurityGroupRuleDescriptions*),
anything else is a new rule (Cloud Control refuses it as NotUpdatable).
Delete revokes the rule by its id; a rule already revoked is NotFound to
Cloud Control, and deleted to a stack (whose group may have gone first).
"""
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import ec2_backends
from moto_cfn_model import CfnModel, register


class _Invalid(EC2ClientError):
    def __init__(self, message):
        super().__init__("InvalidParameterValue", message)


class _NotFound(EC2ClientError):
    def __init__(self, rule_id):
        super().__init__("InvalidSecurityGroupRuleId.NotFound",
                         f"The security group rule ID '{rule_id}' does not exist")


def _backend(account_id, region_name):
    return ec2_backends[account_id][region_name]


def _find(backend, rule_id):
    """The group holding the rule of this id, and the rule; or (None, None)."""
    for groups in list(backend.groups.values()):
        for group in list(groups.values()):
            rule = group.get_rule(rule_id)
            if rule is not None:
                return group, rule
    return None, None


class _RuleModel(CfnModel):
    """One rule, known by its id (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.ec2.security_group_rule_model"
    ATTRIBUTES = ("Id",)

    EGRESS = True
    PREFIX_LIST = "DestinationPrefixListId"
    GROUP = "DestinationSecurityGroupId"

    def held(self):
        return _find(_backend(self.account_id, self.region_name), self.id)[1]

    def attribute(self, name):
        return self.id

    @classmethod
    def _group(cls, backend, props):
        group_id = props.get("GroupId")
        if not group_id and not cls.EGRESS and props.get("GroupName"):
            found = backend.describe_security_groups(groupnames=[props["GroupName"]])
            return found[0].id if found else props["GroupName"]
        return group_id

    @classmethod
    def create(cls, name, props, account_id, region_name):
        backend = _backend(account_id, region_name)
        ranges, groups, prefix_lists = [], [], []
        description = props.get("Description")
        for key in ("CidrIp", "CidrIpv6"):
            if props.get(key):
                ranges.append({key: props[key], **({"Description": description} if description else {})})
        if props.get(cls.PREFIX_LIST):
            prefix_lists.append({"PrefixListId": props[cls.PREFIX_LIST],
                                 **({"Description": description} if description else {})})
        if props.get(cls.GROUP):
            groups.append({"GroupId": props[cls.GROUP]})
        if not cls.EGRESS and props.get("SourceSecurityGroupName"):
            groups.append({"GroupName": props["SourceSecurityGroupName"]})
        if len(ranges) + len(groups) + len(prefix_lists) != 1:
            raise _Invalid("The request must contain exactly one of CidrIp, CidrIpv6, "
                           f"{cls.PREFIX_LIST}, {cls.GROUP}" +
                           ("" if cls.EGRESS else ", SourceSecurityGroupName") + ".")
        protocol = str(props.get("IpProtocol"))
        all_ports = protocol in ("-1", "all")
        authorize = backend.authorize_security_group_egress if cls.EGRESS \
            else backend.authorize_security_group_ingress
        rules, _ = authorize(group_name_or_id=cls._group(backend, props), ip_protocol=protocol,
                             from_port=None if all_ports else props.get("FromPort"),
                             to_port=None if all_ports else props.get("ToPort"),
                             ip_ranges=ranges, source_groups=groups, prefix_list_ids=prefix_lists)
        return cls(rules[0].id, account_id, region_name)

    def change(self, props):
        # Only Description is not createOnly: set on the rule in place
        rule = self.held()
        if rule is None:
            raise _NotFound(self.id)
        if rule.ip_range:
            if props.get("Description"):
                rule.ip_range["Description"] = props["Description"]
            else:
                rule.ip_range.pop("Description", None)

    def delete(self, account_id, region_name, missing_ok=True):
        # A stack's delete (moto's, after the group that held the rule may
        # have gone with its rules) takes a rule already gone as deleted;
        # Cloud Control's answers NotFound (delete_from_cloudformation_json).
        backend = _backend(self.account_id, self.region_name)
        group, rule = _find(backend, self.id)
        if rule is None:
            if missing_ok:
                return
            raise _NotFound(self.id)
        revoke = backend.revoke_security_group_egress if rule.is_egress \
            else backend.revoke_security_group_ingress
        revoke(group_name_or_id=group.id, ip_protocol=rule.ip_protocol, from_port=rule.from_port,
               to_port=rule.to_port, ip_ranges=[], security_rule_ids=[self.id], vpc_id=group.vpc_id)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id, region_name):
        # resource_name: the rule's id (Cloud Control's identifier, a stack's physical id)
        cls(resource_name, account_id, region_name).delete(account_id, region_name, missing_ok=False)


class EgressModel(_RuleModel):
    __module__ = _RuleModel.__module__
    TYPE = "AWS::EC2::SecurityGroupEgress"


class IngressModel(_RuleModel):
    __module__ = _RuleModel.__module__
    EGRESS = False
    PREFIX_LIST = "SourcePrefixListId"
    GROUP = "SourceSecurityGroupId"
    TYPE = "AWS::EC2::SecurityGroupIngress"


register(EgressModel, IngressModel)

"""CloudFormation (and so Cloud Control): AWS::EC2::PrefixList.

moto 5.2.1 has EC2's CreateManagedPrefixList but no CloudFormation model of
a prefix list: its Cloud Control answered TypeNotFoundException (the
Terraform corpus's terraform-aws-security-group `http`, whose
aws_ec2_managed_prefix_list terrace writes as awscc.ec2.prefix_list, could
not apply; tests/twins, issue 86). Written from the CloudFormation template
reference, AWS::EC2::PrefixList, and its registry schema (cfn-lint's copy;
../shared/aws-schemas/handlers.json: create ec2:CreateManagedPrefixList,
update ec2:ModifyManagedPrefixList, delete ec2:DeleteManagedPrefixList):

  PrefixListName     required; the list's name
  AddressFamily      required; IPv4 or IPv6
  MaxEntries         the most entries the list may hold
  Entries            [{Cidr, Description}]
  Tags               [{Key, Value}]
  PrefixListId       read-only, the primaryIdentifier (pl-...), what Ref returns
  Arn, OwnerId,      read-only (Fn::GetAtt)
  Version

No property is createOnly: an update changes the name, the entries (a new
version, ModifyManagedPrefixList's AddEntries and RemoveEntries), MaxEntries
and the tags in place. More entries than MaxEntries is EC2's
"PrefixListMaxEntriesExceeded"; an AddressFamily other than IPv4 or IPv6, or
an entry of the other family, "InvalidParameterValue". Delete is
DeleteManagedPrefixList (moto marks the list delete-complete and forgets it
after the next DescribeManagedPrefixLists, as AWS lists it for a while).
"""
import ipaddress

from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import ec2_backends
from moto_cfn_model import CfnModel, register


class _Invalid(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


class _NotFound(EC2ClientError):
    def __init__(self, list_id):
        super().__init__("InvalidPrefixListID.NotFound", f"The prefix list ID '{list_id}' does not exist")


def _backend(account_id, region_name):
    return ec2_backends[account_id][region_name]


def _entries(props):
    """The Entries in EC2's form, checked against AddressFamily and MaxEntries."""
    family = props.get("AddressFamily")
    if family not in ("IPv4", "IPv6"):
        raise _Invalid("InvalidParameterValue",
                       f"Value ({family}) for parameter addressFamily is invalid. "
                       "Valid values are IPv4 and IPv6.")
    out = []
    for e in props.get("Entries") or []:
        try:
            net = ipaddress.ip_network(e.get("Cidr", ""), strict=False)
        except ValueError:
            raise _Invalid("InvalidParameterValue", f"The CIDR '{e.get('Cidr')}' is invalid.")
        if (net.version == 4) != (family == "IPv4"):
            raise _Invalid("InvalidParameterValue",
                           f"The CIDR '{e['Cidr']}' is not of the address family {family}.")
        out.append({"Cidr": e["Cidr"], **({"Description": e["Description"]} if e.get("Description") else {})})
    most = props.get("MaxEntries")
    if most is not None and len(out) > int(most):
        raise _Invalid("PrefixListMaxEntriesExceeded",
                       f"The maximum number of entries ({most}) for the prefix list has been exceeded.")
    return out


def _tags(props):
    return {t["Key"]: t.get("Value", "") for t in props.get("Tags") or []}


class PrefixListModel(CfnModel):
    """Known by its id (Cloud Control's identifier, a stack's physical id)."""

    # What the harness reads a model's service from (cloudcontrol_api.py).
    __module__ = "moto.ec2.prefix_list_model"
    TYPE, NAME = "AWS::EC2::PrefixList", "PrefixListName"
    ATTRIBUTES = ("PrefixListId", "Arn", "OwnerId", "Version")

    def held(self):
        pl = _backend(self.account_id, self.region_name).managed_prefix_lists.get(self.id)
        return pl if pl is not None and pl.state != "delete-complete" else None

    def attribute(self, name):
        pl = self.held()
        if pl is not None:
            return {"PrefixListId": pl.id, "Arn": pl.prefix_list_arn, "OwnerId": pl.owner_id,
                    "Version": pl.version}[name]
        return None

    @classmethod
    def create(cls, name, props, account_id, region_name):
        entries = _entries(props)
        most = props.get("MaxEntries")
        pl = _backend(account_id, region_name).create_managed_prefix_list(
            address_family=props["AddressFamily"], entry=entries,
            max_entries=None if most is None else int(most),
            prefix_list_name=props.get("PrefixListName") or name, tags=_tags(props))
        return cls(pl.id, account_id, region_name)

    def change(self, props):
        pl = self.held()
        if pl is None:
            raise _NotFound(self.id)
        entries = _entries(props)
        now = pl.entries.get(pl.version, []) if pl.entries else []
        cidrs = {e["Cidr"] for e in entries}
        remove = [e for e in now if e["Cidr"] not in cidrs]
        add = [e for e in entries if e not in now]
        _backend(self.account_id, self.region_name).modify_managed_prefix_list(
            add_entry=add, remove_entry=remove, prefix_list_id=pl.id, current_version=pl.version,
            prefix_list_name=props.get("PrefixListName") or pl.prefix_list_name)
        if props.get("MaxEntries") is not None:
            pl.max_entries = int(props["MaxEntries"])
        tags = _tags(props)
        gone = [t["key"] for t in pl.get_tags() if t["key"] not in tags]
        if gone:
            pl.ec2_backend.delete_tags([pl.id], {k: None for k in gone})
        if tags:
            pl.add_tags(tags)

    def delete(self, account_id, region_name):
        if self.held() is None:
            raise _NotFound(self.id)
        _backend(self.account_id, self.region_name).delete_managed_prefix_list(self.id)


register(PrefixListModel)

"""EC2: placement groups (CreatePlacementGroup, DescribePlacementGroups,
DeletePlacementGroup), which moto 5.2.1 does not have.

A read of a literal placement group id at plan (an awscc launch template's
placement group_id: provider/aws/checks/kinds/reads.def, DescribePlacementGroups
by GroupId.1) had no group on moto to find. Written from the EC2 API reference
and botocore's model of these operations, and AWS's page of EC2's error codes:

- a group has a name unique in the account's Region (another of that name is
  InvalidPlacementGroup.Duplicate), a strategy `cluster`, `spread` or
  `partition` (else InvalidParameterValue), a partition count (a partition
  group's, 1 to 7, default 2) or a spread level (`host` or `rack`, a spread
  group's, default `rack`), tags of TagSpecifications (ResourceType
  placement-group), state `available`, an id `pg-` and 17 hex digits and the
  ARN arn:aws:ec2:REGION:ACCOUNT:placement-group/NAME.
- Describe takes GroupNames and GroupIds: one that names no group is
  InvalidPlacementGroup.Unknown ("The specified placement group cannot be
  found"); and the Filters group-name, group-id, state, strategy,
  spread-level, tag:KEY and tag-key.
- Delete takes GroupName (an unknown one InvalidPlacementGroup.Unknown).
(Proven by t1688's placement group step, and tests/unit/test_kind_reads.c.)
"""
import secrets

from moto.core.responses import ActionResult, EmptyResult
from moto.ec2.exceptions import EC2ClientError
from moto_ec2_records import ec2_filtered
from moto.ec2.responses import EC2Response


class _Error(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


def _groups(backend):
    if not hasattr(backend, "terrace_placement_groups"):
        backend.terrace_placement_groups = {}
    return backend.terrace_placement_groups


def _unknown(what):
    return _Error("InvalidPlacementGroup.Unknown",
                  f"The placement group '{what}' is unknown.")


def _show(record):
    out = {k: v for k, v in record.items() if k != "TagDict"}
    out["Tags"] = [{"Key": k, "Value": v} for k, v in record["TagDict"].items()]
    return out


def create_placement_group(self):
    backend = self.ec2_backend
    name = self._get_param("GroupName")
    strategy = self._get_param("Strategy")
    if strategy not in ("cluster", "spread", "partition"):
        raise _Error("InvalidParameterValue",
                     f"Value ({strategy}) for parameter strategy is invalid.")
    if name in _groups(backend):
        raise _Error("InvalidPlacementGroup.Duplicate",
                     f"The placement group '{name}' already exists.")
    record = {"GroupName": name, "State": "available", "Strategy": strategy,
              "GroupId": "pg-" + secrets.token_hex(9)[:17],
              "GroupArn": f"arn:aws:ec2:{backend.region_name}:{backend.account_id}"
                          f":placement-group/{name}",
              "TagDict": dict(self._parse_tag_specification().get("placement-group", {}))}
    if strategy == "partition":
        count = int(self._get_param("PartitionCount") or 2)
        if not 1 <= count <= 7:
            raise _Error("InvalidParameterValue",
                         f"Value ({count}) for parameter partitionCount is invalid.")
        record["PartitionCount"] = count
    if strategy == "spread":
        level = self._get_param("SpreadLevel") or "rack"
        if level not in ("host", "rack"):
            raise _Error("InvalidParameterValue",
                         f"Value ({level}) for parameter spreadLevel is invalid.")
        record["SpreadLevel"] = level
    _groups(backend)[name] = record
    return ActionResult({"PlacementGroup": _show(record)})


_FILTERS = {"group-name": "GroupName", "group-id": "GroupId", "state": "State",
            "strategy": "Strategy", "spread-level": "SpreadLevel"}


def describe_placement_groups(self):
    groups = _groups(self.ec2_backend)
    records = list(groups.values())
    names, ids = self._get_param("GroupNames", []), self._get_param("GroupIds", [])
    if names or ids:
        by_id = {r["GroupId"]: r for r in records}
        for what in names:
            if what not in groups:
                raise _unknown(what)
        for what in ids:
            if what not in by_id:
                raise _unknown(what)
        records = [groups[n] for n in names] + [by_id[i] for i in ids]
    records = ec2_filtered(records, self._filters_from_querystring(), _FILTERS)
    return ActionResult({"PlacementGroups": [_show(r) for r in records]})


def delete_placement_group(self):
    name = self._get_param("GroupName")
    if _groups(self.ec2_backend).pop(name, None) is None:
        raise _unknown(name)
    return EmptyResult()


for _f in (create_placement_group, describe_placement_groups, delete_placement_group):
    setattr(EC2Response, _f.__name__, _f)

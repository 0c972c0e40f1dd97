"""EC2: VPC Block Public Access (the account's options and its exclusions).

moto 5.2.1 has none of ModifyVpcBlockPublicAccessOptions,
DescribeVpcBlockPublicAccessOptions, CreateVpcBlockPublicAccessExclusion,
DescribeVpcBlockPublicAccessExclusions, ModifyVpcBlockPublicAccessExclusion and
DeleteVpcBlockPublicAccessExclusion, so hashicorp/aws's
aws_vpc_block_public_access_options and _exclusion waited until stopped for a
state moto never answered (the Terraform corpus's terraform-aws-vpc
`block-public-access`; tests/twins, issue 86). Written from the EC2 API
reference and botocore's model of these operations:

- the options are the account's in the Region: InternetGatewayBlockMode
  `off` (State `default-state`) until modified to `block-bidirectional` or
  `block-ingress` (or back to `off`); Modify answers `update-in-progress`,
  Describe then `update-complete`; ManagedBy `account`, ExclusionsAllowed
  `allowed`; another mode is InvalidParameterValue.
- an exclusion names exactly one of VpcId and SubnetId (else
  InvalidParameterCombination or MissingParameter; a VPC or subnet EC2 does
  not hold answers its NotFound), InternetGatewayExclusionMode
  `allow-bidirectional` or `allow-egress`, tags of TagSpecifications
  (ResourceType vpc-block-public-access-exclusion); its id `exclusion-` and
  17 hex digits; ResourceArn the VPC's or subnet's ARN. Create answers
  `create-in-progress`, Modify `update-in-progress`, Delete
  `delete-in-progress`; Describe then the state it reached
  (`create-complete`, `update-complete`, `delete-complete`: a deleted
  exclusion is still listed, as EC2 lists it for a while). Describe takes
  ExclusionIds (an unknown one is InvalidVpcBlockPublicAccessExclusionId.NotFound)
  and the Filters state, resource-arn and internet-gateway-exclusion-mode.
"""
import secrets

from moto.core.responses import ActionResult
from moto.core.utils import utcnow
from moto.ec2.exceptions import EC2ClientError
from moto_ec2_records import ec2_filtered
from moto.ec2.responses import EC2Response


class _Error(EC2ClientError):
    def __init__(self, code, message):
        super().__init__(code, message)


_DONE = {"create-in-progress": "create-complete", "update-in-progress": "update-complete",
         "delete-in-progress": "delete-complete"}


def _options(backend):
    if not hasattr(backend, "terrace_bpa_options"):
        backend.terrace_bpa_options = {
            "AwsAccountId": backend.account_id, "AwsRegion": backend.region_name, "State": "default-state",
            "InternetGatewayBlockMode": "off", "ManagedBy": "account", "ExclusionsAllowed": "allowed"}
    return backend.terrace_bpa_options


def _exclusions(backend):
    if not hasattr(backend, "terrace_bpa_exclusions"):
        backend.terrace_bpa_exclusions = {}
    return backend.terrace_bpa_exclusions


def _settle(record):
    """What a later Describe answers: the state the change reached."""
    out = dict(record)
    out["State"] = _DONE.get(record["State"], record["State"])
    return out


def _show(record):
    out = {k: v for k, v in record.items() if k != "TagDict"}
    if "TagDict" in record:
        out["Tags"] = [{"Key": k, "Value": v} for k, v in record["TagDict"].items()]
    return out


def modify_vpc_block_public_access_options(self):
    mode = self._get_param("InternetGatewayBlockMode")
    if mode not in ("off", "block-bidirectional", "block-ingress"):
        raise _Error("InvalidParameterValue",
                     f"Value ({mode}) for parameter InternetGatewayBlockMode is invalid.")
    options = _options(self.ec2_backend)
    options.update(InternetGatewayBlockMode=mode, State="update-in-progress", LastUpdateTimestamp=utcnow())
    answer = dict(options)
    options["State"] = "update-complete"
    return ActionResult({"VpcBlockPublicAccessOptions": answer})


def describe_vpc_block_public_access_options(self):
    return ActionResult({"VpcBlockPublicAccessOptions": dict(_options(self.ec2_backend))})


def _find(backend, exclusion_id):
    record = _exclusions(backend).get(exclusion_id)
    if record is None:
        raise _Error("InvalidVpcBlockPublicAccessExclusionId.NotFound",
                     f"The exclusion ID '{exclusion_id}' does not exist")
    return record


def _mode(mode):
    if mode not in ("allow-bidirectional", "allow-egress"):
        raise _Error("InvalidParameterValue",
                     f"Value ({mode}) for parameter InternetGatewayExclusionMode is invalid.")
    return mode


def create_vpc_block_public_access_exclusion(self):
    backend = self.ec2_backend
    vpc_id, subnet_id = self._get_param("VpcId"), self._get_param("SubnetId")
    if vpc_id and subnet_id:
        raise _Error("InvalidParameterCombination", "Specify either VpcId or SubnetId, not both.")
    if not vpc_id and not subnet_id:
        raise _Error("MissingParameter", "Either VpcId or SubnetId must be specified.")
    mode = _mode(self._get_param("InternetGatewayExclusionMode"))
    if vpc_id:
        backend.get_vpc(vpc_id)  # InvalidVpcID.NotFound
        arn = f"arn:aws:ec2:{backend.region_name}:{backend.account_id}:vpc/{vpc_id}"
    else:
        backend.get_subnet(subnet_id)  # InvalidSubnetID.NotFound
        arn = f"arn:aws:ec2:{backend.region_name}:{backend.account_id}:subnet/{subnet_id}"
    tags = self._parse_tag_specification().get("vpc-block-public-access-exclusion", {})
    now = utcnow()
    record = {"ExclusionId": "exclusion-" + secrets.token_hex(9)[:17], "InternetGatewayExclusionMode": mode,
              "ResourceArn": arn, "State": "create-in-progress", "CreationTimestamp": now,
              "LastUpdateTimestamp": now, "TagDict": dict(tags)}
    answer = _show(record)
    _exclusions(backend)[record["ExclusionId"]] = _settle(record)
    return ActionResult({"VpcBlockPublicAccessExclusion": answer})


def modify_vpc_block_public_access_exclusion(self):
    record = _find(self.ec2_backend, self._get_param("ExclusionId"))
    if record["State"] == "delete-complete":
        raise _Error("InvalidVpcBlockPublicAccessExclusionId.NotFound",
                     f"The exclusion ID '{record['ExclusionId']}' does not exist")
    record.update(InternetGatewayExclusionMode=_mode(self._get_param("InternetGatewayExclusionMode")),
                  State="update-in-progress", LastUpdateTimestamp=utcnow())
    answer = _show(record)
    record["State"] = "update-complete"
    return ActionResult({"VpcBlockPublicAccessExclusion": answer})


def delete_vpc_block_public_access_exclusion(self):
    record = _find(self.ec2_backend, self._get_param("ExclusionId"))
    now = utcnow()
    record.update(State="delete-in-progress", LastUpdateTimestamp=now, DeletionTimestamp=now)
    answer = _show(record)
    record["State"] = "delete-complete"
    return ActionResult({"VpcBlockPublicAccessExclusion": answer})


_FILTERS = {"state": "State", "resource-arn": "ResourceArn",
            "internet-gateway-exclusion-mode": "InternetGatewayExclusionMode"}


def describe_vpc_block_public_access_exclusions(self):
    backend = self.ec2_backend
    ids = self._get_param("ExclusionIds", [])
    records = [_find(backend, i) for i in ids] if ids else list(_exclusions(backend).values())
    records = ec2_filtered(records, self._filters_from_querystring(), _FILTERS)
    return ActionResult({"VpcBlockPublicAccessExclusions": [_show(r) for r in records]})


for _f in (modify_vpc_block_public_access_options, describe_vpc_block_public_access_options,
           create_vpc_block_public_access_exclusion, modify_vpc_block_public_access_exclusion,
           delete_vpc_block_public_access_exclusion, describe_vpc_block_public_access_exclusions):
    setattr(EC2Response, _f.__name__, _f)

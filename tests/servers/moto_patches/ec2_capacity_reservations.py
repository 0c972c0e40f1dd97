"""EC2: On-Demand Capacity Reservations (CreateCapacityReservation,
DescribeCapacityReservations, CancelCapacityReservation), which moto 5.2.1
does not have.

A read of a literal capacity reservation id at plan (an awscc launch
template's capacity_reservation_target: provider/aws/checks/kinds/reads.def,
DescribeCapacityReservations by CapacityReservationId.1) had no reservation
on moto to find. Written from the EC2 API reference and botocore's model of
these operations, and AWS's page of EC2's error codes:

- a reservation takes InstanceType, InstancePlatform and InstanceCount (each
  required: MissingParameter), an AvailabilityZone (the Region's first, when
  not given), Tenancy (`default`), EbsOptimized, EndDateType (`unlimited`),
  InstanceMatchCriteria (`open`) and tags of TagSpecifications (ResourceType
  capacity-reservation); its id `cr-` and 17 hex digits, its ARN
  arn:aws:ec2:REGION:ACCOUNT:capacity-reservation/ID, state `active`, all
  its instances available.
- Describe takes CapacityReservationIds (one that names none is
  InvalidCapacityReservationId.NotFound, "The specified Capacity Reservation
  ID does not exist") and the Filters instance-type, state, tenancy,
  availability-zone, tag:KEY and tag-key.
- Cancel leaves it `cancelled`, still described, as EC2 describes it for a
  while; an unknown id is InvalidCapacityReservationId.NotFound.
(Proven by t1688's capacity reservation step, and tests/unit/test_kind_reads.c.)
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


def _reservations(backend):
    if not hasattr(backend, "terrace_capacity_reservations"):
        backend.terrace_capacity_reservations = {}
    return backend.terrace_capacity_reservations


def _find(backend, rid):
    record = _reservations(backend).get(rid)
    if record is None:
        raise _Error("InvalidCapacityReservationId.NotFound",
                     f"The capacity reservation ID '{rid}' does not exist")
    return record


def _show(record):
    out = {k: v for k, v in record.items() if k != "TagDict"}
    out["Tags"] = [{"Key": k, "Value": v} for k, v in record["TagDict"].items()]
    return out


def create_capacity_reservation(self):
    backend = self.ec2_backend
    for name in ("InstanceType", "InstancePlatform", "InstanceCount"):
        if not self._get_param(name):
            raise _Error("MissingParameter",
                         f"The request must contain the parameter {name}")
    rid = "cr-" + secrets.token_hex(9)[:17]
    count = int(self._get_param("InstanceCount"))
    record = {"CapacityReservationId": rid, "OwnerId": backend.account_id,
              "CapacityReservationArn": f"arn:aws:ec2:{backend.region_name}:{backend.account_id}"
                                        f":capacity-reservation/{rid}",
              "InstanceType": self._get_param("InstanceType"),
              "InstancePlatform": self._get_param("InstancePlatform"),
              "AvailabilityZone": self._get_param("AvailabilityZone") or backend.region_name + "a",
              "Tenancy": self._get_param("Tenancy") or "default",
              "TotalInstanceCount": count, "AvailableInstanceCount": count,
              "EbsOptimized": bool(self._get_param("EbsOptimized")), "EphemeralStorage": False,
              "State": "active", "StartDate": utcnow(), "CreateDate": utcnow(),
              "EndDateType": self._get_param("EndDateType") or "unlimited",
              "InstanceMatchCriteria": self._get_param("InstanceMatchCriteria") or "open",
              "ReservationType": "default",
              "TagDict": dict(self._parse_tag_specification().get("capacity-reservation", {}))}
    _reservations(backend)[rid] = record
    return ActionResult({"CapacityReservation": _show(record)})


_FILTERS = {"instance-type": "InstanceType", "state": "State", "tenancy": "Tenancy",
            "availability-zone": "AvailabilityZone"}


def describe_capacity_reservations(self):
    backend = self.ec2_backend
    ids = self._get_param("CapacityReservationIds", [])
    records = [_find(backend, i) for i in ids] if ids else list(_reservations(backend).values())
    records = ec2_filtered(records, self._filters_from_querystring(), _FILTERS)
    return ActionResult({"CapacityReservations": [_show(r) for r in records]})


def cancel_capacity_reservation(self):
    record = _find(self.ec2_backend, self._get_param("CapacityReservationId"))
    record["State"] = "cancelled"
    return ActionResult({"Return": True})


for _f in (create_capacity_reservation, describe_capacity_reservations,
           cancel_capacity_reservation):
    setattr(EC2Response, _f.__name__, _f)

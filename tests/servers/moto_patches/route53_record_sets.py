"""Route 53 record sets as AWS keeps them: a CREATE of a record set that
exists, or a DELETE of one that does not, refuses the whole batch; an alias
record set has no TTL.

From the Route 53 API reference (ChangeResourceRecordSets): CREATE "creates
a resource record set that has the specified values" and fails when one of
that name, type and set identifier exists; DELETE deletes an existing one;
the batch is carried out whole or not at all, and a refusal is 400
InvalidChangeBatch with each problem in brackets ("Tried to create resource
record set [name='www.example.com.', type='A'] but it already exists").
moto 5.2.1 refuses a CREATE only when the same change was sent before (its
journal), appending a second record set otherwise, and deletes every record
set of a set identifier whatever its name; this holds both to what AWS
does, so that terrace's refusal of a record someone else made, and its
weighted pairs, are tested as AWS behaves. moto also answers TTL 0 for a
record set sent without one (an alias), which AWS leaves out.
"""
from moto.route53.exceptions import Route53ClientError
from moto.route53.models import RecordSet, Route53Backend

_change = Route53Backend.change_resource_record_sets


class InvalidChangeBatch(Route53ClientError):
    def __init__(self, problems):
        super().__init__("InvalidChangeBatch", "[" + ", ".join(problems) + "]")


def _key(name, type_, set_identifier):
    return (name.rstrip(".").lower(), type_, set_identifier)


def change_resource_record_sets(self, zoneid, change_list):
    zone = self.get_hosted_zone(zoneid)
    there = {_key(r.name, r.type, r.set_identifier) for r in zone.rrsets}
    problems = []
    for change in change_list:
        rs = change["ResourceRecordSet"]
        key = _key(rs["Name"], rs["Type"], rs.get("SetIdentifier"))
        words = f"resource record set [name='{key[0]}.', type='{key[1]}'" + (
            f", set-identifier='{key[2]}'" if key[2] else "") + "]"
        if change["Action"] == "CREATE":
            if key in there:
                problems.append(f"Tried to create {words} but it already exists")
            there.add(key)
        elif change["Action"] == "DELETE":
            if key not in there:
                problems.append(f"Tried to delete {words} but it was not found")
            there.discard(key)
    if problems:
        raise InvalidChangeBatch(problems)
    rest = []
    for change in change_list:
        rs = change["ResourceRecordSet"]
        if change["Action"] == "DELETE" and rs.get("SetIdentifier"):
            key = _key(rs["Name"], rs["Type"], rs["SetIdentifier"])
            zone.rrsets = [r for r in zone.rrsets
                           if _key(r.name, r.type, r.set_identifier) != key]
        else:
            rest.append(change)
    if rest:
        _change(self, zoneid, rest)


Route53Backend.change_resource_record_sets = change_resource_record_sets


_record_set_init = RecordSet.__init__


def record_set_init(self, kwargs):
    _record_set_init(self, kwargs)
    self.ttl = kwargs.get("TTL")


RecordSet.__init__ = record_set_init

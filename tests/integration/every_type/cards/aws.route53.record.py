"""aws.route53.record in the tests of every aws type (../cards.py)."""

# A record set's create, like a group's, is a POST of a ChangeBatch to the
# zone's rrset/ path.
CREATE = ("ChangeResourceRecordSets", r"^POST./2013-04-01/hostedzone/[^/]+/rrset/.$")
EXTRA = {"record_type": "A", "ttl": 300, "records": ["192.0.2.10"]}
# The zone it is made in (APPLIED_WITH: a resource the applied stack adds).
APPLIED_WITH = {"route53_zone": {"type": "awscc.route53.hosted_zone", "name": "t0435-zone.test"}}
WIRING = {"zone_id": "${route53_zone.id}", "name": "rec.${route53_zone.name}"}
BASE = {"zone_id": "Z0123456789ABCDEFGHIJ", "name": "www.example.com", "record_type": "A",
        "ttl": 300, "records": ["192.0.2.10"]}


def record_sets(client, p, first):
    """The record sets whose names begin with `first` in the zones named by p."""
    r53 = client("route53")
    return [r for z in r53.list_hosted_zones()["HostedZones"] if z["Name"].startswith(p)
            for r in r53.list_resource_record_sets(HostedZoneId=z["Id"])["ResourceRecordSets"]
            if r["Name"].startswith(first)]


def count(client, p, stack):
    return len(record_sets(client, p, "rec."))

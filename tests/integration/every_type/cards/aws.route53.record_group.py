"""aws.route53.record_group in the tests of every aws type (../cards.py)."""
import os
import runpy

RECORD = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                     "aws.route53.record.py"))

CREATE = RECORD["CREATE"]
EXTRA = {"records": [{"name": "t0435-name", "record_type": "A", "ttl": 300,
                      "records": ["192.0.2.10"]}]}
APPLIED_WITH = RECORD["APPLIED_WITH"]
WIRING = {"zone_id": "${route53_zone.id}", "records": [
    {"name": "grp.${route53_zone.name}", "record_type": "TXT", "ttl": 300,
     "records": ["\"one\""]},
    {"name": "grp.${route53_zone.name}", "record_type": "A", "ttl": 300,
     "records": ["192.0.2.11"]}]}
BASE = {"zone_id": "Z0123456789ABCDEFGHIJ",
        "records": [{"name": "www.example.com", "record_type": "A", "ttl": 300,
                     "records": ["192.0.2.10"]}]}


def count(client, p, stack):
    """One group while any of its record sets is there."""
    return min(1, len(RECORD["record_sets"](client, p, "grp.")))

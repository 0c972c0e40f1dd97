#!/usr/bin/env python3
"""record_sets.py: a zone's record sets, as ListResourceRecordSets gives them
on stdin, one a line as sorted JSON, for comparing the sets convert's stack
made with those CloudFormation made from the same template (t1531, t1575).

Left out: the zone's own NS and SOA. Made normal: names without their final
dot, an alias's EvaluateTargetHealth False when absent, TTL a number.
--without-alias-zone also leaves out an alias target's HostedZoneId (when
the two were made in different zones and an alias points into its own).
"""
import json
import sys


def main():
    without_zone = sys.argv[1:] == ["--without-alias-zone"]
    if sys.argv[1:] and not without_zone:
        sys.exit("usage: record_sets.py [--without-alias-zone] <list-resource-record-sets.json")
    out = []
    for r in json.load(sys.stdin)["ResourceRecordSets"]:
        if r["Type"] in ("NS", "SOA"):
            continue
        r["Name"] = r["Name"].rstrip(".")
        if "AliasTarget" in r:
            r["AliasTarget"]["DNSName"] = r["AliasTarget"]["DNSName"].rstrip(".")
            r["AliasTarget"].setdefault("EvaluateTargetHealth", False)
            if without_zone:
                r["AliasTarget"].pop("HostedZoneId")
        r["TTL"] = int(r["TTL"]) if "TTL" in r else None
        out.append(json.dumps(r, sort_keys=True))
    print("\n".join(sorted(out)))


if __name__ == "__main__":
    main()

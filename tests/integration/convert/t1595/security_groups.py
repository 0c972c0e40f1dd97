"""t1595/security_groups.py: tests/twins/normalise.py's compare() on security
groups as the security-group module's examples/complete leaves them: the
permissions are a set of (protocol, ports, source), however a server groups
them into IpPermissions or orders them, and each group a rule refers to is named
(inventory.referenced_groups_named). Prints each case and its difference
lines (none: "same").
"""
import sys

sys.path.insert(0, sys.argv[1])
import inventory  # noqa: E402
import normalise  # noqa: E402

NAMES = {"sg-0aaa0000000000001": "complete-sg", "sg-0bbb0000000000002": "main-sg"}


def pair(group, description=None):
    p = {"UserId": "123456789012", "GroupId": group}
    if description:
        p["Description"] = description
    return p


def group(permissions, rules):
    attrs = {"GroupName": "complete-sg", "IpPermissions": permissions, "IpPermissionsEgress": [], "rules": rules}
    return {"type": "eu-west-1:ec2.security_group", "name": "complete-sg",
            "attrs": inventory.referenced_groups_named(attrs, NAMES)}


def rule(low, high, group_id):
    return {"IsEgress": False, "IpProtocol": "tcp", "FromPort": low, "ToPort": high,
            "ReferencedGroupInfo": {"GroupId": group_id, "UserId": "123456789012"}}


def tcp(low, high, cidrs=(), groups=()):
    return {"IpProtocol": "tcp", "FromPort": low, "ToPort": high,
            "IpRanges": [{"CidrIp": c, "Description": "Ingress Rule"} for c in cidrs],
            "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": list(groups)}


AWS_GROUPED = group([tcp(5432, 5432, ["0.0.0.0/0", "2.2.2.2/32"]),
                     tcp(30, 40, groups=[pair("sg-0aaa0000000000001", "Service name")])],
                    [rule(30, 40, "sg-0aaa0000000000001")])
CASES = [
    ("one permission of two sources, or two of one each, in another order",
     AWS_GROUPED,
     group([tcp(30, 40, groups=[pair("sg-0aaa0000000000001", "Service name")]),
            tcp(5432, 5432, ["2.2.2.2/32"]), tcp(5432, 5432, ["0.0.0.0/0"])],
           [rule(30, 40, "sg-0aaa0000000000001")])),
    ("a rule to the group itself missing",
     AWS_GROUPED,
     group([tcp(5432, 5432, ["0.0.0.0/0", "2.2.2.2/32"])], [])),
    ("the same ports to another group",
     AWS_GROUPED,
     group([tcp(5432, 5432, ["0.0.0.0/0", "2.2.2.2/32"]),
            tcp(30, 40, groups=[pair("sg-0bbb0000000000002", "Service name")])],
           [rule(30, 40, "sg-0bbb0000000000002")])),
    ("one source's description",
     AWS_GROUPED,
     group([tcp(5432, 5432, ["0.0.0.0/0", "2.2.2.2/32"]),
            tcp(30, 40, groups=[pair("sg-0aaa0000000000001", "Other")])],
           [rule(30, 40, "sg-0aaa0000000000001")])),
]

for title, original, twin in CASES:
    lines = normalise.compare([original], [twin])
    print("# " + title)
    print("\n".join(lines) if lines else "same")

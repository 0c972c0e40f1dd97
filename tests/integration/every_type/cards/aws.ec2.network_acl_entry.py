"""aws.ec2.network_acl_entry in the tests of every aws type (../cards.py)."""

CREATE = ("CreateNetworkAclEntry", r"^POST./.CreateNetworkAclEntry$")
EXTRA = {"network_acl_id": "acl-12345678", "rule_number": 100, "protocol": 6,
         "rule_action": "allow", "cidr_block": "10.0.0.0/16",
         "port_range": {"from": 443, "to": 443}}
# A rule of applied_stack.py's awscc ACL in the stack's VPC.
WIRING = {"network_acl_id": "${awscc_ec2_network_acl.id}"}


def count(client, p, stack):
    ec2 = client("ec2")
    acls = ec2.describe_network_acls(Filters=[{"Name": "tag:terrace:stack",
                                               "Values": [stack]}])["NetworkAcls"]
    return sum(1 for a in acls for e in a["Entries"] if e["RuleNumber"] == 100)

"""EC2 DescribeNetworkAcls: an id that names no network ACL is answered
InvalidNetworkAclID.NotFound, not InvalidRouteTableID.NotFound.

From the EC2 API reference's error codes: InvalidNetworkAclID.NotFound, "The
specified network ACL does not exist." moto 5.2.1 answers a route table's
code there, which a read of a network ACL's id at plan
(provider/aws/checks/kinds/reads.def) cannot take for "none" (proven by
t1688's network ACL step, and tests/unit/test_kind_reads.c).
"""
from moto.ec2.exceptions import InvalidNetworkAclIdError
from moto.ec2.models.network_acls import NetworkAclBackend
from moto.ec2.utils import generic_filter


def describe_network_acls(self, network_acl_ids=None, filters=None):
    network_acls = list(self.network_acls.values())
    if network_acl_ids:
        network_acls = [acl for acl in network_acls if acl.id in network_acl_ids]
        missing = sorted(set(network_acl_ids) - {acl.id for acl in network_acls})
        if missing:
            raise InvalidNetworkAclIdError(missing[0])
    return generic_filter(filters, network_acls)


NetworkAclBackend.describe_network_acls = describe_network_acls

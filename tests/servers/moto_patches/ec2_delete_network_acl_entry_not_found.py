"""EC2 DeleteNetworkAclEntry: an entry that is not there is answered
InvalidNetworkAclEntry.NotFound, not an HTTP 500.

From the EC2 API reference's error codes: InvalidNetworkAclEntry.NotFound,
"The specified network ACL entry does not exist." moto 5.2.1 looks the entry
up with a bare next() and answers the StopIteration as an internal error, so
a delete sent again after its answer was lost (the entry deleted by the first
attempt) failed where AWS says the entry is gone, which terrace counts as
done (aws.ec2.default_network_acl's create deletes EC2's own entries; t0810,
t1546).
"""
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models.network_acls import NetworkAclBackend


class InvalidNetworkAclEntryNotFoundError(EC2ClientError):
    def __init__(self, network_acl_id, rule_number):
        super().__init__(
            "InvalidNetworkAclEntry.NotFound",
            "The specified network ACL entry does not exist: rule %s of %s"
            % (rule_number, network_acl_id),
        )


def delete_network_acl_entry(self, network_acl_id, rule_number, egress):
    network_acl = self.get_network_acl(network_acl_id)
    entry = next((entry for entry in network_acl.network_acl_entries
                  if entry.egress == egress and entry.rule_number == rule_number), None)
    if entry is None:
        raise InvalidNetworkAclEntryNotFoundError(network_acl_id, rule_number)
    network_acl.network_acl_entries.remove(entry)
    return entry


NetworkAclBackend.delete_network_acl_entry = delete_network_acl_entry

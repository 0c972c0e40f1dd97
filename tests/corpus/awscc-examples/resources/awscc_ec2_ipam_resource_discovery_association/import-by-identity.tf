import {
  to = awscc_ec2_ipam_resource_discovery_association.example
  identity = {
    ipam_resource_discovery_association_id = "ipam_resource_discovery_association_id"
  }
}

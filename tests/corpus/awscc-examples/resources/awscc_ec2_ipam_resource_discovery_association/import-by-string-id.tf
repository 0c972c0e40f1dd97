import {
  to = awscc_ec2_ipam_resource_discovery_association.example
  id = "ipam_resource_discovery_association_id"
}
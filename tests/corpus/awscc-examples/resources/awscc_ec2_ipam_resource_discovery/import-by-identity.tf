import {
  to = awscc_ec2_ipam_resource_discovery.example
  identity = {
    ipam_resource_discovery_id = "ipam_resource_discovery_id"
  }
}

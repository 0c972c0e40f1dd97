import {
  to = awscc_ec2_ipam_resource_discovery.example
  id = "ipam_resource_discovery_id"
}
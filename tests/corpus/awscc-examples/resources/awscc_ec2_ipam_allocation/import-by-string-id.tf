import {
  to = awscc_ec2_ipam_allocation.example
  id = "ipam_pool_id|ipam_pool_allocation_id|cidr"
}
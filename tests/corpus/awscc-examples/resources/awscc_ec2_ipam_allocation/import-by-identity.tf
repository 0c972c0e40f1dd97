import {
  to = awscc_ec2_ipam_allocation.example
  identity = {
    ipam_pool_id            = "ipam_pool_id"
    ipam_pool_allocation_id = "ipam_pool_allocation_id"
    cidr                    = "cidr"
  }
}

import {
  to = awscc_ec2_ipam_pool_cidr.example
  id = "ipam_pool_id|ipam_pool_cidr_id"
}
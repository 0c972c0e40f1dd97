import {
  to = awscc_ec2_ipam_pool.example
  id = "ipam_pool_id"
}
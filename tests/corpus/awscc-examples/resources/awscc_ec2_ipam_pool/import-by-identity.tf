import {
  to = awscc_ec2_ipam_pool.example
  identity = {
    ipam_pool_id = "ipam_pool_id"
  }
}

import {
  to = awscc_ec2_vpc_block_public_access_options.example
  id = "account_id"
}
import {
  to = awscc_ec2_vpc_block_public_access_options.example
  identity = {
    account_id = "account_id"
  }
}

import {
  to = awscc_ec2_snapshot_block_public_access.example
  identity = {
    account_id = "account_id"
  }
}

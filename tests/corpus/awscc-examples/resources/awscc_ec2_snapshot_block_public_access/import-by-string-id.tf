import {
  to = awscc_ec2_snapshot_block_public_access.example
  id = "account_id"
}
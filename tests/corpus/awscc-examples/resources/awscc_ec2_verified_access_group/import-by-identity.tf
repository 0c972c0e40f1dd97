import {
  to = awscc_ec2_verified_access_group.example
  identity = {
    verified_access_group_id = "verified_access_group_id"
  }
}

import {
  to = awscc_ec2_verified_access_group.example
  id = "verified_access_group_id"
}
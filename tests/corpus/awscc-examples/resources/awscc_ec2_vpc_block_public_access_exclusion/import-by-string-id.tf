import {
  to = awscc_ec2_vpc_block_public_access_exclusion.example
  id = "exclusion_id"
}
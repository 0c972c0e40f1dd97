import {
  to = awscc_ec2_vpc_block_public_access_exclusion.example
  identity = {
    exclusion_id = "exclusion_id"
  }
}

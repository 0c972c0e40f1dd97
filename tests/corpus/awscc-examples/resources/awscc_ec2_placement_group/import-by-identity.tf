import {
  to = awscc_ec2_placement_group.example
  identity = {
    group_name = "group_name"
  }
}

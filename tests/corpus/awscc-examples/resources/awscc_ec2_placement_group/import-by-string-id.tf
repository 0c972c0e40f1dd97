import {
  to = awscc_ec2_placement_group.example
  id = "group_name"
}
import {
  to = awscc_ec2_prefix_list.example
  id = "prefix_list_id"
}
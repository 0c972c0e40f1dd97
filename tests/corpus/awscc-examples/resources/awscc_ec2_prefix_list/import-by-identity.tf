import {
  to = awscc_ec2_prefix_list.example
  identity = {
    prefix_list_id = "prefix_list_id"
  }
}

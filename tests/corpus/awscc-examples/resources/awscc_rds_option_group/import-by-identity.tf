import {
  to = awscc_rds_option_group.example
  identity = {
    option_group_name = "option_group_name"
  }
}

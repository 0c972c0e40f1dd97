import {
  to = awscc_rds_option_group.example
  id = "option_group_name"
}
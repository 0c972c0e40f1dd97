import {
  to = awscc_rds_db_parameter_group.example
  id = "db_parameter_group_name"
}
import {
  to = awscc_rds_db_parameter_group.example
  identity = {
    db_parameter_group_name = "db_parameter_group_name"
  }
}

import {
  to = awscc_rds_db_subnet_group.example
  identity = {
    db_subnet_group_name = "db_subnet_group_name"
  }
}

import {
  to = awscc_rds_db_subnet_group.example
  id = "db_subnet_group_name"
}
import {
  to = awscc_neptune_db_subnet_group.example
  id = "db_subnet_group_name"
}
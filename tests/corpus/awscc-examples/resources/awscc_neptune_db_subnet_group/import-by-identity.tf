import {
  to = awscc_neptune_db_subnet_group.example
  identity = {
    db_subnet_group_name = "db_subnet_group_name"
  }
}

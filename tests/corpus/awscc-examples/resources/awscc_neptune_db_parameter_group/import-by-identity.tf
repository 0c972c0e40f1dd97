import {
  to = awscc_neptune_db_parameter_group.example
  identity = {
    name = "name"
  }
}

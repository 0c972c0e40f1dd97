import {
  to = awscc_neptune_db_instance.example
  identity = {
    db_instance_identifier = "db_instance_identifier"
  }
}

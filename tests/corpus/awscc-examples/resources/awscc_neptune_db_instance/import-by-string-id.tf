import {
  to = awscc_neptune_db_instance.example
  id = "db_instance_identifier"
}
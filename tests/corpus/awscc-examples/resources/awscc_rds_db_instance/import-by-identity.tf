import {
  to = awscc_rds_db_instance.example
  identity = {
    db_instance_identifier = "db_instance_identifier"
  }
}

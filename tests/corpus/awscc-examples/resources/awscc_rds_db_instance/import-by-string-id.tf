import {
  to = awscc_rds_db_instance.example
  id = "db_instance_identifier"
}
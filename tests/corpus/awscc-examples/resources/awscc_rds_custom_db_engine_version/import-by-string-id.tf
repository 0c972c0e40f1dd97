import {
  to = awscc_rds_custom_db_engine_version.example
  id = "engine|engine_version"
}
import {
  to = awscc_rds_custom_db_engine_version.example
  identity = {
    engine         = "engine"
    engine_version = "engine_version"
  }
}

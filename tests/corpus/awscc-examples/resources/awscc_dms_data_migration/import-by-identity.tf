import {
  to = awscc_dms_data_migration.example
  identity = {
    data_migration_arn = "data_migration_arn"
  }
}

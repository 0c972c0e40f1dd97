import {
  to = awscc_dms_data_migration.example
  id = "data_migration_arn"
}
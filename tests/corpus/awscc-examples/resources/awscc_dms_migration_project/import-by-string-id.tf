import {
  to = awscc_dms_migration_project.example
  id = "migration_project_arn"
}
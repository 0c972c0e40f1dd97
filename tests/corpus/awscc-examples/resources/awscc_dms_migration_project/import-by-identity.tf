import {
  to = awscc_dms_migration_project.example
  identity = {
    migration_project_arn = "migration_project_arn"
  }
}

import {
  to = awscc_backup_backup_plan.example
  identity = {
    backup_plan_id = "backup_plan_id"
  }
}

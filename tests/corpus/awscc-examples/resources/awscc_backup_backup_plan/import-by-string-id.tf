import {
  to = awscc_backup_backup_plan.example
  id = "backup_plan_id"
}
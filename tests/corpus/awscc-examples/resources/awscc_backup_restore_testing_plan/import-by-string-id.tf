import {
  to = awscc_backup_restore_testing_plan.example
  id = "restore_testing_plan_name"
}
import {
  to = awscc_backup_restore_testing_plan.example
  identity = {
    restore_testing_plan_name = "restore_testing_plan_name"
  }
}

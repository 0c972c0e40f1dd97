import {
  to = awscc_backup_restore_testing_selection.example
  id = "restore_testing_plan_name|restore_testing_selection_name"
}
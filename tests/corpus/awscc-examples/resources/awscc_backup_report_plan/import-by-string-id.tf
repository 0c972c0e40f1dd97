import {
  to = awscc_backup_report_plan.example
  id = "report_plan_arn"
}
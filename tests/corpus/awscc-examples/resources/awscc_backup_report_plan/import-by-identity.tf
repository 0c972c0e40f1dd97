import {
  to = awscc_backup_report_plan.example
  identity = {
    report_plan_arn = "report_plan_arn"
  }
}

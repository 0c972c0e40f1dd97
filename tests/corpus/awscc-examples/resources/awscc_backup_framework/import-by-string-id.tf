import {
  to = awscc_backup_framework.example
  id = "framework_arn"
}
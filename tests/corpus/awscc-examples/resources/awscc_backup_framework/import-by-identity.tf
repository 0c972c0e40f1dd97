import {
  to = awscc_backup_framework.example
  identity = {
    framework_arn = "framework_arn"
  }
}

import {
  to = awscc_codestarnotifications_notification_rule.example
  id = "arn"
}
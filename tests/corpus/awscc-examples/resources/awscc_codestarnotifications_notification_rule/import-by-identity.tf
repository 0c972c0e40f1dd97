import {
  to = awscc_codestarnotifications_notification_rule.example
  identity = {
    arn = "arn"
  }
}

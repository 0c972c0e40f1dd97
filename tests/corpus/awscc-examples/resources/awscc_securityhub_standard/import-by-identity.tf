import {
  to = awscc_securityhub_standard.example
  identity = {
    standards_subscription_arn = "standards_subscription_arn"
  }
}

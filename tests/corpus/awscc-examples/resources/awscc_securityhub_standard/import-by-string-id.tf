import {
  to = awscc_securityhub_standard.example
  id = "standards_subscription_arn"
}
import {
  to = awscc_securityhub_insight.example
  id = "insight_arn"
}
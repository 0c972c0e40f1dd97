import {
  to = awscc_securityhub_insight.example
  identity = {
    insight_arn = "insight_arn"
  }
}

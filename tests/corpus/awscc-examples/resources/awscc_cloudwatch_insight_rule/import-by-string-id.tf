import {
  to = awscc_cloudwatch_insight_rule.example
  id = "arn"
}
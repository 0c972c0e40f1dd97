import {
  to = awscc_cloudwatch_insight_rule.example
  identity = {
    arn = "arn"
  }
}

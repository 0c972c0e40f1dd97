import {
  to = awscc_rbin_rule.example
  id = "arn"
}
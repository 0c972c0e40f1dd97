import {
  to = awscc_rbin_rule.example
  identity = {
    arn = "arn"
  }
}

import {
  to = awscc_cases_case_rule.example
  identity = {
    case_rule_arn = "case_rule_arn"
  }
}

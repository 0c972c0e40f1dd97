import {
  to = awscc_cases_case_rule.example
  id = "case_rule_arn"
}
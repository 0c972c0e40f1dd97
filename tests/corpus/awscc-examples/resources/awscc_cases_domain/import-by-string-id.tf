import {
  to = awscc_cases_domain.example
  id = "domain_arn"
}
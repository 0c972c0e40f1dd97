import {
  to = awscc_cases_domain.example
  identity = {
    domain_arn = "domain_arn"
  }
}

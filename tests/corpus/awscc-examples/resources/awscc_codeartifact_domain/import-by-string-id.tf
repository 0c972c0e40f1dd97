import {
  to = awscc_codeartifact_domain.example
  id = "arn"
}
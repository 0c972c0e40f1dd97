import {
  to = awscc_codeartifact_domain.example
  identity = {
    arn = "arn"
  }
}

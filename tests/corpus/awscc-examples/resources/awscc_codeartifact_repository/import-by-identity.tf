import {
  to = awscc_codeartifact_repository.example
  identity = {
    arn = "arn"
  }
}

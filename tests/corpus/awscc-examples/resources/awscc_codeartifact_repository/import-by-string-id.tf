import {
  to = awscc_codeartifact_repository.example
  id = "arn"
}
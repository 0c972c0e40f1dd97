import {
  to = awscc_ecr_repository.example
  identity = {
    repository_name = "repository_name"
  }
}

import {
  to = awscc_ecr_public_repository.example
  identity = {
    repository_name = "repository_name"
  }
}

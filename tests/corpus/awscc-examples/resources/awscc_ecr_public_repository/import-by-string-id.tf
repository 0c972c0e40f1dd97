import {
  to = awscc_ecr_public_repository.example
  id = "repository_name"
}
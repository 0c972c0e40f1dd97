import {
  to = awscc_ecr_repository.example
  id = "repository_name"
}
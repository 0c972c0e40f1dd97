import {
  to = awscc_ecr_repository_creation_template.example
  id = "prefix"
}
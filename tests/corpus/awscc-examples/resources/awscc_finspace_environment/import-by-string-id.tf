import {
  to = awscc_finspace_environment.example
  id = "environment_id"
}
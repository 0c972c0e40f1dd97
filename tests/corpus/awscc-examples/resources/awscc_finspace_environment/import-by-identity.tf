import {
  to = awscc_finspace_environment.example
  identity = {
    environment_id = "environment_id"
  }
}

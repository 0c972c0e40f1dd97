import {
  to = awscc_m2_environment.example
  identity = {
    environment_arn = "environment_arn"
  }
}

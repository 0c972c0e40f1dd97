import {
  to = awscc_m2_environment.example
  id = "environment_arn"
}
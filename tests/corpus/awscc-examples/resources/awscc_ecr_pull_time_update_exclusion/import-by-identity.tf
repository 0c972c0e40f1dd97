import {
  to = awscc_ecr_pull_time_update_exclusion.example
  identity = {
    principal_arn = "principal_arn"
  }
}

import {
  to = awscc_ecr_pull_time_update_exclusion.example
  id = "principal_arn"
}
import {
  to = awscc_batch_compute_environment.example
  id = "compute_environment_arn"
}
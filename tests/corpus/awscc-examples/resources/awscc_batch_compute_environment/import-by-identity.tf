import {
  to = awscc_batch_compute_environment.example
  identity = {
    compute_environment_arn = "compute_environment_arn"
  }
}

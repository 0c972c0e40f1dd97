import {
  to = awscc_batch_scheduling_policy.example
  id = "arn"
}
import {
  to = awscc_pcs_queue.example
  id = "arn"
}
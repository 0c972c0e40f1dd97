import {
  to = awscc_pcs_queue.example
  identity = {
    arn = "arn"
  }
}

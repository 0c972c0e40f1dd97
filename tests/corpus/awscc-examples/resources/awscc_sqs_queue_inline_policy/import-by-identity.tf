import {
  to = awscc_sqs_queue_inline_policy.example
  identity = {
    queue = "queue"
  }
}

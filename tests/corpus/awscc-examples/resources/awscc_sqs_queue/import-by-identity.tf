import {
  to = awscc_sqs_queue.example
  identity = {
    queue_url = "queue_url"
  }
}

import {
  to = awscc_connect_queue.example
  identity = {
    queue_arn = "queue_arn"
  }
}

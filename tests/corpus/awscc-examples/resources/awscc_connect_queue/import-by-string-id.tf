import {
  to = awscc_connect_queue.example
  id = "queue_arn"
}
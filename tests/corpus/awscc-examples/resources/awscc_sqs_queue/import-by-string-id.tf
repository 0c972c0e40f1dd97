import {
  to = awscc_sqs_queue.example
  id = "queue_url"
}
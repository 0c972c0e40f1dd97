import {
  to = awscc_deadline_queue.example
  id = "arn"
}
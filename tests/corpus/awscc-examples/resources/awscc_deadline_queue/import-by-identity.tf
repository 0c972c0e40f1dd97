import {
  to = awscc_deadline_queue.example
  identity = {
    arn = "arn"
  }
}

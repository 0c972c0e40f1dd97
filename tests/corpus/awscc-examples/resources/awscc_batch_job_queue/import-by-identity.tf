import {
  to = awscc_batch_job_queue.example
  identity = {
    job_queue_arn = "job_queue_arn"
  }
}

import {
  to = awscc_batch_job_queue.example
  id = "job_queue_arn"
}
import {
  to = awscc_sagemaker_processing_job.example
  identity = {
    processing_job_arn = "processing_job_arn"
  }
}

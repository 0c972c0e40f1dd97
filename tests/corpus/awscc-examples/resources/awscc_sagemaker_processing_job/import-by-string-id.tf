import {
  to = awscc_sagemaker_processing_job.example
  id = "processing_job_arn"
}
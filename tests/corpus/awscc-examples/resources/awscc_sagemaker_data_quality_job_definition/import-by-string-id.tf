import {
  to = awscc_sagemaker_data_quality_job_definition.example
  id = "job_definition_arn"
}
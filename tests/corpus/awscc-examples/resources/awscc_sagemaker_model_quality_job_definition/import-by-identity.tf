import {
  to = awscc_sagemaker_model_quality_job_definition.example
  identity = {
    job_definition_arn = "job_definition_arn"
  }
}

import {
  to = awscc_sagemaker_model_bias_job_definition.example
  identity = {
    job_definition_arn = "job_definition_arn"
  }
}

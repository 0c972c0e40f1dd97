import {
  to = awscc_sagemaker_model_explainability_job_definition.example
  identity = {
    job_definition_arn = "job_definition_arn"
  }
}

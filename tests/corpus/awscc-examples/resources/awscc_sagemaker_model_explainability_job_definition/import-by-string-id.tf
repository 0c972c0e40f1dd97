import {
  to = awscc_sagemaker_model_explainability_job_definition.example
  id = "job_definition_arn"
}
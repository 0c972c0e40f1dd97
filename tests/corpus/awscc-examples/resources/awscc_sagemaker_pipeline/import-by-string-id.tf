import {
  to = awscc_sagemaker_pipeline.example
  id = "pipeline_name"
}
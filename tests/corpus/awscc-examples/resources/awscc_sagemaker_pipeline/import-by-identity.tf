import {
  to = awscc_sagemaker_pipeline.example
  identity = {
    pipeline_name = "pipeline_name"
  }
}

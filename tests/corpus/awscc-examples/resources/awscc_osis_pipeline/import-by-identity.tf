import {
  to = awscc_osis_pipeline.example
  identity = {
    pipeline_arn = "pipeline_arn"
  }
}

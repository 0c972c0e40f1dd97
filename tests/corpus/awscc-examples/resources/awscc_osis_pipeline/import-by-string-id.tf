import {
  to = awscc_osis_pipeline.example
  id = "pipeline_arn"
}
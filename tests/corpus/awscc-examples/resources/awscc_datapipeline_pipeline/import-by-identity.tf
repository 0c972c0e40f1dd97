import {
  to = awscc_datapipeline_pipeline.example
  identity = {
    pipeline_id = "pipeline_id"
  }
}

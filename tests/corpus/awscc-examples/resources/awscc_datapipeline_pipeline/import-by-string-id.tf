import {
  to = awscc_datapipeline_pipeline.example
  id = "pipeline_id"
}
import {
  to = awscc_iotanalytics_pipeline.example
  identity = {
    pipeline_name = "pipeline_name"
  }
}

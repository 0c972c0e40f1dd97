import {
  to = awscc_iotanalytics_pipeline.example
  id = "pipeline_name"
}
import {
  to = awscc_codepipeline_pipeline.example
  id = "name"
}
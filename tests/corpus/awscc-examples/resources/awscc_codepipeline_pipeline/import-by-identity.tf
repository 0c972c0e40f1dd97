import {
  to = awscc_codepipeline_pipeline.example
  identity = {
    name = "name"
  }
}

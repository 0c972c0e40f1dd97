import {
  to = awscc_codepipeline_webhook.example
  identity = {
    id = "id"
  }
}

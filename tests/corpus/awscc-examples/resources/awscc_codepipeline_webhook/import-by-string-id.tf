import {
  to = awscc_codepipeline_webhook.example
  id = "id"
}
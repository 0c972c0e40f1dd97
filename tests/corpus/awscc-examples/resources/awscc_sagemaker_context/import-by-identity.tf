import {
  to = awscc_sagemaker_context.example
  identity = {
    arn = "arn"
  }
}

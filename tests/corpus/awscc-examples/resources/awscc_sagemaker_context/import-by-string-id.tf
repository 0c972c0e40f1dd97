import {
  to = awscc_sagemaker_context.example
  id = "arn"
}
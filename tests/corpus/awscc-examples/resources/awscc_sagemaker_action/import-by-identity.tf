import {
  to = awscc_sagemaker_action.example
  identity = {
    arn = "arn"
  }
}

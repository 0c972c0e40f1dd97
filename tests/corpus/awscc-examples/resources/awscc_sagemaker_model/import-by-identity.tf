import {
  to = awscc_sagemaker_model.example
  identity = {
    model_arn = "model_arn"
  }
}

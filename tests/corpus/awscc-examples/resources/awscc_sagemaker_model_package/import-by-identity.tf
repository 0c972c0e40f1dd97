import {
  to = awscc_sagemaker_model_package.example
  identity = {
    model_package_arn = "model_package_arn"
  }
}

import {
  to = awscc_sagemaker_model_package.example
  id = "model_package_arn"
}
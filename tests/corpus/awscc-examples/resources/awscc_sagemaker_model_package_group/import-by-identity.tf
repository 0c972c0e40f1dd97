import {
  to = awscc_sagemaker_model_package_group.example
  identity = {
    model_package_group_arn = "model_package_group_arn"
  }
}

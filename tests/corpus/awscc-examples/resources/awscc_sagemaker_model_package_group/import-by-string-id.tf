import {
  to = awscc_sagemaker_model_package_group.example
  id = "model_package_group_arn"
}
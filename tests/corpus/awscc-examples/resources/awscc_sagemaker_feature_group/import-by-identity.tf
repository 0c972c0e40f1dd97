import {
  to = awscc_sagemaker_feature_group.example
  identity = {
    feature_group_name = "feature_group_name"
  }
}

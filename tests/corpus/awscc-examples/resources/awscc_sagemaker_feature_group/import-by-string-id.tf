import {
  to = awscc_sagemaker_feature_group.example
  id = "feature_group_name"
}
import {
  to = awscc_personalize_dataset_group.example
  id = "dataset_group_arn"
}
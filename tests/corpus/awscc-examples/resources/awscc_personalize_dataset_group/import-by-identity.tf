import {
  to = awscc_personalize_dataset_group.example
  identity = {
    dataset_group_arn = "dataset_group_arn"
  }
}

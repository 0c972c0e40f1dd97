import {
  to = awscc_personalize_dataset.example
  identity = {
    dataset_arn = "dataset_arn"
  }
}

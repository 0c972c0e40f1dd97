import {
  to = awscc_personalize_dataset.example
  id = "dataset_arn"
}
import {
  to = awscc_iotsitewise_dataset.example
  id = "dataset_id"
}
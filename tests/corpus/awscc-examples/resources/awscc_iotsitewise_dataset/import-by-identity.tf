import {
  to = awscc_iotsitewise_dataset.example
  identity = {
    dataset_id = "dataset_id"
  }
}

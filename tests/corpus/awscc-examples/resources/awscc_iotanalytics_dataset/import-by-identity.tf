import {
  to = awscc_iotanalytics_dataset.example
  identity = {
    dataset_name = "dataset_name"
  }
}

import {
  to = awscc_iotanalytics_dataset.example
  id = "dataset_name"
}
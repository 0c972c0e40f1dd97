import {
  to = awscc_forecast_dataset_group.example
  identity = {
    dataset_group_arn = "dataset_group_arn"
  }
}

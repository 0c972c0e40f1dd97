import {
  to = awscc_forecast_dataset_group.example
  id = "dataset_group_arn"
}
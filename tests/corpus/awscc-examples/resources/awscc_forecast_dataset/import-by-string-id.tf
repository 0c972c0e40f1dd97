import {
  to = awscc_forecast_dataset.example
  id = "arn"
}
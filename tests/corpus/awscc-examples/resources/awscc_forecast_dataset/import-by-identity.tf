import {
  to = awscc_forecast_dataset.example
  identity = {
    arn = "arn"
  }
}

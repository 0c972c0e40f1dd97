import {
  to = awscc_sagemaker_mlflow_tracking_server.example
  identity = {
    tracking_server_name = "tracking_server_name"
  }
}

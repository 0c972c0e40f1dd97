import {
  to = awscc_sagemaker_mlflow_tracking_server.example
  id = "tracking_server_name"
}
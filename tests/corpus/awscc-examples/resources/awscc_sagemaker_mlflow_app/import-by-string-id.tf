import {
  to = awscc_sagemaker_mlflow_app.example
  id = "arn"
}
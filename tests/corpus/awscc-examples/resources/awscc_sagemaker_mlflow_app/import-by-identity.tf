import {
  to = awscc_sagemaker_mlflow_app.example
  identity = {
    arn = "arn"
  }
}

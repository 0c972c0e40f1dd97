import {
  to = awscc_lambda_layer_version.example
  id = "layer_version_arn"
}
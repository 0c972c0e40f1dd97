import {
  to = awscc_lambda_layer_version.example
  identity = {
    layer_version_arn = "layer_version_arn"
  }
}

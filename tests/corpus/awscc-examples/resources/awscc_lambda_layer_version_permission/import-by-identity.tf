import {
  to = awscc_lambda_layer_version_permission.example
  identity = {
    id = "id"
  }
}

import {
  to = awscc_lambda_code_signing_config.example
  identity = {
    code_signing_config_arn = "code_signing_config_arn"
  }
}

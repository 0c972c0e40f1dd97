import {
  to = awscc_lambda_code_signing_config.example
  id = "code_signing_config_arn"
}
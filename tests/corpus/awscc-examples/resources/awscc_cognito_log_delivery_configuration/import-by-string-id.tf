import {
  to = awscc_cognito_log_delivery_configuration.example
  id = "id"
}
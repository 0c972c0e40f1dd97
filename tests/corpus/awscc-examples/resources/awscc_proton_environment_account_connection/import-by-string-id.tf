import {
  to = awscc_proton_environment_account_connection.example
  id = "arn"
}
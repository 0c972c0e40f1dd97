import {
  to = awscc_quicksight_o_auth_client_application.example
  identity = {
    arn = "arn"
  }
}

import {
  to = awscc_apigateway_account.example
  identity = {
    id = "id"
  }
}

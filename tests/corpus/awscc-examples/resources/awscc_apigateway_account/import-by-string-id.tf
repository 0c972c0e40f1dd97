import {
  to = awscc_apigateway_account.example
  id = "id"
}
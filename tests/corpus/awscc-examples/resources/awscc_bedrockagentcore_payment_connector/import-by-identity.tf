import {
  to = awscc_bedrockagentcore_payment_connector.example
  identity = {
    payment_connector_arn = "payment_connector_arn"
  }
}

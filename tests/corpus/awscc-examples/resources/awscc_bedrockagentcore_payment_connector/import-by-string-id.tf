import {
  to = awscc_bedrockagentcore_payment_connector.example
  id = "payment_connector_arn"
}
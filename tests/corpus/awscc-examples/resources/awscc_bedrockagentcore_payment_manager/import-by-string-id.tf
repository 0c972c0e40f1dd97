import {
  to = awscc_bedrockagentcore_payment_manager.example
  id = "payment_manager_arn"
}
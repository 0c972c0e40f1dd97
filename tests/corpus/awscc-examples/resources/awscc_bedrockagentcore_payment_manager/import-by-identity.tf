import {
  to = awscc_bedrockagentcore_payment_manager.example
  identity = {
    payment_manager_arn = "payment_manager_arn"
  }
}

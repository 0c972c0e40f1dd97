import {
  to = awscc_bedrockagentcore_harness.example
  identity = {
    arn = "arn"
  }
}

import {
  to = awscc_bedrockagentcore_harness.example
  id = "arn"
}
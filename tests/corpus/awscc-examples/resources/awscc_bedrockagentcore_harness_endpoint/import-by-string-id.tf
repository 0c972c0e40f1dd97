import {
  to = awscc_bedrockagentcore_harness_endpoint.example
  id = "arn"
}
import {
  to = awscc_bedrockagentcore_harness_endpoint.example
  identity = {
    arn = "arn"
  }
}

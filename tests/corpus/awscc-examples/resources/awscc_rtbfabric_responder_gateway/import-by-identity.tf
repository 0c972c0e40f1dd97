import {
  to = awscc_rtbfabric_responder_gateway.example
  identity = {
    arn = "arn"
  }
}

import {
  to = awscc_rtbfabric_responder_gateway.example
  id = "arn"
}
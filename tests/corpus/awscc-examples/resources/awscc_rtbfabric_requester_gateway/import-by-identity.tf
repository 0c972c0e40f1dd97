import {
  to = awscc_rtbfabric_requester_gateway.example
  identity = {
    arn = "arn"
  }
}

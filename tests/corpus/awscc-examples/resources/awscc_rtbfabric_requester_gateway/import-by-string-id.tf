import {
  to = awscc_rtbfabric_requester_gateway.example
  id = "arn"
}
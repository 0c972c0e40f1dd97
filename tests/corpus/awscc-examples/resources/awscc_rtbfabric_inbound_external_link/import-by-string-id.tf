import {
  to = awscc_rtbfabric_inbound_external_link.example
  id = "arn"
}
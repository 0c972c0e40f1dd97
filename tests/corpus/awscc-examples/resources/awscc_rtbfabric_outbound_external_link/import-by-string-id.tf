import {
  to = awscc_rtbfabric_outbound_external_link.example
  id = "arn"
}
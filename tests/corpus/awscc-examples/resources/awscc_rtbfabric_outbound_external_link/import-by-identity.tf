import {
  to = awscc_rtbfabric_outbound_external_link.example
  identity = {
    arn = "arn"
  }
}

import {
  to = awscc_rtbfabric_inbound_external_link.example
  identity = {
    arn = "arn"
  }
}

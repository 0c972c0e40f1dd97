import {
  to = awscc_rtbfabric_link.example
  identity = {
    arn = "arn"
  }
}

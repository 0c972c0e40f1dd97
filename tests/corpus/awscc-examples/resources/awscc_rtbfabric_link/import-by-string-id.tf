import {
  to = awscc_rtbfabric_link.example
  id = "arn"
}
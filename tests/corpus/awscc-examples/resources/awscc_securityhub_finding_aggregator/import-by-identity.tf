import {
  to = awscc_securityhub_finding_aggregator.example
  identity = {
    finding_aggregator_arn = "finding_aggregator_arn"
  }
}

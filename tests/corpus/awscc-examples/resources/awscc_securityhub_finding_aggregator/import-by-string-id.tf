import {
  to = awscc_securityhub_finding_aggregator.example
  id = "finding_aggregator_arn"
}
import {
  to = awscc_cloudwatch_otel_enrichment.example
  id = "account_id"
}
import {
  to = awscc_cloudwatch_otel_enrichment.example
  identity = {
    account_id = "account_id"
  }
}

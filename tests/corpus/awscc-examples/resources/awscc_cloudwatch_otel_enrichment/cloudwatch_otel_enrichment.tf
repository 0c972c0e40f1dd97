resource "awscc_cloudwatch_otel_enrichment" "example" {
}

import {
  to = awscc_cloudfront_distribution_tenant.example
  id = "id"
}
import {
  to = awscc_cloudfront_distribution_tenant.example
  identity = {
    id = "id"
  }
}

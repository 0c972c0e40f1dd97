import {
  to = awscc_cloudfront_monitoring_subscription.example
  identity = {
    distribution_id = "distribution_id"
  }
}

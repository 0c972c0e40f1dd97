import {
  to = awscc_cloudfront_monitoring_subscription.example
  id = "distribution_id"
}
import {
  to = awscc_cloudfront_realtime_log_config.example
  id = "arn"
}
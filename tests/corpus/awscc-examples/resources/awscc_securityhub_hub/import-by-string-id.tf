import {
  to = awscc_securityhub_hub.example
  id = "arn"
}
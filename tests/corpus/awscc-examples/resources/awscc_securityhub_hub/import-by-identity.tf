import {
  to = awscc_securityhub_hub.example
  identity = {
    arn = "arn"
  }
}

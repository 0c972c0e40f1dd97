import {
  to = awscc_deadline_license_endpoint.example
  identity = {
    arn = "arn"
  }
}

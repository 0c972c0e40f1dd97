import {
  to = awscc_deadline_license_endpoint.example
  id = "arn"
}
import {
  to = awscc_certificatemanager_certificate.example
  id = "certificate_arn"
}
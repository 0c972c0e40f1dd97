import {
  to = awscc_dms_certificate.example
  id = "certificate_arn"
}
import {
  to = awscc_transfer_certificate.example
  id = "certificate_id"
}
import {
  to = awscc_transfer_certificate.example
  identity = {
    certificate_id = "certificate_id"
  }
}

import {
  to = awscc_iot_ca_certificate.example
  identity = {
    id = "id"
  }
}

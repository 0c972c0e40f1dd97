import {
  to = awscc_iot_certificate.example
  identity = {
    id = "id"
  }
}

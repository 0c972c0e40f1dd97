import {
  to = awscc_iot_certificate.example
  id = "id"
}
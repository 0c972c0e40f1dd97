import {
  to = awscc_iot_certificate_provider.example
  id = "certificate_provider_name"
}
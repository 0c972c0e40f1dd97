import {
  to = awscc_iot_certificate_provider.example
  identity = {
    certificate_provider_name = "certificate_provider_name"
  }
}

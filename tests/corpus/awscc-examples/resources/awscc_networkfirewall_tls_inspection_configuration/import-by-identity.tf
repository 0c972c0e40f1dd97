import {
  to = awscc_networkfirewall_tls_inspection_configuration.example
  identity = {
    tls_inspection_configuration_arn = "tls_inspection_configuration_arn"
  }
}

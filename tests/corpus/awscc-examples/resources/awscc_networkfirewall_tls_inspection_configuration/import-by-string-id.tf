import {
  to = awscc_networkfirewall_tls_inspection_configuration.example
  id = "tls_inspection_configuration_arn"
}
import {
  to = awscc_networkfirewall_logging_configuration.example
  identity = {
    firewall_arn = "firewall_arn"
  }
}

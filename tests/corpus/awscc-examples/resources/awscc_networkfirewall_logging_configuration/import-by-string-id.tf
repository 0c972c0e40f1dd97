import {
  to = awscc_networkfirewall_logging_configuration.example
  id = "firewall_arn"
}
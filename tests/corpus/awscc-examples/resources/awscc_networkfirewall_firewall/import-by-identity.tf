import {
  to = awscc_networkfirewall_firewall.example
  identity = {
    firewall_arn = "firewall_arn"
  }
}

import {
  to = awscc_networkfirewall_firewall.example
  id = "firewall_arn"
}
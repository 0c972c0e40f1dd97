import {
  to = awscc_networkfirewall_firewall_policy.example
  identity = {
    firewall_policy_arn = "firewall_policy_arn"
  }
}

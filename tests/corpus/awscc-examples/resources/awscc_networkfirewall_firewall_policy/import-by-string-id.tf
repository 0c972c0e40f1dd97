import {
  to = awscc_networkfirewall_firewall_policy.example
  id = "firewall_policy_arn"
}
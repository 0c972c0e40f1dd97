import {
  to = awscc_shield_protection_group.example
  id = "protection_group_arn"
}
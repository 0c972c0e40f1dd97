import {
  to = awscc_shield_protection_group.example
  identity = {
    protection_group_arn = "protection_group_arn"
  }
}

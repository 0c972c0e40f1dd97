import {
  to = awscc_shield_protection.example
  identity = {
    protection_arn = "protection_arn"
  }
}

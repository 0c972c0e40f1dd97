import {
  to = awscc_shield_protection.example
  id = "protection_arn"
}
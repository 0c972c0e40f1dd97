import {
  to = awscc_route53recoveryreadiness_recovery_group.example
  identity = {
    recovery_group_name = "recovery_group_name"
  }
}

import {
  to = awscc_route53recoveryreadiness_recovery_group.example
  id = "recovery_group_name"
}
import {
  to = awscc_backupgateway_hypervisor.example
  id = "hypervisor_arn"
}
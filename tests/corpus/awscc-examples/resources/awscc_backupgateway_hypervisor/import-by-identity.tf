import {
  to = awscc_backupgateway_hypervisor.example
  identity = {
    hypervisor_arn = "hypervisor_arn"
  }
}

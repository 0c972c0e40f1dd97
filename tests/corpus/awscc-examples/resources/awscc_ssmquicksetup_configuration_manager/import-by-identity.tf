import {
  to = awscc_ssmquicksetup_configuration_manager.example
  identity = {
    manager_arn = "manager_arn"
  }
}

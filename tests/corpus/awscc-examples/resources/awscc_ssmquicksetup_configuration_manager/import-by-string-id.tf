import {
  to = awscc_ssmquicksetup_configuration_manager.example
  id = "manager_arn"
}
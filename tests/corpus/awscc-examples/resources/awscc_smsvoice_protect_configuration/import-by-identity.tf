import {
  to = awscc_smsvoice_protect_configuration.example
  identity = {
    protect_configuration_id = "protect_configuration_id"
  }
}

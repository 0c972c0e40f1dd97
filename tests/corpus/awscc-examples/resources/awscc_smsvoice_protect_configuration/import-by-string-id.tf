import {
  to = awscc_smsvoice_protect_configuration.example
  id = "protect_configuration_id"
}
import {
  to = awscc_smsvoice_configuration_set.example
  identity = {
    configuration_set_name = "configuration_set_name"
  }
}

import {
  to = awscc_smsvoice_configuration_set.example
  id = "configuration_set_name"
}
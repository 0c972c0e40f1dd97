import {
  to = awscc_ses_configuration_set.example
  identity = {
    name = "name"
  }
}

import {
  to = awscc_ses_configuration_set.example
  id = "name"
}
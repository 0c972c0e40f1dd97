import {
  to = awscc_emr_security_configuration.example
  id = "name"
}
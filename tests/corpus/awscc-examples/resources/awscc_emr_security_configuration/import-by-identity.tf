import {
  to = awscc_emr_security_configuration.example
  identity = {
    name = "name"
  }
}

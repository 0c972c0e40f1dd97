import {
  to = awscc_emrcontainers_security_configuration.example
  identity = {
    arn = "arn"
  }
}

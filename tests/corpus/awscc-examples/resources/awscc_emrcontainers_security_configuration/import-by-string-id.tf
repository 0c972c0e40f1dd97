import {
  to = awscc_emrcontainers_security_configuration.example
  id = "arn"
}
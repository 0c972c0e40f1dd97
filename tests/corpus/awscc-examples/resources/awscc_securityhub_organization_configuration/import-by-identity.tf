import {
  to = awscc_securityhub_organization_configuration.example
  identity = {
    organization_configuration_identifier = "organization_configuration_identifier"
  }
}

import {
  to = awscc_securityhub_organization_configuration.example
  id = "organization_configuration_identifier"
}
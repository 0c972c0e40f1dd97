import {
  to = awscc_iot_domain_configuration.example
  id = "domain_configuration_name"
}
import {
  to = awscc_iot_domain_configuration.example
  identity = {
    domain_configuration_name = "domain_configuration_name"
  }
}

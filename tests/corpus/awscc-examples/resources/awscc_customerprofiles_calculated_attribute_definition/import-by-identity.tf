import {
  to = awscc_customerprofiles_calculated_attribute_definition.example
  identity = {
    domain_name               = "domain_name"
    calculated_attribute_name = "calculated_attribute_name"
  }
}

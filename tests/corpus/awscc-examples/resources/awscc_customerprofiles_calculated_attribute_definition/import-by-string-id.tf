import {
  to = awscc_customerprofiles_calculated_attribute_definition.example
  id = "domain_name|calculated_attribute_name"
}
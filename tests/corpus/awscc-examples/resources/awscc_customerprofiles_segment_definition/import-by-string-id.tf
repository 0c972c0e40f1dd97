import {
  to = awscc_customerprofiles_segment_definition.example
  id = "domain_name|segment_definition_name"
}
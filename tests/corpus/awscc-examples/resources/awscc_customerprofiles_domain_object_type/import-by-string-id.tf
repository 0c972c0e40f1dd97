import {
  to = awscc_customerprofiles_domain_object_type.example
  id = "domain_name|object_type_name"
}
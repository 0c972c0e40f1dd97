import {
  to = awscc_servicecatalogappregistry_attribute_group_association.example
  id = "application_arn|attribute_group_arn"
}
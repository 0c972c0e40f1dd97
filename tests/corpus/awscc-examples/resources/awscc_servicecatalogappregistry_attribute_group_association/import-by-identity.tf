import {
  to = awscc_servicecatalogappregistry_attribute_group_association.example
  identity = {
    application_arn     = "application_arn"
    attribute_group_arn = "attribute_group_arn"
  }
}

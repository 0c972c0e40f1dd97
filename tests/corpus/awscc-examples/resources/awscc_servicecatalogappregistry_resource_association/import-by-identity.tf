import {
  to = awscc_servicecatalogappregistry_resource_association.example
  identity = {
    application_arn = "application_arn"
    resource_arn    = "resource_arn"
    resource_type   = "resource_type"
  }
}

import {
  to = awscc_servicecatalogappregistry_resource_association.example
  id = "application_arn|resource_arn|resource_type"
}
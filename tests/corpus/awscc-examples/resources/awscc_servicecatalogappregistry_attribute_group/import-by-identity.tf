import {
  to = awscc_servicecatalogappregistry_attribute_group.example
  identity = {
    id = "id"
  }
}

import {
  to = awscc_servicecatalogappregistry_application.example
  identity = {
    id = "id"
  }
}

import {
  to = awscc_servicecatalogappregistry_application.example
  id = "id"
}
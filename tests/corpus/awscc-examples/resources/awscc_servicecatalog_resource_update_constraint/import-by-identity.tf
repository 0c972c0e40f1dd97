import {
  to = awscc_servicecatalog_resource_update_constraint.example
  identity = {
    id = "id"
  }
}

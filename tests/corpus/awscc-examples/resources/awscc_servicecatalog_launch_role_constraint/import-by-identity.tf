import {
  to = awscc_servicecatalog_launch_role_constraint.example
  identity = {
    id = "id"
  }
}

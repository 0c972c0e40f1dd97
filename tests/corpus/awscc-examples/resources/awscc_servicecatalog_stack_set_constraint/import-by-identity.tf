import {
  to = awscc_servicecatalog_stack_set_constraint.example
  identity = {
    id = "id"
  }
}

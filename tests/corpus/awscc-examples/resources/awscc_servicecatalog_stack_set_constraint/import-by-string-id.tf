import {
  to = awscc_servicecatalog_stack_set_constraint.example
  id = "id"
}
import {
  to = awscc_servicecatalog_launch_template_constraint.example
  identity = {
    id = "id"
  }
}
